import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../app/app-error.ts';
import { syncCatalogues } from '../app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../demo/loader/load-demo.ts';
import { generatePassword } from '../app/password.ts';
import { addUserByCli, CLI_ACTOR, unlockUserByCli } from '../app/cli-user-commands.ts';
import { ROLES, isRole } from '../domain/access/role.ts';
import { backupDatabase, BackupError, readBackup, restoreDatabase } from '../db/backup.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { readConfig } from './config.ts';
import { publishDemoAccounts } from './demo-accounts-file.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';
import { directOrThroughServer } from './through-server.ts';

async function withDatabase<T>(run: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await openDatabase(readConfig());
  try {
    return await run(handle.db);
  } finally {
    await handle.close();
  }
}

/** The CLI commands that work on the database directly (they hold the data-directory lock). */
export function registerDataCommands(program: Command): void {
  program
    .command('migrate')
    .description('применить миграции схемы базы данных')
    .action(async () => {
      await withDatabase(async (db) => {
        const applied = await migrateToLatest(db);
        process.stdout.write(applied.length ? `Применены миграции: ${applied.join(', ')}\n` : 'Схема базы актуальна.\n');
      });
    });

  program
    .command('demo')
    .description('загрузить демо-регион (только в пустую базу)')
    .action(async () => {
      const config = readConfig();
      await withDatabase(async (db) => {
        await syncCatalogues(db, config.catalogDir); // the demo values are generated for the loaded catalogues
        const result = await loadDemo(db, { onProgress: (step, i, n) => progressLine(step, i, n) });
        process.stdout.write(`Загружено организаций: ${result.organisations}.\n`);
        publishDemoAccounts(result.accounts, config.dataDir, `http://localhost:${config.port}`);
      });
    });

  const user = program.command('user').description('пользователи');
  user
    .command('add')
    .description('добавить пользователя; пароль генерируется и печатается один раз (и рядом с работающим сервером — через него)')
    .requiredOption('--login <login>', 'логин')
    .requiredOption('--name <fullName>', 'ФИО')
    .requiredOption('--role <role>', `роль: ${ROLES.join(', ')}`)
    .option('--scope <orgCode>', 'код организации зоны доступа (для всех ролей, кроме admin)')
    .action(async (opts: { login: string; name: string; role: string; scope?: string }) => {
      if (!isRole(opts.role)) throw new AppError('validation_failed', `Роль «${opts.role}» неизвестна. Допустимые: ${ROLES.join(', ')}.`);
      const password = generatePassword({ login: opts.login, fullName: opts.name });
      const input = { login: opts.login, fullName: opts.name, role: opts.role, scopeCode: opts.scope ?? null, password };
      // Beside a running server (embedded database locked): through that server, audited the same way.
      const created = await directOrThroughServer(
        readConfig(),
        async (db) => addUserByCli({ db, actor: CLI_ACTOR, requestId: null }, input),
        '/api/local/users',
        input,
      );
      const via = created.throughServer ? ` (через работающий сервер ${created.throughServer})` : '';
      process.stdout.write(`Пользователь ${created.login} (${created.roleName}) создан${via}. Пароль: ${password}\n`);
    });

  user
    .command('unlock')
    .description('снять блокировку входа после неудачных попыток (со всех адресов); записывается в журнал')
    .requiredOption('--login <login>', 'логин')
    .action(async (opts: { login: string }) => {
      const done = await directOrThroughServer(
        readConfig(),
        async (db) => unlockUserByCli({ db, actor: CLI_ACTOR, requestId: null }, opts.login),
        '/api/local/users/unlock',
        { login: opts.login },
      );
      process.stdout.write(`Блокировка входа для ${done.login} снята (неудачных попыток снято: ${done.cleared}).\n`);
    });

  program
    .command('backup <file>')
    .description('логическая резервная копия базы (восстанавливается и на PGlite, и на PostgreSQL)')
    .option('--check', 'проверить готовую копию целиком (не восстанавливая её): gzip, заголовок, число строк каждой таблицы')
    .action(async (file: string, opts: { check?: boolean }) => {
      if (opts.check) {
        if (!existsSync(file)) throw new BackupError(`Файл ${file} не найден.`);
        const checked = await readBackup(resolve(file));
        process.stdout.write(`Копия цела: ${checked.tables} таблиц, ${checked.rows} строк (сделана ${checked.header.createdAt}).\n`);
        return;
      }
      await withDatabase(async (db) => {
        const header = await backupDatabase(db, resolve(file), (t, i, n) => progressLine(t, i, n));
        const rows = header.tables.reduce((s, t) => s + t.rows, 0);
        process.stdout.write(`Резервная копия ${resolve(file)}: таблиц ${header.tables.length}, строк ${rows}.\n`);
      });
    });

  program
    .command('restore <file>')
    .description('восстановить резервную копию в пустую базу')
    .action(async (file: string) => {
      if (!existsSync(file)) throw new BackupError(`Файл ${file} не найден.`);
      await withDatabase(async (db) => {
        const header = await restoreDatabase(db, resolve(file), (t, i, n) => progressLine(t, i, n));
        process.stdout.write(`Восстановлено из копии от ${header.createdAt}.\n`);
      });
    });
}
