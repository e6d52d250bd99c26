import type { ComputedResults, ResultsReadiness } from '../../api/results-readiness.ts';
import { formatDateTime } from './format-date.ts';

/** When results of a methodology were last computed, for the chosen period or another one. */
export interface LastComputed {
  text: string;
  /** Another period of the methodology that has results, to open instead. */
  other: ComputedResults | null;
}

/**
 * «Последний расчёт …» for a methodology and period with no rating shown: the time of the chosen
 * period's last recompute, else the newest period of the methodology that was computed, else that
 * it never was (times as dd.mm.yyyy HH:MM).
 */
export function lastComputed(
  readiness: Pick<ResultsReadiness, 'computed'>,
  catalogueId: number | null,
  periodId: number | null,
): LastComputed {
  const own = readiness.computed.filter((c) => c.catalogueId === catalogueId);
  const here = own.find((c) => c.periodId === periodId);
  if (here) return { text: `Последний расчёт за этот период: ${formatDateTime(here.computedAt)}.`, other: null };
  const other = own.find((c) => c.periodId !== periodId) ?? null;
  if (other) {
    return {
      text: `За этот период методика не рассчитывалась; последний расчёт по ней — за ${other.periodName}, ${formatDateTime(other.computedAt)}.`,
      other,
    };
  }
  return { text: 'По этой методике результаты ещё ни разу не рассчитывались.', other: null };
}

/** The first of the catalogues (in their order) that has computed results, else null. */
export function firstComputed(catalogueIds: readonly number[], readiness: Pick<ResultsReadiness, 'computed'>): number | null {
  const computed = new Set(readiness.computed.map((c) => c.catalogueId));
  return catalogueIds.find((id) => computed.has(id)) ?? null;
}
