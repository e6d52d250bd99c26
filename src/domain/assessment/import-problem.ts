import type { SourceRef } from './assessment-kind.ts';

/**
 * A problem found in an imported file, where it is and what to do. `error`: the row (or the
 * measure) is left out unless fixed; `warning`: loaded, but the operator should look; `info`: a
 * note on what the importer did (a sheet it skipped, a measure the layout lacks).
 */
export interface ImportProblem {
  /** Stable code for the API: bad_mark, bad_score, duplicate, unknown_org, formula_error, total_mismatch, … */
  code: string;
  severity: 'error' | 'warning' | 'info';
  source: SourceRef;
  /** The column (header text or letter) the problem is in, when it is one cell. */
  column?: string;
  /** Russian: what is wrong and how to fix it. */
  message: string;
}

/** «лист 2023, строка 14» / «строка 14». */
export function whereLabel(source: SourceRef, column?: string): string {
  const at = source.sheet ? `лист «${source.sheet}», строка ${source.line}` : `строка ${source.line}`;
  return column ? `${at}, столбец «${column}»` : at;
}
