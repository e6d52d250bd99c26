import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Folder of the methodology catalogues loaded at start. */
  catalogDir: string;
  databaseUrl: string | null;
  demo: boolean;
  secureCookies: boolean;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (login limits count per address). */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`Переменная ${name}="${value}" не понята: укажите 1 (включить) или 0 (выключить).`);
}

/** Reads the configuration from the environment, refusing unclear values with a Russian message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const portText = env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT="${portText}" — не номер порта: укажите целое число от 1 до 65535, например PORT=8080.`);
  }
  const url = env.SOKO_DATABASE_URL?.trim() || null;
  if (url !== null && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('SOKO_DATABASE_URL должен начинаться с postgres:// (например postgres://user:password@localhost:5432/soko).');
  }
  return {
    port,
    host: env.HOST?.trim() || 'localhost',
    dataDir: resolve(env.SOKO_DATA_DIR?.trim() || './data'),
    catalogDir: resolve(env.SOKO_CATALOG_DIR?.trim() || resolve(import.meta.dirname, '../../catalogs')),
    databaseUrl: url,
    demo: flag('SOKO_DEMO', env.SOKO_DEMO, true),
    secureCookies: flag('SOKO_SECURE_COOKIES', env.SOKO_SECURE_COOKIES, false),
    trustProxy: flag('SOKO_TRUST_PROXY', env.SOKO_TRUST_PROXY, false),
  };
}
