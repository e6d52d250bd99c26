import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('has working defaults', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 8080, host: 'localhost', databaseUrl: null, demo: true, secureCookies: false, trustProxy: false });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('reads the variables', () => {
    const c = readConfig({
      PORT: '9000',
      SOKO_DEMO: '0',
      SOKO_DATABASE_URL: 'postgres://u@h/db',
      SOKO_DATA_DIR: '/var/soko',
      SOKO_TRUST_PROXY: '1',
    });
    expect(c).toMatchObject({ port: 9000, demo: false, databaseUrl: 'postgres://u@h/db', dataDir: '/var/soko', trustProxy: 'loopback' });
    expect(readConfig({ SOKO_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' }).trustProxy).toBe('10.0.0.5, 10.1.0.0/16');
    expect(readConfig({ SOKO_TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('refuses unclear values with a Russian message that says how to fix them', () => {
    expect(() => readConfig({ PORT: '80a' })).toThrow(
      'PORT="80a" — не номер порта: укажите целое число от 1 до 65535, например PORT=8080.',
    );
    expect(() => readConfig({ SOKO_DEMO: 'maybe' })).toThrow(
      'Переменная SOKO_DEMO="maybe" не понята: укажите 1 (включить) или 0 (выключить).',
    );
    expect(() => readConfig({ SOKO_TRUST_PROXY: 'all' })).toThrow('Переменная SOKO_TRUST_PROXY="all" не понята');
    expect(() => readConfig({ SOKO_DATABASE_URL: 'mysql://x' })).toThrow('SOKO_DATABASE_URL должен начинаться с postgres://');
  });
});
