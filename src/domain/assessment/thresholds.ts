import type { AssessmentKind } from './assessment-kind.ts';

/** A minimum threshold: the lowest test score that passes, per procedure, subject and exam year. */
export interface Threshold {
  kind: AssessmentKind;
  subject: string;
  year: number;
  minScore: number;
}

/**
 * The ЕГЭ minimum scores Рособрнадзор set for 2022–2026 (for Russian language, the score that
 * the certificate requires; for the other subjects, the one admission requires). They are the
 * defaults the migration stores; the operator edits them as data when an order changes them.
 * Basic mathematics is marked 2–5: «2» is below the threshold, no score is needed.
 */
export const EGE_MIN_SCORES: Record<string, number> = {
  rus: 24,
  math_prof: 27,
  phys: 36,
  chem: 36,
  inf: 40,
  bio: 36,
  hist: 32,
  geo: 37,
  soc: 42,
  lit: 32,
  eng: 22,
  deu: 22,
  fra: 22,
  spa: 22,
  chi: 17,
  foreign: 22,
};

export function defaultThresholds(years: readonly number[]): Threshold[] {
  return years.flatMap((year) =>
    Object.entries(EGE_MIN_SCORES).map(([subject, minScore]) => ({ kind: 'ege' as const, subject, year, minScore })),
  );
}

/** Finds the threshold of a subject and year. */
export function thresholdOf(thresholds: readonly Threshold[], kind: AssessmentKind, subject: string, year: number): number | null {
  return thresholds.find((t) => t.kind === kind && t.subject === subject && t.year === year)?.minScore ?? null;
}

/**
 * Whether one result is below the minimum threshold: a mark «2» (ВПР, ОГЭ, НИКО, basic maths,
 * and any result given as a mark), or a ЕГЭ test score below its threshold. Null when it cannot be
 * told (a ЕГЭ score without a threshold for that subject and year).
 */
export function isBelowMinimum(
  kind: AssessmentKind,
  subject: string | null,
  result: { mark?: number | null; score?: number | null },
  minScore: number | null,
): boolean | null {
  if (result.mark !== undefined && result.mark !== null) return result.mark === 2;
  if (kind !== 'ege' || subject === 'math_base') return null;
  if (result.score === undefined || result.score === null || minScore === null) return null;
  return result.score < minScore;
}
