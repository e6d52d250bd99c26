import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { buildSyntheticRegion, type SyntheticRegion } from '../../../test/helpers/synthetic-region.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { computeResults } from './compute-results.ts';
import { orgCard } from './org-card.ts';
import { getComparison } from './rating-queries.ts';
import { getIndicatorPage } from './indicator-page.ts';
import { memoView } from './results-cache.ts';

let handle: DatabaseHandle;
let region: SyntheticRegion;
const ctx = () => ({ db: handle.db, actor: SYSTEM_ACTOR, requestId: null });
// Another Kysely object over the same database: its cache is its own, so it computes afresh.
const uncached = () => ({ db: handle.db.withSchema('public'), actor: SYSTEM_ACTOR, requestId: null });

beforeAll(async () => {
  handle = await createTestDatabase();
  region = await buildSyntheticRegion(handle.db, { MUNICIPALITIES: 2, SCHOOLS: 16, INDICATORS: 6 });
  await computeResults(ctx(), { frameworkId: region.frameworkId, periodId: region.periodId });
});
afterAll(async () => {
  await handle.close();
});

describe('results views kept between requests', () => {
  it('compute a view once for callers that ask at the same time, and keep no failure', async () => {
    let runs = 0;
    const slow = () =>
      memoView(handle.db, 'test|concurrent', 'v1', async () => {
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { run: runs };
      });
    const [a, b, c] = await Promise.all([slow(), slow(), slow()]);
    expect(runs).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);

    let attempts = 0;
    const failing = () =>
      memoView(handle.db, 'test|failing', 'v1', async () => {
        attempts++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (attempts === 1) throw new Error('сбой чтения');
        return 'готово';
      });
    const together = await Promise.allSettled([failing(), failing()]);
    expect(together.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(attempts).toBe(1);
    // the failure was not kept: the next caller computes again
    expect(await failing()).toBe('готово');
    expect(attempts).toBe(2);
  });

  it('serve the same rating until a recompute, then the new one, equal to one built afresh', async () => {
    const school = await handle.db
      .selectFrom('org')
      .select(['id', 'parent_id'])
      .where('kind', '=', 'organisation')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const key = `municipality:${school.parent_id}:school`;
    const view = () => getComparison(ctx(), region.frameworkId, region.periodId, key, { explain: true });
    const first = await view();
    expect((await view()).content).toBe(first.content);

    await sql`update data_value set value = value + 7 where org_id = ${school.id} and data_element_code = 'e2'`.execute(handle.db);
    // data changed but not recomputed: the rating still shows the stored results
    expect((await view()).content).toBe(first.content);
    await computeResults(ctx(), { frameworkId: region.frameworkId, periodId: region.periodId, orgId: school.id });
    const second = await view();
    expect(second.content).not.toEqual(first.content);
    expect(second).toEqual(await getComparison(uncached(), region.frameworkId, region.periodId, key, { explain: true }));
  });

  it('serve the same indicator page until a recompute', async () => {
    const school = await handle.db
      .selectFrom('org')
      .select(['id', 'parent_id'])
      .where('kind', '=', 'organisation')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const q = {
      frameworkId: region.frameworkId,
      periodId: region.periodId,
      key: `municipality:${school.parent_id}:school`,
      indicatorCode: 'I1',
    };
    const first = await getIndicatorPage(ctx(), q);
    expect(await getIndicatorPage(ctx(), q)).toBe(first);
    await sql`update data_value set value = value + 3 where org_id = ${school.id} and data_element_code = 'e2'`.execute(handle.db);
    await computeResults(ctx(), { frameworkId: region.frameworkId, periodId: region.periodId, orgId: school.id });
    const second = await getIndicatorPage(ctx(), q);
    expect(second).not.toEqual(first);
    expect(second).toEqual(await getIndicatorPage(uncached(), q));
  });

  it('serve the same card until the results or the names it shows change', async () => {
    const school = await handle.db
      .selectFrom('org')
      .select('id')
      .where('kind', '=', 'organisation')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const card = () => orgCard(ctx(), { catalogueId: region.frameworkId, orgId: school.id });
    const first = await card();
    expect(await card()).toBe(first);
    await handle.db.updateTable('org').set({ name: 'Переименованная школа' }).where('id', '=', school.id).execute();
    const renamed = await card();
    expect(renamed.org.name).toBe('Переименованная школа');
    expect(renamed).toEqual(await orgCard(uncached(), { catalogueId: region.frameworkId, orgId: school.id }));
  });

  it('still checks access on every request', async () => {
    const [m1, m2] = await handle.db.selectFrom('org').select(['id', 'path']).where('kind', '=', 'municipality').orderBy('id').execute();
    if (!m1 || !m2) throw new Error('two municipalities expected');
    const school = await handle.db.selectFrom('org').select('id').where('parent_id', '=', m2.id).executeTakeFirstOrThrow();
    await orgCard(ctx(), { catalogueId: region.frameworkId, orgId: school.id });
    await getComparison(ctx(), region.frameworkId, region.periodId, `municipality:${m2.id}:school`, { explain: true });
    const outsider = {
      ...ctx(),
      actor: { ...SYSTEM_ACTOR, userId: 99, role: 'municipal_operator' as const, scopeOrgId: m1.id, scopePath: m1.path },
    };
    await expect(orgCard(outsider, { catalogueId: region.frameworkId, orgId: school.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getComparison(outsider, region.frameworkId, region.periodId, `municipality:${m2.id}:school`, { explain: true }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
