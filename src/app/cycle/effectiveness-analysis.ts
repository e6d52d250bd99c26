import type { Catalogue, Indicator } from '../../domain/catalogue/catalogue.ts';
import { EFFECT_RULE, type ActionEffect } from '../../domain/cycle/effectiveness-content.ts';
import { actionVerdict, indicatorEffect, type EffectPeriod } from '../../domain/cycle/effectiveness.ts';
import { isWithinScope } from '../../domain/org/org-path.ts';
import { RESULT_COMPUTERS_TEXT } from '../../domain/results/results-readiness.ts';
import { AppError, notFound } from '../app-error.ts';
import type { EffectivenessView, SavedAnalysis } from '../../api/cycle.ts';
import type { UseCaseContext } from '../context.ts';
import { actionsOf, type CycleActionView } from './cycle-actions.ts';
import { loadTerritory, type CycleTerritory } from './cycle-access.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export type { EffectivenessView, SavedAnalysis };

export interface AnalysisSubject {
  territoryId: number;
  frameworkId: number;
  directionCode: string;
  /** The period the effect is read in; by default the newest computed one of the direction's indicators. */
  periodId?: number;
}

const actLabel = (a: CycleActionView) =>
  a.kind === 'decision' && a.actNumber ? `${a.actKind ?? 'акт'} № ${a.actNumber}${a.actDate ? ` от ${a.actDate}` : ''}` : null;

/**
 * The analysis of effectiveness of a direction's measures and decisions in a territory: each
 * action's indicators, read for the organisations it targeted against comparable ones it did not
 * (same types, same territory), before and after it (rule in domain/cycle/effectiveness.ts).
 */
export async function effectivenessOf(ctx: UseCaseContext, s: AnalysisSubject): Promise<EffectivenessView> {
  const territory = await loadTerritory(ctx, s.territoryId);
  return computeEffectiveness(ctx, territory, s);
}

export async function computeEffectiveness(ctx: UseCaseContext, territory: CycleTerritory, s: AnalysisSubject): Promise<EffectivenessView> {
  const { db } = ctx;
  const framework = await catalogueRepository.findById(db, s.frameworkId);
  if (!framework || framework.kind !== 'indicators') throw notFound(`Методика показателей с id ${s.frameworkId}`);
  const catalogue = framework.content as Catalogue;
  const direction = catalogue.blocks.flatMap((b) => b.directions).find((d) => d.code === s.directionCode);
  if (!direction) {
    throw new AppError('validation_failed', `Направления «${s.directionCode}» нет в методике «${framework.name}».`, [
      { path: 'directionCode', message: 'Выберите направление методики.' },
    ]);
  }
  const indicatorByCode = new Map((catalogue.indicators ?? []).map((i) => [i.code, i]));
  const ofDirection = (catalogue.indicators ?? []).filter((i) => i.directions.includes(direction.code));
  const kinds = [...new Set(ofDirection.map((i) => i.periodKind))];

  const computed = kinds.length
    ? await db
        .selectFrom('period as p')
        .select(['p.id', 'p.name', 'p.kind', 'p.starts_on', 'p.ends_on'])
        .where('p.kind', 'in', kinds)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('compute_run as r')
              .select('r.id')
              .whereRef('r.period_id', '=', 'p.id')
              .where('r.framework_id', '=', framework.id),
          ),
        )
        .orderBy('p.starts_on')
        .execute()
    : [];
  const periodsOf = (kind: string): EffectPeriod[] =>
    computed.filter((p) => p.kind === kind).map((p) => ({ id: p.id, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on }));
  const period = s.periodId
    ? computed.find((p) => p.id === s.periodId)
    : computed.reduce<(typeof computed)[number] | undefined>((a, b) => (!a || b.ends_on >= a.ends_on ? b : a), undefined);
  if (s.periodId && !period) {
    throw new AppError(
      'validation_failed',
      'За этот период результаты показателей направления не рассчитаны: выберите рассчитанный период.',
      [{ path: 'periodId', message: 'Выберите период из списка.' }],
    );
  }
  if (!period) {
    throw new AppError(
      'results_not_computed',
      `Результаты по методике «${framework.name}» ещё не рассчитаны ни за один период: их рассчитывает ${RESULT_COMPUTERS_TEXT}.`,
    );
  }
  const after = period;
  /** The period of an indicator's kind the effect is read in: the analysis period, or the newest of the kind ending by it. */
  const afterOf = (kind: string) =>
    kind === after.kind
      ? after
      : periodsOf(kind)
          .filter((p) => p.endsOn <= after.ends_on)
          .at(-1);

  const actions = await actionsOf(ctx, territory, { frameworkId: framework.id, directionCode: direction.code });
  const orgs = await orgRepository.under(db, territory.path).select(['id', 'type', 'path']).where('kind', '=', 'organisation').execute();
  const typeOf = new Map(orgs.map((o) => [o.id, o.type]));
  const codes = [...new Set(actions.flatMap((a) => a.indicators.map((i) => i.code)))];
  const values = new Map<string, number>();
  if (codes.length && computed.length) {
    const rows = await db
      .selectFrom('indicator_result as r')
      .innerJoin('org as o', 'o.id', 'r.org_id')
      .select(['r.org_id', 'r.indicator_code', 'r.period_id', 'r.value'])
      .where('r.framework_id', '=', framework.id)
      .where('r.outcome', '=', 'ok')
      .where('r.level', '=', 'organisation')
      .where('r.indicator_code', 'in', codes)
      .where(
        'r.period_id',
        'in',
        computed.map((p) => p.id),
      )
      .where('o.path', 'like', `${territory.path}%`)
      .execute();
    for (const r of rows) if (r.value !== null) values.set(`${r.org_id}|${r.indicator_code}|${r.period_id}`, Number(r.value));
  }
  const valueAt = (org: number, code: string, periodId: number) => values.get(`${org}|${code}|${periodId}`) ?? null;

  const effects: ActionEffect[] = actions.map((a) => {
    const targeted = a.orgs.map((o) => o.id).filter((id) => typeOf.has(id));
    const types = new Set(targeted.map((id) => typeOf.get(id)));
    const untargeted = orgs
      .filter((o) => types.has(o.type) && !targeted.includes(o.id) && isWithinScope(o.path, territory.path))
      .map((o) => o.id);
    const indicators = a.indicators
      .map((i) => indicatorByCode.get(i.code))
      .filter((i): i is Indicator => i !== undefined)
      .map((i) => {
        const periods = periodsOf(i.periodKind);
        const afterPeriod = afterOf(i.periodKind);
        return {
          code: i.code,
          name: i.name,
          unit: i.unit,
          polarity: i.polarity,
          periods: periods.map((p) => ({ id: p.id, name: p.name })),
          effect: indicatorEffect({
            periods,
            afterPeriodId: afterPeriod?.id ?? -1,
            actionStartsOn: a.startsOn,
            indicator: { code: i.code, polarity: i.polarity },
            targeted,
            untargeted,
            valueAt,
          }),
        };
      });
    return {
      id: a.id,
      kind: a.kind,
      title: a.title,
      decisionKind: a.decisionKind,
      act: actLabel(a),
      startsOn: a.startsOn,
      deadline: a.deadline,
      status: a.status,
      responsible: a.responsible,
      targeted: a.orgs,
      comparableCount: untargeted.length,
      indicators,
      verdict: actionVerdict(indicators.map((i) => i.effect)),
    };
  });

  const saved = await db
    .selectFrom('effectiveness_analysis')
    .selectAll()
    .where('scope_org_id', '=', territory.id)
    .where('framework_id', '=', framework.id)
    .where('direction_code', '=', direction.code)
    .where('period_id', '=', after.id)
    .executeTakeFirst();
  const goals = await db
    .selectFrom('cycle_goal')
    .select(['id', 'cycle', 'text', 'created_at'])
    .where('scope_org_id', '=', territory.id)
    .where('framework_id', '=', framework.id)
    .where('direction_code', '=', direction.code)
    .orderBy('id')
    .execute();
  return {
    territory: { id: territory.id, name: territory.name },
    framework: { id: framework.id, name: framework.name },
    direction: { code: direction.code, name: direction.name },
    period: { id: after.id, name: after.name },
    periodOptions: computed.map((p) => ({ id: p.id, name: p.name })),
    actions: effects,
    rule: EFFECT_RULE,
    analysis: saved
      ? {
          id: saved.id,
          conclusions: saved.conclusions,
          summary: saved.summary,
          problems: saved.problems,
          reportId: saved.report_id,
          version: saved.version,
        }
      : null,
    goals: goals.map((g) => ({ id: g.id, cycle: g.cycle, text: g.text, createdAt: new Date(g.created_at).toISOString() })),
  };
}
