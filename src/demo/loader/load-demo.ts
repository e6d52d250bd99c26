import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { demoValuePeriods } from '../generators/demo-values.ts';
import { SYSTEM_ACTOR } from '../../app/actor.ts';
import { AppError } from '../../app/app-error.ts';
import { writeAudit } from '../../app/audit.ts';
import { computeResults } from '../../app/results/compute-results.ts';
import { today } from '../../app/today.ts';
import { loadDemoCampaign } from './demo-campaign.ts';
import { loadDemoScoring } from './demo-scoring.ts';
import { loadDemoCycle } from './demo-cycle.ts';
import { loadDemoAssessments } from './demo-assessments.ts';
import { DEMO_STEPS } from './demo-steps.ts';
import { loadDemoZones } from './demo-zones.ts';
import type { DemoAccount, DemoState } from './demo-state.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

export const DEMO_SETTING_KEY = 'demo';

export interface DemoLoadResult {
  accounts: DemoAccount[];
  organisations: number;
}

/** True when the database holds nothing yet: no organisations and no users. */
export async function isEmptyDatabase(db: Kysely<Database>): Promise<boolean> {
  const org = await db.selectFrom('org').select('id').limit(1).executeTakeFirst();
  const user = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  return !org && !user;
}

export async function isDemoDatabase(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('system_setting').select('value').where('key', '=', DEMO_SETTING_KEY).executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo region in one transaction. Refuses on a database that holds any data:
 * demo rows must never mix with a municipality's real data.
 */
export async function loadDemo(
  db: Kysely<Database>,
  options: {
    seed?: number;
    lastYear?: number;
    /** The day the demo is loaded on: its running campaign opened two weeks before and is due two weeks after. */
    today?: Date;
    onProgress?: (step: string, index: number, total: number) => void;
  } = {},
): Promise<DemoLoadResult> {
  const now = options.today ?? new Date();
  const day = today(now);
  const state: DemoState = {
    seed: options.seed ?? 2026,
    lastYear: options.lastYear ?? now.getFullYear() - 1,
    orgIdByCode: new Map(),
    accounts: [],
  };
  await db.transaction().execute(async (trx) => {
    if (await isDemoDatabase(trx)) {
      throw new AppError(
        'demo_refused',
        'Демо-данные уже загружены в эту базу. Чтобы начать заново, укажите пустой каталог данных (SOKO_DATA_DIR).',
      );
    }
    if (!(await isEmptyDatabase(trx))) {
      throw new AppError(
        'demo_refused',
        'В базе уже есть рабочие данные: демо-данные загружаются только в пустую базу, чтобы не смешаться с ними. Укажите пустой каталог данных (SOKO_DATA_DIR) или другую базу.',
      );
    }
    for (const [i, step] of DEMO_STEPS.entries()) {
      options.onProgress?.(step.name, i + 1, DEMO_STEPS.length);
      await step.run(trx, state);
    }
    const marker = { seed: state.seed, loadedAt: new Date().toISOString(), synthetic: true };
    await trx
      .insertInto('system_setting')
      .values({ key: DEMO_SETTING_KEY, value: JSON.stringify(marker) })
      .execute();
    await writeAudit(trx, SYSTEM_ACTOR, {
      action: 'demo.load',
      entity: 'system',
      entityId: null,
      after: { ...marker, organisations: state.orgIdByCode.size, accounts: state.accounts.map((a) => a.login) },
    });
  });
  await loadDemoZones(db, state.lastYear);
  await loadDemoAssessments(db, state.lastYear, state.seed, (i, n) => options.onProgress?.('Результаты ЕГЭ', i, n));
  await computeDemoResults(db, state.lastYear, options.onProgress);
  await loadDemoCampaign(db, state.lastYear, day, () => options.onProgress?.('Кампания сбора данных', 1, 1));
  await loadDemoScoring(db, state.lastYear, state.seed, () => options.onProgress?.('Оценка механизмов управления', 1, 1));
  await loadDemoCycle(db, state.lastYear, day, () => options.onProgress?.('Рекомендации, дорожная карта и решения', 1, 1));
  return { accounts: state.accounts, organisations: state.orgIdByCode.size };
}

/** The catalogues whose results the demo computes: the municipal monitoring and the leaders' effectiveness. */
const DEMO_COMPUTED = ['seed001-municipal', 'seed003-leaders'];

/**
 * Computes the demo's results (the catalogues of DEMO_COMPUTED over the demo years), so the
 * ratings are there on first start. Each period is its own recompute, as an operator would run it.
 */
async function computeDemoResults(
  db: Kysely<Database>,
  lastYear: number,
  onProgress?: (step: string, index: number, total: number) => void,
) {
  const codes = demoValuePeriods(lastYear).map((p) => p.code);
  const periods = await db.selectFrom('period').select(['id', 'code']).where('code', 'in', codes).orderBy('starts_on').execute();
  for (const code of DEMO_COMPUTED) {
    const framework = await catalogueRepository.newestByCode(db, code);
    if (!framework) continue;
    for (const [i, period] of periods.entries()) {
      onProgress?.(`Расчёт результатов за ${period.code}: ${framework.name.slice(0, 40)}…`, i + 1, periods.length);
      await computeResults({ db, actor: SYSTEM_ACTOR, requestId: null }, { frameworkId: framework.id, periodId: period.id });
    }
  }
}
