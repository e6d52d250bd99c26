import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { createUser } from '../../src/app/users.ts';
import type { Role } from '../../src/domain/access/role.ts';
import type { OrgKind, OrgType } from '../../src/domain/org/org-kind.ts';
import { orgRepository, type NewOrg } from '../../src/db/repositories/org-repository.ts';
import type { Database, OrgRow } from '../../src/db/schema.ts';

let counter = 0;
const next = () => ++counter;

/** Inserts an organisation under a parent (or a region at the root), with overridable fields. */
export async function buildOrg(db: Kysely<Database>, parent: OrgRow | null, overrides: Partial<NewOrg> = {}): Promise<OrgRow> {
  const n = next();
  const kind: OrgKind = overrides.kind ?? (parent === null ? 'region' : parent.kind === 'region' ? 'municipality' : 'organisation');
  const type: OrgType | null = overrides.type ?? (kind === 'organisation' ? 'school' : null);
  return orgRepository.insert(
    db,
    {
      parentId: parent?.id ?? null,
      kind,
      type,
      name: `Тестовая организация ${n}`,
      shortName: null,
      code: `T-${n}-${Math.random().toString(36).slice(2, 8)}`,
      inn: null,
      ogrn: null,
      fisOkoCode: null,
      aliases: [],
      attributes: {},
      isDemo: false,
      ...overrides,
    },
    parent?.path ?? null,
    parent?.depth ?? 0,
  );
}

/** A small tree: a region with two municipalities, a school in each and a kindergarten in the first. */
export async function buildOrgTree(db: Kysely<Database>) {
  const region = await buildOrg(db, null, { name: 'Тестовая область' });
  const m1 = await buildOrg(db, region, { name: 'Первый район' });
  const m2 = await buildOrg(db, region, { name: 'Второй район' });
  const s1 = await buildOrg(db, m1, { name: 'Школа № 1 первого района', aliases: ['СОШ № 1'] });
  const k1 = await buildOrg(db, m1, { name: 'Детский сад № 1 первого района', type: 'kindergarten' });
  const s2 = await buildOrg(db, m2, { name: 'Школа № 1 второго района' });
  return { region, m1, m2, s1, k1, s2 };
}

export type OrgTree = Awaited<ReturnType<typeof buildOrgTree>>;

/** Inserts the school year «2023/2024» (1 September to 31 August) and returns its id. */
export async function buildSchoolYear(db: Kysely<Database>, code: string): Promise<number> {
  const [from, to] = code.split('/');
  const row = await db
    .insertInto('period')
    .values({ code, kind: 'school_year', name: `${code} учебный год`, starts_on: `${from}-09-01`, ends_on: `${to}-08-31` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The id of a period by its code («2024/2025»). */
export async function periodIdOf(db: Kysely<Database>, code: string): Promise<number> {
  return (await db.selectFrom('period').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** The id of a catalogue (a framework) by its code («test-indicators»). */
export async function catalogueIdOf(db: Kysely<Database>, code: string): Promise<number> {
  return (await db.selectFrom('framework').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** Passes the password rule (see domain/auth/password-rule.ts) for every test user. */
export const TEST_PASSWORD = 'grey-Lantern-48';

/** Scope each role gets in the test tree. */
export function scopeFor(role: Role, tree: OrgTree): number | null {
  switch (role) {
    case 'admin':
      return null;
    case 'regional_operator':
    case 'viewer':
      return tree.region.id;
    case 'municipal_operator':
    case 'expert':
      return tree.m1.id;
    case 'org_representative':
      return tree.s1.id;
  }
}

/** Creates a user through the real use case (so it is audited like any other). */
export async function buildUser(db: Kysely<Database>, role: Role, scopeOrgId: number | null, login = `${role}.${next()}`) {
  return createUser(
    { db, actor: SYSTEM_ACTOR, requestId: null },
    { login, fullName: `Тест ${role}`, role, scopeOrgId, password: TEST_PASSWORD },
  );
}
