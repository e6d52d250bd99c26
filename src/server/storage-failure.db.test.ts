import type { FastifyInstance } from 'fastify';
import type {
  InsertQueryNode,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCampaign } from '../../test/helpers/campaign-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { TEST_DATABASE_KIND } from '../../test/helpers/test-database.ts';
import { buildServer } from './build-server.ts';

/**
 * The disk fills up under one table: every insert into it fails as PostgreSQL reports it
 * (SQLSTATE 53100, "could not extend file … No space left on device"). The statements before it
 * in the same transaction have run, so the test shows the whole write is undone.
 */
class DiskFullOn implements KyselyPlugin {
  constructor(
    private readonly table: string,
    private readonly failure: () => Error = () =>
      Object.assign(new Error('could not extend file "base/16384/16512": No space left on device'), { code: '53100' }),
  ) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && (node as InsertQueryNode).into?.table.identifier.name === this.table) {
      throw this.failure();
    }
    return node;
  }
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

let t: TestApp;
let full: FastifyInstance;
let campaignId: number;

beforeAll(async () => {
  t = await createTestApp();
  campaignId = (await startCampaign(t.handle.db, t.tree.m1.id)).id;
  full = await buildServer({ db: t.handle.db.withPlugin(new DiskFullOn('submission_value')), uiDir: null });
});
afterAll(async () => {
  await full.close();
  await t.close();
});

describe('a disk that fills up on a write', () => {
  it('answers 503 storage_unavailable in Russian, leaves the form and the audit log as they were, and the next save works', async () => {
    const url = `/api/campaigns/${campaignId}/forms/${t.tree.s1.id}`;
    const snapshot = async () => ({
      values: await t.handle.db.selectFrom('submission_value').selectAll().where('campaign_id', '=', campaignId).execute(),
      submission: await t.handle.db.selectFrom('submission').select(['status', 'version']).where('campaign_id', '=', campaignId).execute(),
      audit: Number(
        (
          await t.handle.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const before = await snapshot();
    const save = (app: FastifyInstance) =>
      app.inject({
        method: 'PUT',
        url,
        headers: { cookie: t.cookies.org_representative },
        payload: { version: 1, values: { 't_pupils|': { raw: '120' } } },
      });

    const refused = await save(full);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: 'storage_unavailable',
      message: expect.stringMatching(/закончилось место.*изменения не сохранены/),
      requestId: expect.any(String),
    });
    expect(refused.body).not.toContain('No space left');
    expect(await snapshot()).toEqual(before);

    // space is back: the same save goes through
    const saved = await save(t.app);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await snapshot()).values.map((v) => v.raw)).toEqual(['120']);
  });
});

describe('a data directory that turns read-only or fails under a recompute', () => {
  // what PostgreSQL says on a read-only standby or with default_transaction_read_only, what the
  // embedded database's file system says on a read-only mount, and a failing disk
  const failures: [string, () => Error, RegExp][] = [
    [
      'SQLSTATE 25006',
      () => Object.assign(new Error('cannot execute INSERT in a read-only transaction'), { code: '25006' }),
      /только для чтения/,
    ],
    [
      'EROFS',
      () => Object.assign(new Error("EROFS: read-only file system, open '/data/pgdata/base/1/2'"), { code: 'EROFS' }),
      /только для чтения/,
    ],
    ['EIO', () => Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }), /ввода-вывода/],
  ];
  it.each(failures)('%s answers 503 storage_unavailable with a Russian message, not 500', async (_name, failure, words) => {
    const { db } = t.handle;
    const catalogueId = (await db.selectFrom('framework').select('id').where('code', '=', 'test-indicators').executeTakeFirstOrThrow()).id;
    const periodId = (await db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id;
    const broken = await buildServer({ db: db.withPlugin(new DiskFullOn('compute_run', failure)), uiDir: null });
    try {
      const res = await broken.inject({
        method: 'POST',
        url: '/api/results/compute',
        headers: { cookie: t.cookies.regional_operator },
        payload: { catalogueId, periodId },
      });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toMatchObject({ code: 'storage_unavailable', message: expect.stringMatching(words) });
      expect(res.body).not.toMatch(/EROFS|EIO|read-only transaction/);
    } finally {
      await broken.close();
    }
  });
});

describe.runIf(TEST_DATABASE_KIND === 'postgres')('a PostgreSQL restart while the server runs', () => {
  it('ends every connection of the server; the next requests reconnect and nothing acknowledged is lost', async () => {
    const url = `/api/campaigns/${campaignId}/forms/${t.tree.s1.id}`;
    const cookie = t.cookies.org_representative;
    const save = (version: number, raw: string) =>
      t.app.inject({ method: 'PUT', url, headers: { cookie }, payload: { version, values: { 't_pupils|': { raw } } } });
    const { version } = (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json().form as { version: number };
    const first = await save(version, '77');
    expect(first.statusCode, first.body).toBe(200);

    // what a restart does to the server's pool: the database ends every connection it holds
    const target = t.handle.target.kind === 'postgres' ? new URL(t.handle.target.url) : null;
    const admin = new pg.Client({ connectionString: process.env.SOKO_TEST_DATABASE_URL });
    await admin.connect();
    try {
      const ended = await admin.query(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [target?.pathname.slice(1)],
      );
      expect(ended.rows[0].n).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }

    const read = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(read.statusCode, read.body).toBe(200);
    const form = read.json().form as { version: number; fields: { key: string; value: string | null }[] };
    expect(form.fields.find((f) => f.key === 't_pupils|')?.value).toBe('77');
    expect((await save(form.version, '78')).statusCode).toBe(200);
  });
});
