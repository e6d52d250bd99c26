import type { Polarity } from '../catalogue/catalogue.ts';
import type { ActionKind, DecisionKind, MeasureStatus } from './management.ts';
import type { EffectVerdict, IndicatorEffect } from './effectiveness.ts';

/** One indicator an action aimed at, read for effect (see effectiveness.ts for the rule). */
export interface ActionIndicatorEffect {
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  /** The periods of the indicator's kind, oldest → newest. */
  periods: { id: number; name: string }[];
  effect: IndicatorEffect;
}

/** A measure or decision with the dynamics of what it aimed at. */
export interface ActionEffect {
  id: number;
  kind: ActionKind;
  title: string;
  decisionKind: DecisionKind | null;
  act: string | null;
  startsOn: string;
  deadline: string;
  status: MeasureStatus;
  responsible: string;
  targeted: { id: number; name: string }[];
  /** Comparable organisations not targeted: of the same types, in the same territory. */
  comparableCount: number;
  indicators: ActionIndicatorEffect[];
  verdict: EffectVerdict;
}

/** The analysis as a report carries it: frozen with the report. */
export interface EffectivenessContent {
  analysisId: number;
  direction: { code: string; name: string };
  period: { id: number; name: string };
  actions: ActionEffect[];
  conclusions: Record<string, string>;
  summary: string;
  problems: string[];
  rule: string;
}

export const EFFECT_RULE =
  '«До» — последний период, закончившийся до начала мероприятия (решения); «после» — период анализа. ' +
  'Изменение группы — среднее по её организациям, у которых есть значения в обоих периодах, разностей «после − до». ' +
  'Эффект — изменение у целевых организаций минус изменение у сопоставимых нецелевых (того же типа, той же территории), ' +
  'прочитанный с учётом направленности показателя.';
