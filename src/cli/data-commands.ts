import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { syncCatalogues } from '../app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { generatePassword } from '../app/password.ts';
import { unlockUser } from '../app/unlock-user.ts';
import { createUser } from '../app/users.ts';
import { ROLES, isRole } from '../domain/access/role.ts';
import { backupDatabase, BackupError, readBackup, restoreDatabase } from '../db/backup.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { readConfig } from './config.ts';
import { publishDemoAccounts } from './demo-accounts-file.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';

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
    .description('добавить пользователя; пароль генерируется и печатается один раз')
    .requiredOption('--login <login>', 'логин')
    .requiredOption('--name <fullName>', 'ФИО')
    .requiredOption('--role <role>', `роль: ${ROLES.join(', ')}`)
    .option('--scope <orgCode>', 'код организации зоны доступа (для всех ролей, кроме admin)')
    .action(async (opts: { login: string; name: string; role: string; scope?: string }) => {
      if (!isRole(opts.role)) throw new AppError('validation_failed', `Роль «${opts.role}» неизвестна. Допустимые: ${ROLES.join(', ')}.`);
      const role = opts.role;
      await withDatabase(async (db) => {
        let scopeOrgId: number | null = null;
        if (opts.scope) {
          const org = await db.selectFrom('org').select('id').where('code', '=', opts.scope).executeTakeFirst();
          if (!org) throw new AppError('not_found', `Организация с кодом «${opts.scope}» не найдена.`);
          scopeOrgId = org.id;
        }
        const password = generatePassword({ login: opts.login, fullName: opts.name });
        const created = await createUser(
          { db, actor: SYSTEM_ACTOR, requestId: null },
          { login: opts.login, fullName: opts.name, role, scopeOrgId, password },
        );
        process.stdout.write(`Пользователь ${created.login} (${created.roleName}) создан. Пароль: ${password}\n`);
      });
    });

  user
    .command('unlock')
    .description('снять блокировку входа после неудачных попыток (со всех адресов); записывается в журнал')
    .requiredOption('--login <login>', 'логин')
    .action(async (opts: { login: string }) => {
      await withDatabase(async (db) => {
        const found = await db.selectFrom('app_user').select('id').where('login', '=', opts.login.trim()).executeTakeFirst();
        if (!found) throw new AppError('not_found', `Пользователь с логином «${opts.login}» не найден.`);
        const { cleared } = await unlockUser({ db, actor: SYSTEM_ACTOR, requestId: null }, found.id);
        process.stdout.write(`Блокировка входа для ${opts.login.trim()} снята (неудачных попыток снято: ${cleared}).\n`);
      });
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
