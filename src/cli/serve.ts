import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markInterruptedImports } from '../app/assessments/interrupted-imports.ts';
import { syncCatalogues } from '../app/catalogues/sync-catalogues.ts';
import { startImportExpiry, uploadsDirOf } from '../app/assessments/import-files.ts';
import { isEmptyDatabase, loadDemo } from '../demo/loader/load-demo.ts';
import { buildServer } from '../server/build-server.ts';
import type { Config } from './config.ts';
import { publishDemoAccounts } from './demo-accounts-file.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';
import { reportCatalogues } from './report-catalogues.ts';
import { writeServerFile } from './server-file.ts';
import { offerSetupAddress, SETUP_ADDRESS_FILE } from './setup-address-file.ts';

export const UI_DIR = resolve(import.meta.dirname, '../../dist/web');

/** Builds the UI with Vite when dist/web has no index.html (first `npm start`). */
export async function buildUiIfMissing(): Promise<void> {
  if (existsSync(join(UI_DIR, 'index.html'))) return;
  process.stdout.write('Сборка веб-интерфейса (первый запуск, около минуты)…\n');
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn' });
}

/** Where the CLI on this machine reaches the server: a wildcard listen address is reached on localhost. */
function localUrl(host: string, port: number): string {
  const name = ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** Starts the HTTP server; loads the demo region into an empty database unless disabled. */
export async function serve(config: Config, options: { buildUi: boolean }): Promise<void> {
  if (options.buildUi) await buildUiIfMissing();
  const handle = await openDatabase(config);
  const where = config.databaseUrl ? 'PostgreSQL' : `встроенная база в ${config.dataDir}`;
  const interrupted = await markInterruptedImports(handle.db);
  if (interrupted.length > 0)
    process.stdout.write(
      `Чтение загрузок результатов № ${interrupted.join(', ')} было прервано остановкой сервера: их можно прочитать снова или отменить.\n`,
    );
  reportCatalogues(await syncCatalogues(handle.db, config.catalogDir));
  let demoAccounts = null;
  if (config.demo && (await isEmptyDatabase(handle.db))) {
    process.stdout.write('База пуста: загружаю демонстрационный регион (синтетические данные)…\n');
    demoAccounts = (await loadDemo(handle.db, { onProgress: (step, i, n) => progressLine(step, i, n) })).accounts;
  }
  // This run's key for the CLI beside the server (server.json, 0600): a new one at every start.
  const localToken = randomBytes(32).toString('base64url');
  // Uploaded result files wait in the data directory, the owner's only, on PostgreSQL too.
  const uploadsDir = uploadsDirOf(config.dataDir);
  const app = await buildServer({
    db: handle.db,
    uiDir: UI_DIR,
    logger: true,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    uploadsDir,
    localToken,
    // the spent address is of no use to anyone: its file goes with it
    onSetupComplete: () => rmSync(join(config.dataDir, SETUP_ADDRESS_FILE), { force: true }),
  });
  // Imports abandoned for 24 hours lose their files: at start and every hour.
  const stopExpiry = startImportExpiry(handle.db, uploadsDir, (error) => app.log.error(error, 'истечение брошенных загрузок'));
  // Stopping never crashes: a database already away or a data directory gone read-only is said
  // in one line, and the process still ends (the lock is taken over at the next start).
  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: остановка`);
    stopExpiry();
    removeServerFile();
    let code = 0;
    try {
      await app.close();
      await handle.close();
    } catch (error) {
      code = 1;
      process.stderr.write(`Остановка СОКО: база закрыта с ошибкой (${(error as Error).message.split('\n')[0]}).\n`);
    }
    process.exit(code);
  };
  const onSignal = (signal: string) => () => {
    shutdown(signal).catch(() => process.exit(1));
  };
  let removeServerFile = () => {};
  process.once('SIGINT', onSignal('SIGINT'));
  process.once('SIGTERM', onSignal('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  if (demoAccounts) publishDemoAccounts(demoAccounts, config.dataDir, url);
  removeServerFile = writeServerFile(config.dataDir, { url: localUrl(config.host, port), token: localToken, pid: process.pid });
  // No administrator yet (an empty database without the demo): the one-time first-run address.
  await offerSetupAddress(handle.db, config.dataDir, url);
  process.stdout.write(`СОКО работает: ${url} (${where}). Остановить: Ctrl+C.\n`);
}
