import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/helpers/factories.ts';
import { startCampaign, systemContext } from '../../test/helpers/campaign-fixtures.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import type { OrgRow } from '../db/schema.ts';
import { createCampaign } from './campaigns/create-campaign.ts';
import { closeOrg } from './org-life.ts';
import { computeResults } from './results/compute-results.ts';
import { explainValue } from './results/explain-value.ts';
import { createRound } from './scoring/create-round.ts';
import { territorySchools } from './schools-at-risk/risk-territory.ts';
import { ratingOf } from './results/rating-queries.ts';

// From an empty database: the test tree, the test catalogues, the period 2024/2025 (from 01.09.2024)
// and an earlier one, 2023/2024. A school closed from 01.09.2024 is in 2023/2024 and out of 2024/2025.
let t: TestApp;
let closed: OrgRow;
let earlier: number;
let later: number;
let frameworkId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.handle.db;
  closed = await buildOrg(db, t.tree.m1, { name: 'Закрытая школа' });
  later = (await db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id;
  earlier = (
    await db
      .insertInto('period')
      .values({ code: '2023/2024', kind: 'school_year', name: '2023/2024 учебный год', starts_on: '2023-09-01', ends_on: '2024-08-31' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  frameworkId = (await db.selectFrom('framework').select('id').where('code', '=', 'test-indicators').executeTakeFirstOrThrow()).id;
  const value = (orgId: number, periodId: number, code: string, v: number) => ({
    org_id: orgId,
    period_id: periodId,
    data_element_code: code,
    value: v,
    source: 'test',
    status: 'accepted' as const,
    entered_by: null,
  });
  await db
    .insertInto('data_value')
    .values(
      [earlier, later].flatMap((p) => [
        value(t.tree.s1.id, p, 't_winners', 10),
        value(t.tree.s1.id, p, 't_pupils', 100),
        value(closed.id, p, 't_winners', 30),
        value(closed.id, p, 't_pupils', 100),
      ]),
    )
    .execute();
  await closeOrg(systemContext(db), closed.id, { closedOn: '2024-09-01', reason: 'Реорганизация' });
});
afterAll(async () => {
  await t.close();
});

const resultsOf = (periodId: number) =>
  t.handle.db
    .selectFrom('indicator_result')
    .select(['org_id', 'level', 'value'])
    .where('framework_id', '=', frameworkId)
    .where('period_id', '=', periodId)
    .where('indicator_code', '=', 'D1.01')
    .execute();

const ratedIds = async (periodId: number) => {
  const row = await t.handle.db
    .selectFrom('rating_result')
    .select(['content', 'object_ids'])
    .where('framework_id', '=', frameworkId)
    .where('period_id', '=', periodId)
    .where('comparison_key', '=', `municipality:${t.tree.m1.id}:school`)
    .executeTakeFirstOrThrow();
  const rating = await ratingOf(t.handle.db, {
    frameworkId,
    periodId,
    key: `municipality:${t.tree.m1.id}:school`,
    content: row.content,
    objectIds: row.object_ids,
  });
  const ids = rating.objects.map((o) => o.id);
  // The ids stored beside the rating (what «the ratings an organisation takes part in» reads) are its objects.
  expect(row.object_ids).toEqual(ids);
  return ids;
};

describe('a closed organisation in the engine', () => {
  it('keeps its values and rating in the earlier period and leaves those of the period starting on the closing date', async () => {
    await computeResults(systemContext(t.handle.db), { frameworkId, periodId: earlier });
    await computeResults(systemContext(t.handle.db), { frameworkId, periodId: later });
    const before = await resultsOf(earlier);
    const after = await resultsOf(later);
    expect(before.find((r) => r.org_id === closed.id)?.value).toBe(30);
    expect(after.find((r) => r.org_id === closed.id)).toBeUndefined();
    // The municipality's roll-up: (10+30)/(100+100) = 20 % before, 10/100 = 10 % after.
    expect(before.find((r) => r.org_id === t.tree.m1.id)?.value).toBe(20);
    expect(after.find((r) => r.org_id === t.tree.m1.id)?.value).toBe(10);
    expect(await ratedIds(earlier)).toContain(closed.id);
    expect(await ratedIds(later)).not.toContain(closed.id);
    // The explanation of the municipality's value reads the same organisations as the recompute.
    const explained = await explainValue(systemContext(t.handle.db), frameworkId, later, t.tree.m1.id, 'D1.01');
    expect(explained).toMatchObject({ value: 10, stale: false });
    // Its data stay where they were.
    const kept = await t.handle.db.selectFrom('data_value').select('id').where('org_id', '=', closed.id).execute();
    expect(kept).toHaveLength(4);
  });
});

describe('a closed organisation in campaigns, scoring rounds and risk lists', () => {
  it('is not a participant of a campaign of the later period, and naming it is refused', async () => {
    const campaign = await startCampaign(t.handle.db, t.tree.m1.id);
    const participants = await t.handle.db.selectFrom('submission').select('org_id').where('campaign_id', '=', campaign.id).execute();
    expect(participants.map((p) => p.org_id)).toEqual([t.tree.s1.id]);
    await expect(
      createCampaign(systemContext(t.handle.db), {
        name: 'С закрытой',
        frameworkId,
        periodId: later,
        scopeOrgId: t.tree.m1.id,
        indicatorCodes: ['D1.01'],
        participants: { orgIds: [closed.id] },
        startsOn: '2025-01-09',
        deadline: '2025-01-31',
        responsible: 'Иванова Мария Петровна',
      }),
    ).rejects.toMatchObject({
      code: 'org_closed',
      message:
        '«Закрытая школа» закрыта с 01.09.2024: в период «2024/2025 учебный год» закрытые организации не опрашивают — уберите их из участников.',
    });
  });

  it('cannot be scored in a round of the later period', async () => {
    const expert = await buildUser(t.handle.db, 'expert', t.tree.m1.id);
    const mechanisms = await t.handle.db
      .selectFrom('framework')
      .select('id')
      .where('code', '=', 'test-mechanisms')
      .executeTakeFirstOrThrow();
    await expect(
      createRound(systemContext(t.handle.db), {
        name: 'Раунд',
        frameworkId: mechanisms.id,
        periodId: later,
        scopeOrgId: t.tree.m1.id,
        kind: 'expert',
        objects: [{ orgId: closed.id, scorerIds: [expert.id] }],
      }),
    ).rejects.toMatchObject({
      code: 'org_closed',
      message: '«Закрытая школа» закрыта с 01.09.2024: в период «2024/2025 учебный год» её не оценивают — уберите её из раунда.',
    });
  });

  it('is in the risk lists of the earlier school year only', async () => {
    const territory = { id: t.tree.m1.id, name: t.tree.m1.name, path: t.tree.m1.path };
    const period = (id: number, startsOn: string) => ({ id, code: '', name: '', year: Number(startsOn.slice(0, 4)), startsOn });
    const ids = async (p: ReturnType<typeof period>) =>
      (await territorySchools(systemContext(t.handle.db), territory, p)).map((s) => s.orgId);
    expect(await ids(period(earlier, '2023-09-01'))).toContain(closed.id);
    expect(await ids(period(later, '2024-09-01'))).not.toContain(closed.id);
  });
});
