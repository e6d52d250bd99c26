import type { DataElement } from '../catalogue/catalogue.ts';

/** A breakdown combination of a data element: {grade: '5'}, {subject: 'rus', grade: '9'}; {} for none. */
export type BreakdownCombo = Record<string, string>;

export const GRADES_1_11 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(String);

/**
 * The combinations an unfiltered reference to an element stands for. The engine sums every row
 * of an element that matches a reference's filter, so an element must be stored either whole
 * ('' only) or split (never both): pupils by grade 1–11, assessment results by their usual
 * subjects and grades; elements whose split the catalogue does not pin down are stored whole.
 */
export function defaultCombos(e: Pick<DataElement, 'code' | 'breakdowns'>): BreakdownCombo[] {
  const has = (b: string) => (e.breakdowns as string[]).includes(b);
  if (e.breakdowns.length === 0) return [{}];
  if (/^ege_/.test(e.code) && has('subject')) return [{ subject: 'rus' }, { subject: 'math' }];
  if (/^oge_/.test(e.code) && has('subject')) return [{ subject: 'rus' }, { subject: 'math' }];
  if (/^vpr_/.test(e.code) && has('subject') && has('grade'))
    return ['4', '5', '6', '7', '8'].flatMap((grade) => [
      { grade, subject: 'rus' },
      { grade, subject: 'math' },
    ]);
  if (/^niko_/.test(e.code) && has('subject') && has('grade')) return [{ grade: '7', subject: 'history' }];
  if (e.code === 'pupils_total' && has('grade')) return GRADES_1_11.map((grade) => ({ grade }));
  return [{}];
}

/** Whether a stored combination is counted by a reference with this filter. */
export function matchesFilter(filter: Readonly<Record<string, string>>, combo: BreakdownCombo): boolean {
  return Object.entries(filter).every(([k, v]) => combo[k] === v);
}

/**
 * The combinations to collect for an element, given how the formulas reference it: the filters
 * used, and the defaults when it is also referenced unfiltered (plus any filter they do not cover).
 */
export function combosToCollect(
  e: Pick<DataElement, 'code' | 'breakdowns'>,
  use: { unfiltered: boolean; filters: Iterable<BreakdownCombo> },
): BreakdownCombo[] {
  const filters = [...use.filters];
  if (!use.unfiltered) return filters;
  const combos = defaultCombos(e);
  for (const extra of filters) if (!combos.some((c) => matchesFilter(extra, c))) combos.push(extra);
  return combos;
}
