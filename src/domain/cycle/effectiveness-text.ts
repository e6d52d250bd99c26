import { formatChange, formatPrinted } from '../export/format-ru.ts';
import type { ActionEffect, ActionIndicatorEffect, EffectivenessContent } from './effectiveness-content.ts';
import { EFFECT_VERDICT_NAMES } from './effectiveness.ts';
import { ACTION_KIND_NAMES, DECISION_KIND_NAMES } from './management.ts';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatPrinted(v, 2));
const signed = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatChange(v, 2));

/** «Мероприятие» or «Управленческое решение (стимулирующее), приказ № 12 от …». */
export function actionLabel(a: Pick<ActionEffect, 'kind' | 'decisionKind' | 'act'>): string {
  if (a.kind === 'measure') return ACTION_KIND_NAMES.measure;
  const kind = a.decisionKind ? ` (${DECISION_KIND_NAMES[a.decisionKind].toLowerCase()})` : '';
  return `${ACTION_KIND_NAMES.decision}${kind}${a.act ? `, ${a.act}` : ''}`;
}

/** One row of the dynamics table: before and after, targeted and comparable organisations. */
export function effectRow(i: ActionIndicatorEffect): string[] {
  const e = i.effect;
  const at = (id: number | null) => (id === null ? -1 : i.periods.findIndex((p) => p.id === id));
  const b = at(e.beforePeriodId);
  const a = at(e.afterPeriodId);
  const name = (k: number) => (k >= 0 ? (i.periods[k]?.name ?? '—') : '—');
  return [
    `${i.code} ${i.name}`,
    `${name(b)} → ${name(a)}`,
    `${num(b >= 0 ? e.targeted.means[b] : null)} → ${num(a >= 0 ? e.targeted.means[a] : null)} (${signed(e.targeted.change)})`,
    `${num(b >= 0 ? e.untargeted.means[b] : null)} → ${num(a >= 0 ? e.untargeted.means[a] : null)} (${signed(e.untargeted.change)})`,
    signed(e.effect),
    EFFECT_VERDICT_NAMES[e.verdict],
  ];
}

export const EFFECT_TABLE_HEADER = ['Показатель', 'Периоды', 'Целевые организации', 'Сопоставимые нецелевые', 'Эффект', 'Оценка'];

/** Drafts of a report's sections for an analysis of effectiveness (the operator rewrites them). */
export function effectivenessDrafts(e: EffectivenessContent): { goals: string; conclusions: string } {
  const n = e.actions.length;
  const effective = e.actions.filter((a) => a.verdict === 'effective').length;
  const own = e.actions.map((a) => e.conclusions[String(a.id)]).filter(Boolean);
  return {
    goals:
      `Цель анализа — оценить эффективность мероприятий и управленческих решений по направлению «${e.direction.name}»: ` +
      `как изменились показатели, на которые они были направлены, у целевых организаций по сравнению с сопоставимыми организациями, ` +
      `в которых меры не проводились (${e.period.name}), и определить проблемы, которые лягут в основу нового управленческого цикла.`,
    conclusions: [
      `Проанализировано мер и решений: ${n}; положительный эффект подтверждён по ${effective}.`,
      ...own,
      e.summary,
      e.problems.length ? `Проблемы, которые ложатся в основу нового управленческого цикла: ${e.problems.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
