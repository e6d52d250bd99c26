import type { Role } from '../../../domain/access/role.ts';
import { buildOrg } from '../../../../test/helpers/factories.ts';
import { access, readable, type AccessSamples, type Sample } from '../../../../test/helpers/route-access.ts';

/** A previewed register import of the caller (a CSV naming one new school of m1) whose plan is ready to apply. */
async function registerImport(role: Role | 'anonymous', n: number): Promise<number> {
  const db = access.t.handle.db;
  const user =
    role === 'anonymous'
      ? undefined
      : await db.selectFrom('app_user').select('id').where('login', '=', access.loginOf[role]).executeTakeFirst();
  const m1 = await db.selectFrom('org').select(['id', 'name', 'code']).where('id', '=', access.t.tree.m1.id).executeTakeFirstOrThrow();
  const name = `Школа из реестра ${n}`;
  const plan = {
    root: { kind: 'municipality', id: m1.id, name: m1.name, code: m1.code },
    territories: [],
    created: [
      {
        line: 2,
        territoryKey: null,
        code: `${m1.code}-R${n}`,
        name,
        shortName: null,
        type: 'school',
        inn: null,
        ogrn: null,
        fisOkoCode: null,
        attributes: {},
      },
    ],
    updated: [],
    unchanged: [],
    ambiguous: [],
    unplaced: [],
    unknownTypes: [],
    errors: [],
    notes: [],
    skipped: [],
    unconfirmedTerritories: 0,
    ready: true,
  };
  const row = await db
    .insertInto('org_register_import')
    .values({
      scope_org_id: m1.id,
      file_name: 'reestr.csv',
      file: new TextEncoder().encode(`Наименование;Тип\n${name};СОШ\n`),
      settings: JSON.stringify({ territoryId: m1.id }),
      plan: JSON.stringify(plan),
      created_by: user?.id ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const onRegisterImport: Sample = ({ role, n, url }) =>
  registerImport(role, n).then((id) => ({
    url: url.replace(':id', String(id)),
    ...(url.endsWith('preview') ? { payload: { territoryId: access.t.tree.m1.id } } : {}),
  }));

/** Route × role samples of the organisation and register routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/orgs']),
  ...readable(['/api/orgs/search'], () => ({ url: `/api/orgs/search?q=${encodeURIComponent('Школа')}` })),
  ...readable(['/api/orgs/:id'], () => ({ url: `/api/orgs/${access.t.tree.s1.id}` })),
  'POST /api/orgs': ({ n }) => ({ payload: { parentId: access.t.tree.m1.id, type: 'school', name: `Новая школа ${n}`, code: `NEW-${n}` } }),
  'PATCH /api/orgs/:id': ({ n }) =>
    access.t.handle.db
      .selectFrom('org')
      .select('version')
      .where('id', '=', access.t.tree.s1.id)
      .executeTakeFirstOrThrow()
      .then((row) => ({ url: `/api/orgs/${access.t.tree.s1.id}`, payload: { version: row.version, name: `Школа № 1 (правка ${n})` } })),
  'POST /api/orgs/:id/close': () =>
    buildOrg(access.t.handle.db, access.t.tree.m1).then((o) => ({
      url: `/api/orgs/${o.id}/close`,
      payload: { closedOn: '2026-09-01', reason: 'Ликвидация' },
    })),
  'POST /api/orgs/:id/reopen': () =>
    buildOrg(access.t.handle.db, access.t.tree.m1)
      .then((o) =>
        access.t.handle.db
          .updateTable('org')
          .set({ closed_on: '2026-09-01', closed_reason: 'x' })
          .where('id', '=', o.id)
          .returning('id')
          .executeTakeFirstOrThrow(),
      )
      .then((o) => ({ url: `/api/orgs/${o.id}/reopen` })),
  'POST /api/orgs/:id/merge': () =>
    Promise.all([buildOrg(access.t.handle.db, access.t.tree.m1), buildOrg(access.t.handle.db, access.t.tree.m1)]).then(([a, b]) => ({
      url: `/api/orgs/${a.id}/merge`,
      payload: { intoId: b.id, mergedOn: '2026-09-01' },
    })),
  'POST /api/orgs/register/imports': ({ url, n }) => ({
    url: `${url}?territoryId=${access.t.tree.m1.id}`,
    payload: Buffer.from(`Наименование;Тип\nШкола из реестра ${n};СОШ\n`),
    headers: { 'content-type': 'text/csv', 'x-file-name': 'reestr.csv' },
  }),
  'POST /api/orgs/register/imports/:id/preview': onRegisterImport,
  'POST /api/orgs/register/imports/:id/apply': onRegisterImport,
  ...readable(['/api/orgs/register/export'], ({ url }) => ({ url: `${url}?territoryId=${access.t.tree.m1.id}` })),
};
