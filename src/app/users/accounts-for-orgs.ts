import { sql, type Kysely } from 'kysely';
import { loginForOrg } from '../../domain/access/org-login.ts';
import { managerCovers } from '../../domain/access/user-management.ts';
import type { AccountGroup, OrgAccountPreview, OrgSelection } from '../../api/users.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { generatePassword, hashPassword } from '../password.ts';
import { managerOf } from '../users.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export type { AccountGroup, OrgAccountPreview, OrgSelection } from '../../api/users.ts';

export interface CreatedOrgAccount extends OrgAccountPreview {
  userId: number;
  /** The one-time password, in clear only in this answer (and the workbook made from it). */
  password: string;
}

/** More at once is refused: hashing costs about a tenth of a second per password. */
export const MAX_ACCOUNTS_AT_ONCE = 5000;

/** The subtree the selection works in: the territory chosen (the caller's to manage), else the caller's scope. */
async function territoryPathOf(ctx: UseCaseContext, territoryId: number | undefined): Promise<string> {
  const manager = managerOf(ctx.actor);
  let territoryPath: string;
  if (territoryId !== undefined) {
    const territory = await orgRepository.findById(ctx.db, territoryId);
    if (!territory) {
      throw new AppError('validation_failed', 'Территория не найдена: выберите регион или муниципалитет из списка.', [
        { path: 'body.territoryId', message: 'Нет такой территории.' },
      ]);
    }
    if (!managerCovers(manager, territory.path)) {
      throw new AppError(
        'forbidden',
        'Эта территория вне вашей зоны доступа: создавать учётные записи можно только для организаций своей территории.',
      );
    }
    territoryPath = territory.path;
  } else if (ctx.actor.role === 'admin' && ctx.actor.scopePath === null) {
    territoryPath = '/';
  } else if (ctx.actor.scopePath !== null && (ctx.actor.role === 'regional_operator' || ctx.actor.role === 'municipal_operator')) {
    territoryPath = ctx.actor.scopePath;
  } else {
    throw new AppError('forbidden', 'Ваша роль не позволяет создавать учётные записи организаций.');
  }
  return territoryPath;
}

/** Groups of organisations with members in the territory, for the choice «группа». */
export async function accountGroups(ctx: UseCaseContext, territoryId: number | undefined): Promise<AccountGroup[]> {
  const territoryPath = await territoryPathOf(ctx, territoryId);
  return ctx.db
    .selectFrom('org_group as g')
    .select(['g.id', 'g.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('org_group_member as m')
          .innerJoin('org as o', 'o.id', 'm.org_id')
          .select('m.org_id')
          .whereRef('m.group_id', '=', 'g.id')
          .where('o.path', 'like', `${territoryPath}%`),
      ),
    )
    .orderBy('g.name')
    .execute();
}

async function selectedOrgs(ctx: UseCaseContext, selection: OrgSelection) {
  const territoryPath = await territoryPathOf(ctx, selection.territoryId);
  if (selection.groupId !== undefined) {
    const group = await ctx.db.selectFrom('org_group').select('id').where('id', '=', selection.groupId).executeTakeFirst();
    if (!group) {
      throw new AppError('validation_failed', 'Группа организаций не найдена: выберите её из списка.', [
        { path: 'body.groupId', message: 'Нет такой группы.' },
      ]);
    }
  }
  let query = ctx.db
    .selectFrom('org as o')
    .leftJoin('org as p', 'p.id', 'o.parent_id')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.code',
      'p.name as territory_name',
      eb
        .selectFrom('app_user as u')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('u.scope_org_id', '=', 'o.id')
        .where('u.role', '=', 'org_representative')
        .as('accounts'),
    ])
    .where('o.kind', '=', 'organisation')
    .where('o.path', 'like', `${territoryPath}%`)
    .orderBy('p.name')
    .orderBy('o.name');
  if (selection.type) query = query.where('o.type', '=', selection.type);
  if (selection.groupId !== undefined) {
    const groupId = selection.groupId;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('org_group_member as m').select('m.org_id').whereRef('m.org_id', '=', 'o.id').where('m.group_id', '=', groupId),
      ),
    );
  }
  if (selection.withoutAccount) {
    query = query.where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('app_user as u').select('u.id').whereRef('u.scope_org_id', '=', 'o.id').where('u.role', '=', 'org_representative'),
        ),
      ),
    );
  }
  if (selection.orgIds) {
    if (selection.orgIds.length === 0) return [];
    query = query.where('o.id', 'in', selection.orgIds);
  }
  return query.execute();
}

async function takenLogins(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('app_user')
    .select(sql<string>`lower(login)`.as('login'))
    .where('login', 'ilike', 'org-%')
    .execute();
  return new Set(rows.map((r) => r.login));
}

/** The organisations the selection covers, with the login each account would get. Changes nothing. */
export async function previewAccountsForOrgs(ctx: UseCaseContext, selection: OrgSelection): Promise<OrgAccountPreview[]> {
  const orgs = await selectedOrgs(ctx, selection);
  const taken = await takenLogins(ctx.db);
  return orgs.map((o) => ({
    orgId: o.id,
    orgName: o.name,
    orgCode: o.code,
    territoryName: o.territory_name,
    login: loginForOrg(o.code, taken),
    existingAccounts: Number(o.accounts ?? 0),
  }));
}

/**
 * Creates one organisation-representative account for each selected organisation, in one
 * transaction, each with a generated one-time password that must be changed at the first login.
 * The passwords are hashed before the transaction and returned once, in this answer only: nothing
 * keeps them in clear (the credentials workbook is made from the answer). Audited per account.
 */
export async function createAccountsForOrgs(
  ctx: UseCaseContext,
  selection: OrgSelection,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<CreatedOrgAccount[]> {
  const planned = await previewAccountsForOrgs(ctx, selection);
  if (planned.length === 0) {
    throw new AppError(
      'validation_failed',
      'Под отбор не попала ни одна организация: выберите другую территорию, тип или группу либо снимите отметку «только без учётной записи».',
    );
  }
  if (planned.length > MAX_ACCOUNTS_AT_ONCE) {
    throw new AppError(
      'validation_failed',
      `Под отбор попало ${planned.length} организаций, а за один раз создаётся не больше ${MAX_ACCOUNTS_AT_ONCE}: выберите муниципалитет или тип организаций.`,
    );
  }
  const withPasswords: (OrgAccountPreview & { password: string; hash: string; fullName: string })[] = [];
  const PARALLEL = 4; // scrypt runs on the thread pool
  for (let i = 0; i < planned.length; i += PARALLEL) {
    const chunk = planned.slice(i, i + PARALLEL);
    const hashed = await Promise.all(
      chunk.map(async (p) => {
        const fullName = `Представитель: ${p.orgName}`.slice(0, 200);
        const password = generatePassword({ login: p.login, fullName });
        return { ...p, fullName, password, hash: await hashPassword(password) };
      }),
    );
    withPasswords.push(...hashed);
    onProgress(withPasswords.length, planned.length);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('app_user')
      .select('login')
      .where(
        'login',
        'in',
        withPasswords.map((p) => p.login),
      )
      .executeTakeFirst();
    if (clash) {
      throw new AppError('already_exists', `Логин «${clash.login}» заняли, пока готовились учётные записи: повторите действие.`);
    }
    const created: CreatedOrgAccount[] = [];
    for (let i = 0; i < withPasswords.length; i += 500) {
      const chunk = withPasswords.slice(i, i + 500);
      const rows = await trx
        .insertInto('app_user')
        .values(
          chunk.map((p) => ({
            login: p.login,
            full_name: p.fullName,
            role: 'org_representative',
            scope_org_id: p.orgId,
            password_hash: p.hash,
            must_change_password: true,
          })),
        )
        .returning(['id', 'login'])
        .execute();
      const idOf = new Map(rows.map((r) => [r.login, r.id]));
      for (const p of chunk) {
        const userId = idOf.get(p.login)!;
        const { hash: _hash, fullName, password, ...rest } = p;
        created.push({ ...rest, userId, password });
        await writeAudit(
          trx,
          ctx.actor,
          {
            action: 'user.create',
            entity: 'user',
            entityId: userId,
            after: {
              login: p.login,
              fullName,
              role: 'org_representative',
              scopeOrgId: p.orgId,
              mustChangePassword: true,
              via: 'accounts_for_orgs',
            },
          },
          ctx.requestId,
        );
      }
    }
    return created;
  });
}
