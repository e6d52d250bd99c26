import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../app/actor.ts';
import { AppError } from '../app/app-error.ts';
import { createAccountsForOrgs } from '../app/users/accounts-for-orgs.ts';
import { credentialsWorkbook } from '../app/users/credentials-workbook.ts';
import { isOrgType, ORG_TYPES } from '../domain/org/org-kind.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import type { Database } from '../db/schema.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './open-database.ts';
import { progressLine } from './progress.ts';

export interface CreateForOrgsOptions {
  territory: string;
  type?: string;
  group?: string;
  withoutAccount?: boolean;
  out: string;
  /** The address to log in written into the workbook. */
  url: string;
}

/**
 * `soko users create-for-orgs`: representative accounts for the chosen organisations in one
 * transaction, and the credentials workbook written once to `out` (mode 0600; an existing file is
 * never overwritten). Returns how many accounts were created.
 */
export async function createForOrgs(
  db: Kysely<Database>,
  opts: CreateForOrgsOptions,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const out = resolve(opts.out);
  if (existsSync(out)) {
    throw new AppError('conflict', `Файл ${out} уже есть: укажите в --out новый файл (пароли не записываются поверх другого файла).`);
  }
  if (opts.type !== undefined && !isOrgType(opts.type)) {
    throw new AppError('validation_failed', `Тип «${opts.type}» неизвестен. Допустимые: ${ORG_TYPES.join(', ')}.`);
  }
  const territory = await orgRepository.findByCode(db, opts.territory.trim());
  if (!territory || territory.kind === 'organisation') {
    throw new AppError('not_found', `Территория с кодом «${opts.territory}» не найдена: укажите код региона или муниципалитета.`);
  }
  let groupId: number | undefined;
  if (opts.group !== undefined) {
    const group = await db.selectFrom('org_group').select('id').where('code', '=', opts.group.trim()).executeTakeFirst();
    if (!group) throw new AppError('not_found', `Группа организаций с кодом «${opts.group}» не найдена.`);
    groupId = group.id;
  }
  const created = await createAccountsForOrgs(
    { db, actor: SYSTEM_ACTOR, requestId: null },
    {
      territoryId: territory.id,
      ...(opts.type !== undefined && isOrgType(opts.type) ? { type: opts.type } : {}),
      ...(groupId !== undefined ? { groupId } : {}),
      ...(opts.withoutAccount ? { withoutAccount: true } : {}),
    },
    onProgress,
  );
  const content = await credentialsWorkbook(created, opts.url);
  writeFileSync(out, content, { mode: 0o600, flag: 'wx' });
  chmodSync(out, 0o600);
  return created.length;
}

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('учётные записи пользователей');
  users
    .command('create-for-orgs')
    .description(
      'создать учётные записи представителей организаций территории одним действием и записать книгу XLSX с логинами и одноразовыми паролями (файл 0600)',
    )
    .requiredOption('--territory <code>', 'код региона или муниципалитета')
    .option('--type <type>', `только организации типа: ${ORG_TYPES.join(', ')}`)
    .option('--group <code>', 'только организации группы с этим кодом')
    .option('--without-account', 'только организации, у которых ещё нет учётной записи представителя')
    .requiredOption('--out <file>', 'куда записать книгу с паролями (новый файл .xlsx)')
    .option('--url <address>', 'адрес для входа, который попадёт в книгу (по умолчанию SOKO_PUBLIC_URL или http://localhost:PORT)')
    .action(async (opts: { territory: string; type?: string; group?: string; withoutAccount?: boolean; out: string; url?: string }) => {
      const config = readConfig();
      const url = opts.url?.trim() || process.env.SOKO_PUBLIC_URL?.trim() || `http://localhost:${config.port}/`;
      const handle = await openDatabase(config);
      try {
        process.stderr.write('Пароли шифруются (около 0,1 с на учётную запись)…\n');
        const count = await createForOrgs(handle.db, { ...opts, url }, (done, total) =>
          progressLine('учётных записей готово', done, total),
        );
        process.stdout.write(
          `Создано учётных записей: ${count}. Логины и одноразовые пароли — в файле ${resolve(opts.out)} (только для вас, 0600); ` +
            'при первом входе пароль нужно сменить. Передайте каждой организации её строку и удалите файл.\n',
        );
      } finally {
        await handle.close();
      }
    });
}
