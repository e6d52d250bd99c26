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
  /**
   * The reverse proxies whose X-Forwarded-For is believed (login limits count per address): false
   * for none, else addresses or subnets in proxy-addr's words ('loopback' for a proxy on this machine).
   */
  trustProxy: false | string;
}

export class ConfigError extends Error {}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`Переменная ${name}="${value}" не понята: укажите 1 (включить) или 0 (выключить).`);
}

/**
 * SOKO_TRUST_PROXY: 0 (no proxy), 1 (a proxy on this machine) or the proxies' addresses or subnets.
 * Only the named proxies are believed: the client's address is the last X-Forwarded-For entry that
 * no trusted proxy wrote, so a client cannot choose it by writing the header itself.
 */
function trustedProxies(value: string | undefined): false | string {
  const text = value?.trim() ?? '';
  if (text === '' || ['0', 'false', 'no', 'off'].includes(text.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(text.toLowerCase())) return 'loopback';
  const parts = text.split(',').map((p) => p.trim());
  if (parts.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(p))) return parts.join(', ');
  throw new ConfigError(
    `Переменная SOKO_TRUST_PROXY="${text}" не понята: укажите 0 (прокси нет), 1 (прокси на этом же компьютере) или адреса ` +
      'прокси через запятую, например SOKO_TRUST_PROXY=10.0.0.5 или SOKO_TRUST_PROXY=10.0.0.0/24.',
  );
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
    trustProxy: trustedProxies(env.SOKO_TRUST_PROXY),
  };
}
