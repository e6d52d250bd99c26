import { parseBreakdownKey } from '../catalogue/breakdown-key.ts';
import { subjectLabel } from '../assessment/subjects.ts';
import type { StoredValue } from './school-values.ts';

/** The procedures whose results the ШНОР rule reads (004 §1.1: «2» in ВПР, below the minimum in ОГЭ, ЕГЭ; НИКО alike). */
export const LOW_RESULT_PROCEDURES = ['vpr', 'oge', 'ege', 'niko'] as const;
export type LowResultProcedure = (typeof LOW_RESULT_PROCEDURES)[number];

export const PROCEDURE_LABELS: Record<LowResultProcedure, string> = { vpr: 'ВПР', oge: 'ОГЭ', ege: 'ЕГЭ', niko: 'НИКО' };

/** The data elements the assessment importer writes (src/domain/assessment/element-values.ts). */
export const PROCEDURE_ELEMENTS: Record<
  LowResultProcedure,
  { participants: string; low: string; confirmed: string; lowered: string; raised: string }
> = {
  vpr: {
    participants: 'vpr_participants',
    low: 'vpr_mark_2',
    confirmed: 'vpr_marks_confirmed',
    lowered: 'vpr_marks_lowered',
    raised: 'vpr_marks_raised',
  },
  oge: {
    participants: 'oge_participants',
    low: 'oge_below_min',
    confirmed: 'oge_marks_confirmed',
    lowered: 'oge_marks_lowered',
    raised: 'oge_marks_raised',
  },
  ege: {
    participants: 'ege_participants',
    low: 'ege_below_min',
    confirmed: 'ege_marks_confirmed',
    lowered: 'ege_marks_lowered',
    raised: 'ege_marks_raised',
  },
  niko: {
    participants: 'niko_participants',
    low: 'niko_below_min',
    confirmed: 'niko_marks_confirmed',
    lowered: 'niko_marks_lowered',
    raised: 'niko_marks_raised',
  },
};

/** Every element the page reads, for the query. */
export const ASSESSMENT_ELEMENTS: readonly string[] = Object.values(PROCEDURE_ELEMENTS).flatMap((e) => Object.values(e));

/** One result of a school: a procedure in one subject (and grade) with its participants and low results. */
export interface ProcedureResult {
  procedure: LowResultProcedure;
  subject: string | null;
  grade: string | null;
  /** «ВПР, математика, 5 класс». */
  label: string;
  participants: number;
  low: number;
}

/** Subject codes that some sources write differently from the canonical ones (НИКО: «history»). */
const SUBJECT_ALIASES: Record<string, string> = { history: 'hist' };

/** «ВПР, математика, 5 класс» from the procedure and the breakdown. */
export function resultLabel(procedure: LowResultProcedure, subject: string | null, grade: string | null): string {
  const parts: string[] = [PROCEDURE_LABELS[procedure]];
  if (subject) parts.push(subjectLabel(SUBJECT_ALIASES[subject] ?? subject).toLowerCase());
  if (grade) parts.push(`${grade} класс`);
  return parts.join(', ');
}

/**
 * The results of one school in one year: each breakdown (subject, grade) with participants and a stored
 * count of low results. A breakdown without the low count (e.g. ОГЭ results that could not be placed against
 * a threshold) is left out: it cannot be judged, and is not taken as zero.
 */
export function procedureResults(values: readonly StoredValue[]): ProcedureResult[] {
  const out: ProcedureResult[] = [];
  for (const procedure of LOW_RESULT_PROCEDURES) {
    const el = PROCEDURE_ELEMENTS[procedure];
    const low = new Map<string, number>();
    const participants: StoredValue[] = [];
    for (const v of values) {
      if (v.element === el.low) low.set(v.breakdown, (low.get(v.breakdown) ?? 0) + v.value);
      else if (v.element === el.participants) participants.push(v);
    }
    const found: ProcedureResult[] = [];
    for (const p of participants) {
      const l = low.get(p.breakdown);
      if (l === undefined || p.value <= 0) continue;
      const b = parseBreakdownKey(p.breakdown);
      const subject = b.subject ?? null;
      const grade = b.grade ?? null;
      found.push({ procedure, subject, grade, label: resultLabel(procedure, subject, grade), participants: p.value, low: l });
    }
    // in reading order: by subject, then by grade as a number (plain comparison: collation is slow and not needed for codes)
    found.sort((a, b) => {
      const x = a.subject ?? '';
      const y = b.subject ?? '';
      return x < y ? -1 : x > y ? 1 : Number(a.grade ?? 0) - Number(b.grade ?? 0);
    });
    out.push(...found);
  }
  return out;
}
