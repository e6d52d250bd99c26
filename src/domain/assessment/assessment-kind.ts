/** The assessment procedures whose results the system imports (issue #7). */
export const ASSESSMENT_KINDS = ['vpr', 'oge', 'ege', 'niko', 'fl', 'olympiad'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  vpr: 'ВПР',
  oge: 'ОГЭ',
  ege: 'ЕГЭ',
  niko: 'НИКО',
  fl: 'Функциональная грамотность',
  olympiad: 'Всероссийская олимпиада школьников',
};

export function isAssessmentKind(v: unknown): v is AssessmentKind {
  return typeof v === 'string' && (ASSESSMENT_KINDS as readonly string[]).includes(v);
}

/**
 * The counts an aggregate carries. Pupil-level rows are counted into the same measures, so both
 * layouts end in one shape: participants; marks «2»…«5»; below the minimum threshold; ЕГЭ bands
 * (≥ 70, ≥ 80, ≥ 90, = 100); the sum of scores (an average is sum / participants, so it rolls up
 * as Σ / Σ); the term mark confirmed, lowered or raised by the assessment (objectivity); success
 * (functional literacy: base level and above); olympiad winners and prize-winners.
 */
export const MEASURES = [
  'participants',
  'mark2',
  'mark3',
  'mark4',
  'mark5',
  'belowMin',
  /** Results whose place against the threshold cannot be told (no threshold for the subject and year). */
  'belowUnknown',
  'ge70',
  'ge80',
  'ge90',
  'score100',
  'scoreSum',
  'confirmed',
  'lowered',
  'raised',
  'success',
  'winners',
  'prizewinners',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Counts = Partial<Record<Measure, number>>;

/** Where a row came from: 1-based line of a CSV, or sheet and 1-based row of a workbook. */
export interface SourceRef {
  sheet?: string;
  line: number;
}

/** How a file names an organisation; matched to the register by code, ИНН, name or alias. */
export interface OrgRef {
  code?: string;
  inn?: string;
  /** ОГРН, when the file gives it (open-data registers join by it). */
  ogrn?: string;
  name?: string;
  /** The municipality (or its education authority) as the file names it, when it does. */
  municipality?: string;
  /** The region as the file names it, when it does. */
  region?: string;
}

/** One organisation's results in one subject (and grade, stage) of one assessment in one exam year. */
export interface AggregateResult {
  source: SourceRef;
  kind: AssessmentKind;
  /** The exam year: the spring of the school year (2024 → school year 2023/2024). */
  year: number;
  org: OrgRef;
  /** Canonical subject code (see subjects.ts), null where the procedure has none (olympiad totals). */
  subject: string | null;
  grade: string | null;
  /** The class the row is about («7А»), when the file counts by class: the classes of a grade add up. */
  className?: string | null;
  /** Olympiad stage or functional-literacy procedure. */
  stage: string | null;
  counts: Counts;
}

/** A total row the source itself carries (a municipality subtotal, the region's total): used as a check. */
export interface SourceTotal {
  source: SourceRef;
  kind: AssessmentKind;
  year: number;
  level: 'municipality' | 'region';
  /** The municipality or region as the row names it. */
  name: string;
  subject: string | null;
  counts: Counts;
}
