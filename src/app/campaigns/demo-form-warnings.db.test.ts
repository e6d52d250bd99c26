import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { ENGINE_STATUSES } from '../../db/repositories/data-value-repository.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';
import { cellKey } from '../../domain/collection/campaign.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { loadDemo } from '../../demo/loader/load-demo.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { syncCatalogues } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { campaignPlan, type CampaignRecord, type Participant } from './campaign-record.ts';
import { checkForm, type FormContext } from './check-form.ts';
import { createCampaign } from './create-campaign.ts';
import { formContext } from './form-data.ts';

/** Warnings per school, as «warnings: schools» pairs in ascending order. */
const distribution = (counts: readonly number[]) => {
  const by = new Map<number, number>();
  for (const n of counts) by.set(n, (by.get(n) ?? 0) + 1);
  return [...by].sort(([a], [b]) => a - b);
};

/**
 * The issue's measurement: a school of the demo that types exactly last year's accepted values into
 * this year's form of its municipality's campaign gets at most 2 warnings. Every school of every
 * demo municipality, through the check the form and the upload use.
 */
describe('the checks of a form over the demo: last year’s values', () => {
  let handle: DatabaseHandle;
  const counts = { product: [] as number[], peersOnly: [] as number[], allOfTerritory: [] as number[] };
  const worst: { org: string; n: number; sample: string[] }[] = [];

  beforeAll(async () => {
    handle = await createTestDatabase();
    await syncCatalogues(handle.db, resolve('catalogs'));
    await loadDemo(handle.db, { lastYear: 2025 });
    const db = handle.db;
    const ctx: UseCaseContext = { db, actor: SYSTEM_ACTOR, requestId: null };
    const framework = await catalogueRepository.newestByCode(db, 'seed001-municipal');
    const period = await db.selectFrom('period').select('id').where('code', '=', '2025/2026').executeTakeFirstOrThrow();
    const municipalities = await db.selectFrom('org').select(['id', 'code']).where('kind', '=', 'municipality').orderBy('code').execute();
    // this year's values of every school, by municipality: what the check compared with before peer groups
    const thisYear = await db
      .selectFrom('data_value as v')
      .innerJoin('org as o', 'o.id', 'v.org_id')
      .select(['o.id', 'o.parent_id', 'v.data_element_code', 'v.breakdown', 'v.value'])
      .where('v.period_id', '=', period.id)
      .where('v.status', 'in', [...ENGINE_STATUSES])
      .where('o.type', '=', 'school')
      .execute();
    for (const m of municipalities) {
      const campaign: CampaignRecord = await createCampaign(ctx, {
        name: `Проверка ${m.code}`,
        frameworkId: framework?.id ?? 0,
        periodId: period.id,
        scopeOrgId: m.id,
        indicatorCodes: null,
        participants: { orgTypes: ['school'] },
        responsible: 'Методист (тест)',
      });
      const plan = await campaignPlan(db, campaign);
      const participants = await db
        .selectFrom('submission as s')
        .innerJoin('org as o', 'o.id', 's.org_id')
        .select(['o.id', 'o.code', 'o.name', 'o.type', 'o.path'])
        .where('s.campaign_id', '=', campaign.id)
        .orderBy('o.code')
        .execute();
      for (const row of participants) {
        const org: Participant = { ...row, type: row.type as OrgType };
        const cells = plan.cellsOf(org.type);
        const context = await formContext(db, campaign, org, cells);
        // exactly last year's accepted values; a field without one is left empty
        const raws = new Map(
          cells.flatMap((c) => {
            const v = context.previous.get(c.key);
            return v === undefined ? [] : [[c.key, { raw: String(v).replace('.', ',') }] as const];
          }),
        );
        const warnings = (c: FormContext) =>
          checkForm({ plan, cells, raws, context: c, complete: false }).issues.filter((i) => i.severity === 'warning');
        const product = warnings(context);
        counts.product.push(product.length);
        // the peer rule alone: as if last year's values were new (no previous period to excuse them)
        const peersOnly = warnings({ ...context, previous: new Map() });
        counts.peersOnly.push(peersOnly.length);
        worst.push({ org: org.code, n: peersOnly.length, sample: peersOnly.slice(0, 2).map((i) => i.message) });
        // before: every other school of the municipality, whatever its size
        const all = new Map<string, number[]>();
        for (const v of thisYear) {
          if (v.parent_id !== m.id || v.id === org.id) continue;
          const key = cellKey(v.data_element_code, v.breakdown);
          all.set(key, [...(all.get(key) ?? []), Number(v.value)]);
        }
        counts.allOfTerritory.push(warnings({ previous: new Map(), peers: all }).length);
      }
    }
  }, 600_000);
  afterAll(async () => {
    await handle.close();
  });

  it('gives no school more than 2 warnings', () => {
    console.info(
      `schools: ${counts.product.length}\n` +
        `warnings per school (warnings: schools), as the form checks: ${JSON.stringify(distribution(counts.product))}\n` +
        `the same peers without the previous-period rule: ${JSON.stringify(distribution(counts.peersOnly))}\n` +
        `before (every school of the municipality, no previous-period rule): ${JSON.stringify(distribution(counts.allOfTerritory))}\n` +
        `most warned by the peer rule alone: ${JSON.stringify([...worst].sort((a, b) => b.n - a.n).slice(0, 3), null, 1)}`,
    );
    expect(counts.product.length).toBeGreaterThan(100);
    expect(Math.max(...counts.product)).toBeLessThanOrEqual(2);
    // and the peer rule alone warns far less than comparing with every school of the municipality
    const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
    expect(sum(counts.peersOnly)).toBeLessThan(sum(counts.allOfTerritory) / 2);
  });
});
