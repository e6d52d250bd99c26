import { sql } from 'kysely';
import { ratingOf } from './rating-queries.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../test/helpers/campaign-fixtures.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { buildSyntheticRegion, type SyntheticRegion } from '../../../test/helpers/synthetic-region.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { computeResults } from './compute-results.ts';

let handle: DatabaseHandle;
let region: SyntheticRegion;
const ctx = () => systemContext(handle.db);

beforeAll(async () => {
  handle = await createTestDatabase();
  region = await buildSyntheticRegion(handle.db, { MUNICIPALITIES: 4, SCHOOLS: 60, INDICATORS: 14 });
});
afterAll(async () => {
  await handle.close();
});

/** Everything a recompute stores, in a comparable order. */
async function snapshot() {
  const values = await handle.db
    .selectFrom('indicator_result')
    .select(['org_id', 'indicator_code', 'level', 'outcome', 'value', 'reason', 'numerator', 'denominator', 'used', 'total'])
    .where('framework_id', '=', region.frameworkId)
    .orderBy('org_id')
    .orderBy('indicator_code')
    .execute();
  const ratings = await handle.db
    .selectFrom('rating_result')
    .select(['period_id', 'comparison_key', 'scope_org_id', 'title', 'content', 'object_ids'])
    .where('framework_id', '=', region.frameworkId)
    .orderBy('comparison_key')
    .execute();
  // A recompute stores what each comparison compares; its rating is rated on reading (ratingOf).
  const rated = await Promise.all(
    ratings.map(async (r) => ({
      ...r,
      rating: await ratingOf(handle.db, {
        frameworkId: region.frameworkId,
        periodId: r.period_id,
        key: r.comparison_key,
        content: r.content,
        objectIds: r.object_ids,
      }),
    })),
  );
  return { values, ratings: rated };
}

describe('recompute after one organisation’s data changed', () => {
  it('recomputes its municipality, the region’s roll-up and the two ratings, the same as a full recompute', async () => {
    const ids = { frameworkId: region.frameworkId, periodId: region.periodId };
    await computeResults(ctx(), ids);
    const school = await handle.db
      .selectFrom('org')
      .select(['id', 'parent_id'])
      .where('kind', '=', 'organisation')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // The school's data changes: a better numerator, a zero denominator, a value withdrawn.
    await sql`update data_value set value = value + 7 where org_id = ${school.id} and data_element_code = 'e0'`.execute(handle.db);
    await sql`update data_value set value = 0 where org_id = ${school.id} and data_element_code in ('e2', 'e3')`.execute(handle.db);
    await sql`delete from data_value where org_id = ${school.id} and data_element_code = 'e5'`.execute(handle.db);
    // Its municipality also reports its own value of one indicator's elements (its own data wins over the roll-up).
    await sql`insert into data_value (org_id, period_id, data_element_code, breakdown, value, source, status)
              values (${school.parent_id}, ${region.periodId}, 'e8', '', 40, 'тест', 'accepted'),
                     (${school.parent_id}, ${region.periodId}, 'e9', '', 80, 'тест', 'accepted')`.execute(handle.db);
    const before = await snapshot();

    const report = await computeResults(ctx(), { ...ids, orgId: school.id });
    expect(report).toMatchObject({ orgId: school.id, comparisons: 2 });
    const incremental = await snapshot();
    expect(incremental).not.toEqual(before);

    await computeResults(ctx(), ids);
    const full = await snapshot();
    expect(incremental.values).toEqual(full.values);
    expect(incremental.ratings).toEqual(full.ratings);
    // The municipality's own data: 40 / 80 × 100.
    const own = full.values.find((v) => v.org_id === school.parent_id && v.indicator_code === 'I4');
    expect(own).toMatchObject({ level: 'municipality', outcome: 'ok', value: 50 });
  });

  it('refuses the region itself and an unknown organisation with a clear message', async () => {
    const ids = { frameworkId: region.frameworkId, periodId: region.periodId };
    await expect(computeResults(ctx(), { ...ids, orgId: 1 })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(computeResults(ctx(), { ...ids, orgId: 999_999 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
