import { assessLowResult } from './low-results.ts';
import { assessStablyLow, STABLE_LOW_DEFAULTS, type StableLowParams } from './low-results-stable.ts';
import { procedureResults, PROCEDURE_LABELS, type ProcedureResult } from './assessment-results.ts';
import { objectivitySignals, type ObjectivityParams, type ObjectivitySignal } from './objectivity.ts';
import { percentText, type SchoolYearValues } from './school-values.ts';

/** The parameters of the ШНОР list: the engine's rules (low result, stably low) and the objectivity gap. */
export interface ShnorParams extends StableLowParams, ObjectivityParams {}

/**
 * Defaults: 30 % of the participants with no minimum group (004 §1.1), low in ≥ 2 of the last 3 years, a gap of
 * ≥ 30 % of marks. A minimum group is the authority's own rule (minParticipants), labelled so in the evidence.
 */
export const SHNOR_DEFAULTS: ShnorParams = { ...STABLE_LOW_DEFAULTS, objectivityGapPercent: 30 };

/** One result with the rule's verdict. */
export interface JudgedResult extends ProcedureResult {
  status: 'low' | 'not_low' | 'small_group';
  /** Share of low results, %. */
  share: number;
}

/** One year of a school on the ШНОР page. */
export interface ShnorYear {
  year: number;
  label: string;
  /** Results of the year (all of them: low, small groups and the rest). */
  results: JudgedResult[];
  /** Trend: Σ low / Σ participants over every result of the year, %; null without results. */
  lowShare: number | null;
  participants: number;
  low: number;
  lowResults: number;
  isLow: boolean;
  /**
   * Why the year is low, readable beside lowShare without the details: «низкий: ВПР, математика, 5 класс — 40 %»
   * (the flagged results, the first two and a count of the rest); null when the year is not low.
   */
  lowSummary: string | null;
  objectivity: ObjectivitySignal[];
}

export interface ShnorVerdict {
  /** Stably low: low in at least minLowYears of the last windowYears years. */
  stablyLow: boolean;
  lowYears: number[];
  /** Any year of the window with an objectivity signal. */
  objectivityFlag: boolean;
  /** No result of any procedure in the window. */
  noResults: boolean;
  years: ShnorYear[];
  /** Each flagged result as a sentence, each objectivity signal, and the rule's conclusion. */
  evidence: string[];
}

/** «2024/2025: ВПР, математика, 5 класс: «2» у 8 из 20 участников (40 %) ≥ 30 %». */
export function lowResultSentence(yearLabel: string, r: JudgedResult, params: Pick<ShnorParams, 'thresholdPercent'>): string {
  const what = r.procedure === 'vpr' ? '«2»' : 'ниже минимального порога';
  return `${yearLabel}: ${r.label}: ${what} у ${r.low} из ${r.participants} участников (${percentText(r.share)}) ≥ ${params.thresholdPercent} %`;
}

/** «ЕГЭ, химия: ниже минимального порога у 3 из 4 участников (75 %) ≥ 30 %, но участников меньше 5: не отмечается». */
function smallGroupSentence(yearLabel: string, r: JudgedResult, params: ShnorParams): string {
  return `${lowResultSentence(yearLabel, r, params)}, но участников меньше ${params.minParticipants ?? 0}: не отмечается`;
}

/** «низкий: ВПР, математика, 5 класс — 40 %; ЕГЭ, химия — 75 % и ещё 2». */
export function lowSummaryOf(flagged: readonly JudgedResult[]): string | null {
  if (flagged.length === 0) return null;
  const shown = flagged.slice(0, 2).map((r) => `${r.label} — ${percentText(r.share)}`);
  const rest = flagged.length - shown.length;
  return `низкий: ${shown.join('; ')}${rest > 0 ? ` и ещё ${rest}` : ''}`;
}

/**
 * ШНОР (004 §1.1): the window of years ending with `year` (school years by their start); each result judged by
 * assessLowResult, the school by assessStablyLow. Years without values count as not low and are shown as missing.
 */
export function assessShnor(history: readonly SchoolYearValues[], year: number, params: ShnorParams = SHNOR_DEFAULTS): ShnorVerdict {
  const years: ShnorYear[] = [];
  const evidence: string[] = [];
  if (params.minParticipants !== null)
    evidence.push(
      `Минимальная численность группы — правило органа управления, в методике его нет (004 §1.1): результаты групп меньше ${params.minParticipants} участников не отмечаются`,
    );
  for (let y = year - params.windowYears + 1; y <= year; y++) {
    const entry = history.find((h) => h.year === y);
    const label = entry?.label ?? `${y}/${y + 1}`;
    if (!entry) {
      years.push({
        year: y,
        label,
        results: [],
        lowShare: null,
        participants: 0,
        low: 0,
        lowResults: 0,
        isLow: false,
        lowSummary: null,
        objectivity: [],
      });
      evidence.push(`${label}: нет результатов оценочных процедур`);
      continue;
    }
    const results: JudgedResult[] = [];
    for (const r of procedureResults(entry.values)) {
      const v = assessLowResult(r, params);
      if (v.kind === 'ok') results.push({ ...r, status: v.value.status, share: v.value.share });
      else evidence.push(`${label}: ${v.reason}`);
    }
    const participants = results.reduce((s, r) => s + r.participants, 0);
    const low = results.reduce((s, r) => s + r.low, 0);
    const flagged = results.filter((r) => r.status === 'low');
    const objectivity = objectivitySignals(entry.values, params);
    if (results.length === 0) evidence.push(`${label}: нет результатов оценочных процедур`);
    for (const r of flagged) evidence.push(lowResultSentence(label, r, params));
    for (const r of results.filter((x) => x.status === 'small_group')) evidence.push(smallGroupSentence(label, r, params));
    for (const s of objectivity.filter((o) => o.flagged)) evidence.push(`${label}: ${s.sentence}`);
    years.push({
      year: y,
      label,
      results,
      lowShare: participants > 0 ? (low * 100) / participants : null,
      participants,
      low,
      lowResults: flagged.length,
      isLow: flagged.length > 0,
      lowSummary: lowSummaryOf(flagged),
      objectivity,
    });
  }
  const stable = assessStablyLow(
    years.map((y) => ({ year: y.year, results: y.results })),
    params,
  );
  const lowLabels = years.filter((y) => stable.lowYears.includes(y.year)).map((y) => y.label);
  evidence.push(
    `низкие результаты в ${stable.lowYears.length} из ${params.windowYears} последних лет${lowLabels.length ? ` (${lowLabels.join(', ')})` : ''}; ` +
      `для ШНОР нужно не менее ${params.minLowYears}`,
  );
  return {
    stablyLow: stable.stablyLow,
    lowYears: stable.lowYears,
    objectivityFlag: years.some((y) => y.objectivity.some((o) => o.flagged)),
    noResults: years.every((y) => y.results.length === 0),
    years,
    evidence,
  };
}

/** «ВПР, ОГЭ» — the procedures with low results in the window, for a short column. */
export function lowProcedures(v: ShnorVerdict): string[] {
  const set = new Set(v.years.flatMap((y) => y.results.filter((r) => r.status === 'low').map((r) => r.procedure)));
  return (Object.keys(PROCEDURE_LABELS) as (keyof typeof PROCEDURE_LABELS)[]).filter((p) => set.has(p)).map((p) => PROCEDURE_LABELS[p]);
}
