import { LOW_RESULT_PROCEDURES, PROCEDURE_ELEMENTS, PROCEDURE_LABELS, type LowResultProcedure } from './assessment-results.ts';
import { percentText, totalOf, type StoredValue } from './school-values.ts';

export interface ObjectivityParams {
  /**
   * A big gap between assessment marks and term marks (an objectivity signal): the marks lowered plus
   * the marks raised make at least this share (%) of the results compared with a term mark.
   */
  objectivityGapPercent: number;
  /** The authority's minimum group (null: none, as in 004 §1.1): fewer compared results give no signal. */
  minParticipants: number | null;
}

/** The comparison of one procedure's marks with the term marks in one year of a school. */
export interface ObjectivitySignal {
  procedure: LowResultProcedure;
  confirmed: number | null;
  lowered: number | null;
  raised: number | null;
  /** Results compared with a term mark: the sum of the known counts. */
  compared: number;
  /** Shares in % of `compared`; null where the count is missing. */
  loweredShare: number | null;
  raisedShare: number | null;
  /** Lowered + raised (the known ones), in % of `compared`. */
  gapShare: number;
  /** True when gapShare ≥ the parameter and compared ≥ minParticipants. */
  flagged: boolean;
  /** Elements with no value (missing, not taken as zero: the gap counts only what is known). */
  missing: string[];
  sentence: string;
}

/**
 * The objectivity signals of one year: per procedure with marks compared to term marks (the importer
 * writes vpr_marks_confirmed/lowered/raised and the ОГЭ, ЕГЭ, НИКО equivalents), the shares confirmed,
 * lowered and raised, flagged when lowered + raised ≥ objectivityGapPercent of the compared results.
 * Exact in integers: (lowered + raised) × 100 ≥ gap × compared.
 */
export function objectivitySignals(values: readonly StoredValue[], params: ObjectivityParams): ObjectivitySignal[] {
  const out: ObjectivitySignal[] = [];
  for (const procedure of LOW_RESULT_PROCEDURES) {
    const el = PROCEDURE_ELEMENTS[procedure];
    const confirmed = totalOf(values, el.confirmed);
    const lowered = totalOf(values, el.lowered);
    const raised = totalOf(values, el.raised);
    if (confirmed === null && lowered === null && raised === null) continue;
    const compared = (confirmed ?? 0) + (lowered ?? 0) + (raised ?? 0);
    if (compared <= 0) continue;
    const missing = [
      [el.confirmed, confirmed],
      [el.lowered, lowered],
      [el.raised, raised],
    ]
      .filter(([, v]) => v === null)
      .map(([code]) => code as string);
    const gap = (lowered ?? 0) + (raised ?? 0);
    const gapShare = (gap * 100) / compared;
    const big = gap * 100 >= params.objectivityGapPercent * compared;
    const flagged = big && (params.minParticipants === null || compared >= params.minParticipants);
    const share = (n: number | null) => (n === null ? null : (n * 100) / compared);
    const part = (word: string, n: number | null) =>
      n === null ? `${word}: нет данных` : `${word} ${n} (${percentText((n * 100) / compared)})`;
    const head = `${PROCEDURE_LABELS[procedure]}: из ${compared} результатов с отметкой по журналу ${[
      part('подтвердили', confirmed),
      part('понизили', lowered),
      part('повысили', raised),
    ].join(', ')}`;
    const verdict = flagged
      ? `расхождение ${percentText(gapShare)} ≥ ${params.objectivityGapPercent} %: сигнал необъективности`
      : big
        ? `расхождение ${percentText(gapShare)} ≥ ${params.objectivityGapPercent} %, но сравнено меньше ${params.minParticipants ?? 0} (правило органа управления): не отмечается`
        : `расхождение ${percentText(gapShare)} < ${params.objectivityGapPercent} %`;
    out.push({
      procedure,
      confirmed,
      lowered,
      raised,
      compared,
      loweredShare: share(lowered),
      raisedShare: share(raised),
      gapShare,
      flagged,
      missing,
      sentence: `${head}; ${verdict}`,
    });
  }
  return out;
}
