import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { computeIndicatorValues, type OrgRow } from '../../domain/indicator-values/indicator-values.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { syncCatalogues } from '../../app/catalogues/sync-catalogues.ts';
import { effectivenessOf } from '../../app/cycle/effectiveness-analysis.ts';
import { listCampaigns, getCampaign } from '../../app/campaigns/campaign-queries.ts';
import { getComparison, listComparisons } from '../../app/results/rating-queries.ts';
import { addDays, today } from '../../app/today.ts';
import { demoActor } from './demo-actor.ts';
import { DEMO_CAMPAIGN_HALF_SPAN_DAYS } from './demo-campaign.ts';
import { loadDemo } from './load-demo.ts';

/** The day the demo is loaded on, pinned: its campaign's dates follow it. */
const DEMO_TODAY = new Date(2026, 2, 10);

let handle: DatabaseHandle;
let loadMs = 0;
beforeAll(async () => {
  handle = await createTestDatabase();
  await syncCatalogues(handle.db, resolve('catalogs'));
  const started = performance.now();
  const marks: [string, number][] = [];
  await loadDemo(handle.db, { lastYear: 2025, today: DEMO_TODAY, onProgress: (step) => marks.push([step, performance.now()]) });
  const ends = [...marks.slice(1).map(([, t]) => t), performance.now()];
  console.info(marks.map(([step, t], i) => `${step}: ${Math.round((ends[i] ?? t) - t)} ms`).join('; '));
  loadMs = performance.now() - started;
}, 300_000);
afterAll(async () => {
  await handle.close();
});

describe('demo values', () => {
  it('stores demo values for the Промышленновский schools', async () => {
    const total = await handle.db
      .selectFrom('data_value')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const statuses = await handle.db.selectFrom('data_value').select(['status', 'source']).distinct().execute();
    // Demo values, the accepted values the demo register of leaders and reserve yields, and the
    // demo's three ЕГЭ files loaded through the importer.
    const imported = statuses.filter((s) => s.source.startsWith('assessment:'));
    expect(imported).toHaveLength(3);
    expect(imported.every((s) => s.status === 'accepted')).toBe(true);
    expect(statuses.filter((s) => !s.source.startsWith('assessment:')).sort((a, b) => a.source.localeCompare(b.source))).toEqual([
      { status: 'accepted', source: 'register' },
      { status: 'demo', source: 'демо-данные' },
    ]);
    const schools = await handle.db
      .selectFrom('data_value')
      .innerJoin('org', 'org.id', 'data_value.org_id')
      .select((eb) => eb.fn.count<number>('org.id').distinct().as('n'))
      .where('org.code', 'like', '99-01-%')
      .where('org.type', '=', 'school')
      .executeTakeFirstOrThrow();
    expect(Number(schools.n)).toBe(15);
    console.info(`loadDemo: ${Math.round(loadMs)} ms, data_value rows: ${total.n}`);
    expect(Number(total.n)).toBeGreaterThan(10_000);
  });

  it('lets the engine compute most seed001 indicators for the municipality 99-01', async () => {
    const fw = await handle.db
      .selectFrom('framework')
      .select('content')
      .where('code', '=', 'seed001-municipal')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    const catalogue = (typeof fw.content === 'string' ? JSON.parse(fw.content) : fw.content) as Catalogue;
    const indicators = catalogue.indicators ?? [];
    const orgRows = await handle.db.selectFrom('org').select(['id', 'parent_id', 'kind', 'type', 'code']).execute();
    const region = orgRows.find((o) => o.kind === 'region');
    const municipality = orgRows.find((o) => o.code === '99-01');
    if (!region || !municipality) throw new Error('demo region not loaded');
    const orgs: OrgRow[] = orgRows
      .filter((o) => o.kind === 'organisation' && o.type !== null)
      .map((o) => ({ id: o.id, municipalityId: o.parent_id ?? 0, type: o.type as OrgType }));
    let ok = 0;
    const notOk: string[] = [];
    for (const [kind, code] of [
      ['school_year', '2025/2026'],
      ['calendar_year', '2025'],
    ] as const) {
      const ofKind = indicators.filter((i) => i.periodKind === kind);
      const period = await handle.db.selectFrom('period').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      const elements = new Set<string>();
      for (const i of ofKind) {
        const parsed = parseFormula(i.formula);
        if (parsed.ok) formulaReferences(parsed.node).elements.forEach((e) => elements.add(e));
      }
      const values = await dataValueRepository.forEngine(handle.db, period.id, [...elements]);
      const results = computeIndicatorValues({ indicators: ofKind, values, orgs, regionId: region.id });
      for (const r of results.filter((x) => x.level === 'municipality' && x.objectId === municipality.id)) {
        if (r.outcome.kind === 'ok') ok++;
        else notOk.push(`${r.indicatorCode}: ${r.outcome.reason}`);
      }
    }
    const share = ok / indicators.length;
    console.info(`99-01: ${ok} of ${indicators.length} seed001 indicators ok (${(share * 100).toFixed(1)}%); not ok:\n${notOk.join('\n')}`);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps leaders for every organisation and a reserve at every stage, from which the seed-003 indicators are computed', async () => {
    const { db } = handle;
    const district = await db.selectFrom('org').select('id').where('code', '=', '99-01').executeTakeFirstOrThrow();
    const orgs = await db.selectFrom('org').select('id').where('parent_id', '=', district.id).execute();
    const heads = await db
      .selectFrom('leader as l')
      .innerJoin('org as o', 'o.id', 'l.org_id')
      .select(['o.code', 'l.left_on'])
      .where('o.parent_id', '=', district.id)
      .where('l.post_kind', '=', 'head')
      .execute();
    // Every organisation had a head; one left and was replaced from the reserve, one post is vacant now.
    expect(new Set(heads.map((h) => h.code)).size).toBe(orgs.length);
    expect(
      heads
        .filter((h) => h.left_on !== null)
        .map((h) => h.code)
        .sort(),
    ).toEqual(['99-01-002', '99-01-016']);
    const stages = await db
      .selectFrom('reserve_candidate')
      .select('status')
      .distinct()
      .where('municipality_id', '=', district.id)
      .execute();
    expect(stages.map((s) => s.status).sort()).toEqual(['appointed', 'enrolled', 'excluded', 'nominated']);
    const framework = await db
      .selectFrom('framework')
      .select('id')
      .where('code', '=', 'seed003-leaders')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    const period = await db.selectFrom('period').select('id').where('code', '=', '2025').executeTakeFirstOrThrow();
    // The district's result of one indicator of the leaders' catalogue in a period.
    const result = (periodId: number, code: string) =>
      db
        .selectFrom('indicator_result')
        .select(['outcome', 'value'])
        .where('framework_id', '=', framework.id)
        .where('period_id', '=', periodId)
        .where('org_id', '=', district.id)
        .where('indicator_code', '=', code)
        .executeTakeFirstOrThrow();
    const value = (code: string) => result(period.id, code);
    // Six candidates had their diagnostics in 2025 (two nominated, one failed), one was appointed, one plan is 100 % done.
    expect(await value('D4.04')).toMatchObject({ outcome: 'ok' });
    expect(Number((await value('D4.07')).value)).toBe(1);
    expect(Number((await value('D4.09')).value)).toBeGreaterThanOrEqual(1);
    const schoolYear = await db.selectFrom('period').select('id').where('code', '=', '2025/2026').executeTakeFirstOrThrow();
    const d105 = await result(schoolYear.id, 'D1.05');
    expect(d105.outcome).toBe('ok');
    expect(Number(d105.value)).toBeGreaterThan(0);
    expect(Number(d105.value)).toBeLessThan(100);
    // D2.03 reads ЕГЭ by mathematics level: the demo's imported ЕГЭ files bring it.
    const d203 = await result(schoolYear.id, 'D2.03');
    expect(d203.outcome).toBe('ok');
    const levels = await db
      .selectFrom('data_value')
      .select('breakdown')
      .distinct()
      .where('data_element_code', '=', 'ege_below_min')
      .where('period_id', '=', schoolYear.id)
      .where('source', 'like', 'assessment:%')
      .execute();
    expect(levels.map((l) => l.breakdown)).toEqual(expect.arrayContaining(['subject=math_base', 'subject=math_prof', 'subject=rus']));
    expect(levels.map((l) => l.breakdown)).not.toContain('subject=math');
    const ratings = await db
      .selectFrom('rating_result')
      .select('comparison_key')
      .where('framework_id', '=', framework.id)
      .where('scope_org_id', '=', district.id)
      .execute();
    expect(ratings.length).toBeGreaterThan(0);
  });
});

describe('the demo district’s management cycle', () => {
  it('holds an approved report on schools with low results, recommendations from it, a measure done and its decision', async () => {
    const { db } = handle;
    const report = await db.selectFrom('report').select(['id', 'status', 'direction_code']).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ status: 'approved', direction_code: 'D2' });
    const recs = await db.selectFrom('recommendation').select(['status', 'report_id', 'org_id']).execute();
    expect(recs.length).toBeGreaterThanOrEqual(1);
    expect(recs.every((r) => r.report_id === report.id)).toBe(true);
    expect(recs.map((r) => r.status)).toContain('reported');
    const actions = await db.selectFrom('cycle_action').select(['kind', 'status', 'decision_kind']).orderBy('id').execute();
    expect(actions).toEqual([
      { kind: 'measure', status: 'done', decision_kind: null },
      { kind: 'decision', status: 'planned', decision_kind: 'organising' },
    ]);
  });

  it('gives the measure an effect to read: the targeted schools against the district’s other schools, 2024/2025 → 2025/2026', async () => {
    const actor = await demoActor(handle.db, 'demo.municipal');
    const framework = await handle.db
      .selectFrom('framework')
      .select('id')
      .where('code', '=', 'seed001-municipal')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    const view = await effectivenessOf(
      { db: handle.db, actor: actor!, requestId: null },
      { territoryId: actor!.scopeOrgId!, frameworkId: framework.id, directionCode: 'D2' },
    );
    expect(view.period.name).toMatch(/2025\/2026/);
    const measure = view.actions.find((a) => a.kind === 'measure')!;
    expect(measure.comparableCount).toBeGreaterThan(5);
    const d201 = measure.indicators.find((i) => i.code === 'D2.01.vpr')!;
    expect(d201.effect.targeted.paired).toBeGreaterThan(0);
    expect(d201.effect.untargeted.paired).toBeGreaterThan(0);
    expect(d201.effect.verdict).not.toBe('no_data');
  });

  it('scores the demo round of mechanisms on the newest FIOKO methodology, whose positions carry up to 3 points', async () => {
    const rounds = await handle.db
      .selectFrom('scoring_round as r')
      .innerJoin('framework as f', 'f.id', 'r.framework_id')
      .select(['r.id', 'f.code', 'f.version'])
      .orderBy('r.id')
      .execute();
    expect(rounds.map((r) => [r.code, r.version])).toEqual([
      ['fioko-mechanisms', 2],
      ['fioko-mechanisms', 2],
    ]);
    const points = await handle.db.selectFrom('expert_score').select('points').distinct().orderBy('points').execute();
    expect(points.map((p) => p.points)).toEqual([0, 1, 2, 3]);
  });
});

describe('the demo lives in the day it is loaded on', () => {
  it('runs its campaign now, due in two weeks, with forms submitted and exactly one returned, none overdue', async () => {
    const actor = await demoActor(handle.db, 'demo.municipal');
    const ctx = { db: handle.db, actor: actor!, requestId: null };
    const day = today(DEMO_TODAY);
    const [campaign, ...others] = await listCampaigns(ctx, day);
    expect(others).toEqual([]);
    expect(campaign!.startsOn <= day && day <= campaign!.deadline).toBe(true);
    expect(campaign!.deadline).toBe(addDays(day, DEMO_CAMPAIGN_HALF_SPAN_DAYS));
    expect(campaign!.deadline).toBe('2026-03-24');
    const detail = await getCampaign(ctx, campaign!.id, day);
    expect(detail.counts.submitted).toBeGreaterThanOrEqual(1);
    expect(detail.counts.returned).toBe(1);
    expect(detail.counts.overdue).toBe(0);
    expect(detail.rows.filter((r) => r.overdue)).toEqual([]);
  });

  it('opens its default rating (the newest school year, the first comparison) with every zone holding someone', async () => {
    const actor = await demoActor(handle.db, 'demo.municipal');
    const ctx = { db: handle.db, actor: actor!, requestId: null };
    const framework = await handle.db
      .selectFrom('framework')
      .select(['id', 'version'])
      .where('code', '=', 'seed001-municipal')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    const period = await handle.db
      .selectFrom('period')
      .select('id')
      .where('kind', '=', 'school_year')
      .orderBy('starts_on', 'desc')
      .executeTakeFirstOrThrow();
    const [first] = await listComparisons(ctx, framework.id, period.id);
    const { content } = await getComparison(ctx, framework.id, period.id, first!.key);
    expect(content.zoneYear).toBe(2026);
    const zones = Object.values(content.rating.summary).map((cell) => (cell.zone?.kind === 'ok' ? cell.zone.value.zone : null));
    expect(zones.every((z) => z !== null)).toBe(true);
    for (const zone of ['green', 'yellow', 'red'] as const) expect(zones.filter((z) => z === zone).length, zone).toBeGreaterThan(0);
  });
});
