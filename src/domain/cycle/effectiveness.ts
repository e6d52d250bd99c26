import type { Polarity } from '../catalogue/catalogue.ts';

/**
 * The analysis of effectiveness (seed 003 §10): for a measure or decision, the dynamics of each
 * indicator it aimed at in the organisations it targeted, against comparable organisations it
 * did not target, before and after it.
 *
 * Rule. «Before» is the last period that ended before the action started; «after» is the period
 * of the analysis. Each group's change is the mean, over its organisations that have values in
 * both periods, of (after − before): the same organisations on both sides, so a school that
 * joins or drops out does not move the mean. The effect is the targeted change minus the
 * untargeted change (a difference in differences), read with the indicator's polarity.
 */

export interface EffectPeriod {
  id: number;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface GroupSeries {
  /** Mean by period, in the order of the periods (null: no organisation of the group has a value). */
  means: (number | null)[];
  /** How many organisations of the group have a value, by period. */
  counts: number[];
  /** Mean of (after − before) over the group's organisations with both values; null without any. */
  change: number | null;
  /** Organisations with both values. */
  paired: number;
}

export type EffectVerdict =
  /** The targeted organisations improved, and more than the others. */
  | 'effective'
  /** They improved, but not more than the untargeted ones: the change cannot be put down to the action. */
  | 'as_others'
  /** They did not improve. */
  | 'not_effective'
  /** A context indicator: its dynamics are shown, not judged. */
  | 'context'
  /** No period before the action, the analysis period is not after it, or no values on both sides. */
  | 'no_data';

export const EFFECT_VERDICT_NAMES: Record<EffectVerdict, string> = {
  effective: 'Положительный эффект: у целевых организаций улучшение больше, чем у сопоставимых',
  as_others: 'Улучшение не больше, чем у сопоставимых организаций: эффект не подтверждён',
  not_effective: 'Улучшения у целевых организаций нет',
  context: 'Контекстный показатель: динамика без оценки',
  no_data: 'Недостаточно данных: нет значений до и после мероприятия',
};

export interface IndicatorEffect {
  code: string;
  targeted: GroupSeries;
  untargeted: GroupSeries;
  beforePeriodId: number | null;
  afterPeriodId: number;
  /** targeted.change − untargeted.change (untargeted taken as 0 when it has no pairs). */
  effect: number | null;
  verdict: EffectVerdict;
}

export interface EffectInput {
  /** Oldest → newest, the analysis period among them. */
  periods: EffectPeriod[];
  afterPeriodId: number;
  actionStartsOn: string;
  indicator: { code: string; polarity: Polarity };
  targeted: number[];
  untargeted: number[];
  valueAt: (orgId: number, code: string, periodId: number) => number | null;
}

const EPS = 1e-9;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function series(input: EffectInput, orgs: number[], before: number | null): GroupSeries {
  const { periods, indicator, valueAt, afterPeriodId } = input;
  const means: (number | null)[] = [];
  const counts: number[] = [];
  for (const p of periods) {
    const vs = orgs.map((o) => valueAt(o, indicator.code, p.id)).filter((v): v is number => v !== null);
    means.push(mean(vs));
    counts.push(vs.length);
  }
  if (before === null) return { means, counts, change: null, paired: 0 };
  const diffs: number[] = [];
  for (const o of orgs) {
    const a = valueAt(o, indicator.code, before);
    const b = valueAt(o, indicator.code, afterPeriodId);
    if (a !== null && b !== null) diffs.push(b - a);
  }
  return { means, counts, change: mean(diffs), paired: diffs.length };
}

/** The last period that ended before the action started, if the analysis period comes after it. */
export function beforePeriod(periods: EffectPeriod[], afterPeriodId: number, actionStartsOn: string): EffectPeriod | null {
  const after = periods.find((p) => p.id === afterPeriodId);
  if (!after || after.endsOn < actionStartsOn) return null;
  const earlier = periods.filter((p) => p.endsOn < actionStartsOn && p.startsOn < after.startsOn);
  return earlier.at(-1) ?? null;
}

export function indicatorEffect(input: EffectInput): IndicatorEffect {
  const before = beforePeriod(input.periods, input.afterPeriodId, input.actionStartsOn);
  const beforeId = before?.id ?? null;
  const targeted = series(input, input.targeted, beforeId);
  const untargeted = series(input, input.untargeted, beforeId);
  const base = { code: input.indicator.code, targeted, untargeted, beforePeriodId: beforeId, afterPeriodId: input.afterPeriodId };
  if (targeted.change === null) return { ...base, effect: null, verdict: 'no_data' };
  const effect = targeted.change - (untargeted.change ?? 0);
  if (input.indicator.polarity === 'context') return { ...base, effect, verdict: 'context' };
  const sign = input.indicator.polarity === 'lower_better' ? -1 : 1;
  const improved = sign * targeted.change > EPS;
  const verdict: EffectVerdict = !improved ? 'not_effective' : sign * effect > EPS ? 'effective' : 'as_others';
  return { ...base, effect, verdict };
}

/** An action's overall verdict: effective if any judged indicator is, not effective if all judged are not. */
export function actionVerdict(effects: readonly IndicatorEffect[]): EffectVerdict {
  const judged = effects.filter((e) => e.verdict !== 'context' && e.verdict !== 'no_data');
  if (judged.length === 0) return effects.some((e) => e.verdict === 'context') ? 'context' : 'no_data';
  if (judged.some((e) => e.verdict === 'effective')) return 'effective';
  if (judged.some((e) => e.verdict === 'as_others')) return 'as_others';
  return 'not_effective';
}
