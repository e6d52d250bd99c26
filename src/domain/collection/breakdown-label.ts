import { SUBJECTS } from '../assessment/subjects.ts';
import { parseBreakdownKey } from '../catalogue/breakdown-key.ts';
import type { BreakdownCombo } from './breakdown-combos.ts';

/** Subjects as users read them (codes of the catalogues' breakdown filters). */
const SUBJECT_NAMES: Record<string, string> = {
  rus: 'русский язык',
  math: 'математика',
  math_base: 'математика (базовая)',
  math_prof: 'математика (профильная)',
  history: 'история',
  financial_literacy: 'финансовая грамотность',
  math_literacy: 'математическая грамотность',
  reading_literacy: 'читательская грамотность',
  science_literacy: 'естественнонаучная грамотность',
};

/**
 * The values of the `assessment` breakdown as users read them (catalogs/data-elements/common.yaml):
 * the stages of the All-Russian olympiad, the levels of contests, procedures.
 */
export const ASSESSMENT_NAMES: Readonly<Record<string, string>> = {
  school_stage: 'школьный этап',
  municipal_stage: 'муниципальный этап',
  regional_stage: 'региональный этап',
  final_stage: 'заключительный этап',
  school: 'школьный уровень',
  municipal: 'муниципальный уровень',
  regional: 'региональный уровень',
  federal: 'федеральный уровень',
  international: 'международный уровень',
  regional_pisa_model: 'региональная оценка по модели PISA',
};

/** Other breakdown dimensions by name, for a value without a name of its own. */
const DIMENSION_NAMES: Record<string, string> = { assessment: 'процедура', subject: 'предмет', grade: 'класс' };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const subjectName = (code: string) => SUBJECT_NAMES[code] ?? (SUBJECTS[code] ? lowerFirst(SUBJECTS[code]) : null);

/** A breakdown as users read it: «5 класс», «русский язык, 9 класс», «региональный этап». */
export function breakdownLabel(combo: BreakdownCombo): string {
  const parts: string[] = [];
  if (combo.subject) parts.push(subjectName(combo.subject) ?? `${DIMENSION_NAMES.subject}: ${combo.subject}`);
  if (combo.grade) parts.push(`${combo.grade} класс`);
  for (const [k, v] of Object.entries(combo)) {
    if (k === 'subject' || k === 'grade') continue;
    const named = k === 'assessment' ? ASSESSMENT_NAMES[v] : undefined;
    parts.push(named ?? `${DIMENSION_NAMES[k] ?? k}: ${v}`);
  }
  return parts.join(', ');
}

/** A field as messages name it: «Численность обучающихся» (5 класс). */
export function fieldName(name: string, breakdown: string): string {
  const label = breakdown ? breakdownLabel(parseBreakdownKey(breakdown)) : '';
  return `«${name}»${label ? ` (${label})` : ''}`;
}
