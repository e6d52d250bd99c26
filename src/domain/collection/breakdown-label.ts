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

/** A breakdown as users read it: «5 класс», «русский язык, 9 класс». */
export function breakdownLabel(combo: BreakdownCombo): string {
  const parts: string[] = [];
  if (combo.subject) parts.push(SUBJECT_NAMES[combo.subject] ?? combo.subject);
  if (combo.grade) parts.push(`${combo.grade} класс`);
  for (const [k, v] of Object.entries(combo)) if (k !== 'subject' && k !== 'grade') parts.push(`${k}: ${v}`);
  return parts.join(', ');
}

/** A field as messages name it: «Численность обучающихся» (5 класс). */
export function fieldName(name: string, breakdown: string): string {
  const label = breakdown ? breakdownLabel(parseBreakdownKey(breakdown)) : '';
  return `«${name}»${label ? ` (${label})` : ''}`;
}
