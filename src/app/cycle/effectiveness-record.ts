import type { EffectivenessContent } from '../../domain/cycle/effectiveness-content.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { InputCheck } from '../personnel/personnel-input.ts';
import { generateReport } from '../reports/generate-report.ts';
import { managedTerritory, userIdOf } from './cycle-access.ts';
import { computeEffectiveness, type AnalysisSubject, type EffectivenessView } from './effectiveness-analysis.ts';

const TEXT_LIMIT = 20_000;
const PROBLEMS_LIMIT = 30;

export interface AnalysisInput extends AnalysisSubject {
  conclusions: Record<string, string>;
  summary: string;
  problems: string[];
  /** The saved analysis's version; absent for the first save. */
  version?: number;
}

/** Saves the operator's conclusions on each action, the summary and the problems the analysis ends with. */
export async function saveEffectiveness(ctx: UseCaseContext, input: AnalysisInput): Promise<EffectivenessView> {
  const territory = await managedTerritory(ctx, input.territoryId);
  const view = await computeEffectiveness(ctx, territory, input);
  const check = new InputCheck();
  const actionIds = new Set(view.actions.map((a) => String(a.id)));
  const conclusions: Record<string, string> = {};
  for (const [id, text] of Object.entries(input.conclusions)) {
    if (!actionIds.has(id)) {
      check.fail(`conclusions.${id}`, `Мероприятия или решения с id ${id} нет среди мер направления «${view.direction.name}».`);
      continue;
    }
    const t = text.trim();
    if (t.length > TEXT_LIMIT) check.fail(`conclusions.${id}`, `Вывод по мере ${id} длиннее ${TEXT_LIMIT} знаков.`);
    if (t) conclusions[id] = t;
  }
  const summary = input.summary.trim();
  if (summary.length > TEXT_LIMIT) check.fail('summary', `Общий вывод длиннее ${TEXT_LIMIT} знаков.`);
  const problems = input.problems.map((p) => p.trim()).filter(Boolean);
  if (problems.length > PROBLEMS_LIMIT) check.fail('problems', `Проблем больше ${PROBLEMS_LIMIT}: объедините близкие.`);
  problems.forEach((p, i) => p.length > 2000 && check.fail(`problems.${i}`, `Проблема ${i + 1} длиннее 2000 знаков.`));
  check.done();

  const existing = view.analysis;
  if (existing && input.version !== existing.version) {
    throw new AppError('version_conflict', 'Анализ изменили, пока вы его читали: обновите страницу и повторите.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await trx
        .updateTable('effectiveness_analysis')
        .set({
          conclusions: JSON.stringify(conclusions),
          summary,
          problems: JSON.stringify(problems),
          version: existing.version + 1,
          updated_by: userIdOf(ctx),
          updated_at: new Date(),
        })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('effectiveness_analysis')
        .values({
          scope_org_id: territory.id,
          framework_id: view.framework.id,
          direction_code: view.direction.code,
          period_id: view.period.id,
          conclusions: JSON.stringify(conclusions),
          summary,
          problems: JSON.stringify(problems),
          updated_by: userIdOf(ctx),
        })
        .execute();
    }
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'cycle.effectiveness.save',
        entity: 'org',
        entityId: territory.id,
        after: { direction: view.direction.code, periodId: view.period.id, conclusions, summary, problems },
      },
      ctx.requestId,
    );
  });
  return computeEffectiveness(ctx, territory, input);
}

async function savedAnalysis(ctx: UseCaseContext, id: number) {
  const row = await ctx.db.selectFrom('effectiveness_analysis').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Анализ эффективности с id ${id}`);
  const territory = await managedTerritory(ctx, row.scope_org_id);
  const subject = { territoryId: territory.id, frameworkId: row.framework_id, directionCode: row.direction_code, periodId: row.period_id };
  return { row, territory, subject, view: await computeEffectiveness(ctx, territory, subject) };
}

/**
 * Starts the next cycle (seed 003 §10): each problem the analysis ends with becomes a goal of the
 * direction for the cycle named. Goals already set from the same problem are not repeated.
 */
export async function startNextCycle(ctx: UseCaseContext, analysisId: number, input: { cycle: string }): Promise<EffectivenessView> {
  const { row, territory, subject } = await savedAnalysis(ctx, analysisId);
  const check = new InputCheck();
  const cycle = check.text('cycle', input.cycle, 'цикл, на который ставятся цели (например, «2026/2027 учебный год»)');
  if (cycle.length > 200) check.fail('cycle', 'Название цикла длиннее 200 знаков.');
  if (row.problems.length === 0) check.fail('problems', 'В анализе не названы проблемы: запишите их и сохраните анализ.');
  check.done();
  await ctx.db.transaction().execute(async (trx) => {
    const have = await trx.selectFrom('cycle_goal').select('text').where('analysis_id', '=', row.id).where('cycle', '=', cycle).execute();
    const fresh = row.problems.filter((p) => !have.some((h) => h.text === p));
    if (fresh.length === 0) throw new AppError('conflict', `Цели цикла «${cycle}» из этого анализа уже поставлены.`);
    await trx
      .insertInto('cycle_goal')
      .values(
        fresh.map((text) => ({
          scope_org_id: territory.id,
          framework_id: row.framework_id,
          direction_code: row.direction_code,
          cycle,
          text,
          analysis_id: row.id,
          created_by: userIdOf(ctx),
        })),
      )
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'cycle.goals.create', entity: 'effectiveness_analysis', entityId: row.id, after: { cycle, goals: fresh } },
      ctx.requestId,
    );
  });
  return computeEffectiveness(ctx, territory, subject);
}

/**
 * The analysis as an analytic report of the reports machinery: a direction report of the period
 * with the analysis frozen in it, to be reviewed by the working group, approved and exported.
 */
export async function effectivenessReport(ctx: UseCaseContext, analysisId: number): Promise<{ id: number }> {
  const { row, view } = await savedAnalysis(ctx, analysisId);
  const effectiveness: EffectivenessContent = {
    analysisId: row.id,
    direction: view.direction,
    period: view.period,
    actions: view.actions,
    conclusions: row.conclusions,
    summary: row.summary,
    problems: row.problems,
    rule: view.rule,
  };
  const report = await generateReport(
    ctx,
    {
      catalogueId: row.framework_id,
      periodId: row.period_id,
      scopeKind: 'direction',
      territoryId: row.scope_org_id,
      directionCode: row.direction_code,
      orgId: null,
    },
    {
      content: effectiveness,
      link: async (trx, reportId) => {
        await trx.updateTable('effectiveness_analysis').set({ report_id: reportId }).where('id', '=', row.id).execute();
      },
    },
  );
  return report;
}
