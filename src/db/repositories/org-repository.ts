import type { OrgSummary } from '../../api/orgs.ts';
import { sql, type Kysely } from 'kysely';
import type { OrgFields } from '../../domain/org/org-fields.ts';
import type { OrgKind, OrgType } from '../../domain/org/org-kind.ts';
import { childPath } from '../../domain/org/org-path.ts';
import type { Database, OrgRow } from '../schema.ts';

export type { OrgSummary };

export interface NewOrg extends OrgFields {
  parentId: number | null;
  isDemo: boolean;
}

const summaryColumns = (db: Kysely<Database>) =>
  db.selectFrom('org').select((eb) => [
    'org.id',
    'org.parent_id',
    'org.kind',
    'org.type',
    'org.name',
    'org.short_name',
    'org.code',
    'org.is_demo',
    'org.path',
    'org.closed_on',
    'org.merged_into_id',
    eb.selectFrom('org as m').select('m.name').whereRef('m.id', '=', 'org.merged_into_id').as('merged_into_name'),
    eb
      .selectFrom('org as c')
      .select((c) => c.fn.countAll<number>().as('n'))
      .whereRef('c.parent_id', '=', 'org.id')
      .as('child_count'),
  ]);

type SummaryRow = {
  id: number;
  parent_id: number | null;
  kind: string;
  type: string | null;
  name: string;
  short_name: string | null;
  code: string;
  is_demo: boolean;
  path: string;
  closed_on: string | null;
  merged_into_id: number | null;
  merged_into_name: string | null;
  child_count: number | null;
};

export function toSummary(row: SummaryRow): OrgSummary {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as OrgKind,
    type: row.type as OrgType | null,
    name: row.name,
    shortName: row.short_name,
    code: row.code,
    childCount: Number(row.child_count ?? 0),
    isDemo: row.is_demo,
    closedOn: row.closed_on,
    mergedInto: row.merged_into_id === null ? null : { id: row.merged_into_id, name: row.merged_into_name ?? '' },
  };
}

export const orgRepository = {
  /**
   * The organisations of a subtree (the node at `path` and everything under it, at any depth):
   * the one place that says a subtree is a prefix of the materialised path (`/1/51/`, digits and
   * slashes only, so no LIKE escaping is needed). Callers chain their own columns and filters.
   */
  under(db: Kysely<Database>, path: string) {
    return db.selectFrom('org').where('path', 'like', `${path}%`);
  },

  async findById(db: Kysely<Database>, id: number): Promise<OrgRow | undefined> {
    return db.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The organisations with these ids, in no particular order; none for no ids. */
  async findByIds(db: Kysely<Database>, ids: readonly number[]): Promise<OrgRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('org').selectAll().where('id', 'in', ids).execute();
  },

  /** Locks the organisation's row until the transaction ends (FOR UPDATE): one change of it at a time. */
  async lock(db: Kysely<Database>, id: number): Promise<void> {
    await db.selectFrom('org').select('id').where('id', '=', id).forUpdate().execute();
  },

  async findByCode(db: Kysely<Database>, code: string): Promise<OrgRow | undefined> {
    return db.selectFrom('org').selectAll().where('code', '=', code).executeTakeFirst();
  },

  async summaryById(db: Kysely<Database>, id: number): Promise<(OrgSummary & { path: string }) | undefined> {
    const row = await summaryColumns(db).where('org.id', '=', id).executeTakeFirst();
    return row ? { ...toSummary(row), path: row.path } : undefined;
  },

  async children(db: Kysely<Database>, parentId: number | null, hideClosed = false): Promise<OrgSummary[]> {
    let q = summaryColumns(db);
    if (hideClosed) q = q.where('org.closed_on', 'is', null);
    const rows = await (parentId === null ? q.where('org.parent_id', 'is', null) : q.where('org.parent_id', '=', parentId))
      .orderBy('org.code')
      .execute();
    return rows.map(toSummary);
  },

  /** Search by name, short name, alias, code, ИНН or ФИС ОКО code under a path prefix. */
  async search(db: Kysely<Database>, text: string, scopePath: string | null, limit: number, hideClosed = false): Promise<OrgSummary[]> {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    let q = summaryColumns(db).where((eb) =>
      eb.or([
        eb('org.name', 'ilike', like),
        eb('org.short_name', 'ilike', like),
        eb(sql<string>`org.aliases::text`, 'ilike', like),
        eb('org.code', '=', text),
        eb('org.inn', '=', text),
        eb('org.fis_oko_code', '=', text),
      ]),
    );
    if (scopePath !== null) q = q.where('org.path', 'like', `${scopePath}%`);
    if (hideClosed) q = q.where('org.closed_on', 'is', null);
    const rows = await q.orderBy('org.depth').orderBy('org.code').limit(limit).execute();
    return rows.map(toSummary);
  },

  /** Number of organisations of each type in the subtree under a path. */
  async countByTypeUnder(db: Kysely<Database>, path: string): Promise<Record<string, number>> {
    const rows = await orgRepository
      .under(db, path)
      .select((eb) => ['type', eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'organisation')
      .groupBy('type')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.type ?? 'unknown', Number(r.n)]));
  },

  async namesByIds(db: Kysely<Database>, ids: number[]): Promise<{ id: number; name: string; kind: string }[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('org').select(['id', 'name', 'kind']).where('id', 'in', ids).execute();
  },

  async groupsOf(db: Kysely<Database>, orgId: number): Promise<{ id: number; name: string }[]> {
    return db
      .selectFrom('org_group_member as m')
      .innerJoin('org_group as g', 'g.id', 'm.group_id')
      .select(['g.id', 'g.name'])
      .where('m.org_id', '=', orgId)
      .orderBy('g.name')
      .execute();
  },

  /** Inserts an organisation and sets its materialised path from the parent's. */
  async insert(db: Kysely<Database>, org: NewOrg, parentPath: string | null, parentDepth: number): Promise<OrgRow> {
    const inserted = await db
      .insertInto('org')
      .values({
        parent_id: org.parentId,
        kind: org.kind,
        type: org.type,
        name: org.name,
        short_name: org.shortName,
        code: org.code,
        inn: org.inn,
        ogrn: org.ogrn,
        fis_oko_code: org.fisOkoCode,
        aliases: JSON.stringify(org.aliases),
        attributes: JSON.stringify(org.attributes),
        is_demo: org.isDemo,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return db
      .updateTable('org')
      .set({ path: childPath(parentPath, inserted.id), depth: parentPath === null ? 0 : parentDepth + 1 })
      .where('id', '=', inserted.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
