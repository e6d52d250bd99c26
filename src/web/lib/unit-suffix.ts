import { UNIT_LABELS } from '../../domain/catalogue/catalogue-labels.ts';

/** The short unit shown after a value: «%», «чел.»…; nothing for flags (0/1) and unknown units. */
export function unitSuffix(unit: string): string {
  if (unit === 'flag') return '';
  return (UNIT_LABELS as Record<string, string>)[unit] ?? '';
}
