import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../actor.ts';
import { syncCatalogues } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { buildOrgTree, type OrgTree } from '../../../test/helpers/factories.ts';
import { TEST_CATALOG_DIR } from '../../../test/helpers/test-app.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { computeResults } from './compute-results.ts';
import { orgCard } from './org-card.ts';

let handle: DatabaseHandle;
let tree: OrgTree;
let ctx: UseCaseContext;
let catalogueId: number;
let mechanismsId: number;

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  tree = await buildOrgTree(db);
  await syncCatalogues(db, TEST_CATALOG_DIR);
  ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
  const framework = (code: string) => db.selectFrom('framework').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  catalogueId = (await framework('test-indicators')).id;
  mechanismsId = (await framework('test-mechanisms')).id;
  const period = await db
    .insertInto('period')
    .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025 учебный год', starts_on: '2024-09-01', ends_on: '2025-08-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [orgId, winners, pupils] of [
    [tree.s1.id, 3, 30],
    [tree.s2.id, 6, 20],
  ] as const) {
    for (const [elementCode, value] of [
      ['t_winners', winners],
      ['t_pupils', pupils],
    ] as const) {
      await dataValueRepository.upsert(db, {
        orgId,
        periodId: period.id,
        elementCode,
        breakdown: {},
        value,
        source: 'тест',
        status: 'accepted',
        enteredBy: null,
      });
    }
  }
  await computeResults(ctx, { frameworkId: catalogueId, periodId: period.id });
});
afterAll(async () => {
  await handle.close();
});

describe('orgCard', () => {
  it('gives the region its own values, with nothing above it to compare with and no rating', async () => {
    const card = await orgCard(ctx, { catalogueId, orgId: tree.region.id });
    expect(card.municipality).toBeNull();
    expect(card.region).toBeNull();
    expect(card.periods).toHaveLength(1);
    expect(card.periods[0]?.comparison).toBeNull();
    expect(card.periods[0]?.values).toEqual([
      { code: 'D1.01', value: { kind: 'ok', value: 18 }, municipality: null, region: null, score: null, place: null },
    ]);
  });

  it('lists a kindergarten’s indicators by type and no periods where it has no results', async () => {
    const card = await orgCard(ctx, { catalogueId, orgId: tree.k1.id });
    expect(card.indicators.map((i) => i.code)).toEqual(['D2.01']);
    // D2.01 is a calendar-year indicator: the school year computed gives the kindergarten nothing.
    expect(card.periods).toEqual([]);
  });

  it('refuses a catalogue of management mechanisms and an unknown catalogue', async () => {
    await expect(orgCard(ctx, { catalogueId: mechanismsId, orgId: tree.s1.id })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(orgCard(ctx, { catalogueId: 999_999, orgId: tree.s1.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
