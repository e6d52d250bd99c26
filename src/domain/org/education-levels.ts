/**
 * The levels of general education an organisation teaches, as its register attribute `levels`
 * (org.attributes.levels = ['НОО', 'ООО', 'СОО']): filled by the register import, edited on the
 * organisation's page. Indicators may apply only to organisations teaching given levels
 * (catalogue property `levels`, e.g. seed 003: «…реализующих образовательные программы начального
 * общего, основного общего и среднего общего образования»).
 */
export const EDUCATION_LEVELS = ['НОО', 'ООО', 'СОО'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The register attribute that holds the levels. */
export const LEVELS_ATTRIBUTE = 'levels';

export const EDUCATION_LEVEL_NAMES: Record<EducationLevel, string> = {
  НОО: 'начальное общее',
  ООО: 'основное общее',
  СОО: 'среднее общее',
};

/** The levels in an organisation's attributes; null when the register does not say (absent or not a list). */
export function levelsOf(attributes: unknown): EducationLevel[] | null {
  if (typeof attributes !== 'object' || attributes === null) return null;
  const raw = (attributes as Record<string, unknown>)[LEVELS_ATTRIBUTE];
  if (!Array.isArray(raw)) return null;
  return EDUCATION_LEVELS.filter((l) => raw.includes(l));
}

/**
 * Whether an indicator that requires `required` levels applies to an organisation with `levels`:
 * every required level must be taught. No requirement → applies; unknown levels → does not apply
 * (the value cannot be known to be about the seed's organisations; the card says why).
 */
export function teachesLevels(required: readonly string[] | undefined, levels: readonly string[] | null | undefined): boolean {
  if (!required || required.length === 0) return true;
  if (!levels) return false;
  return required.every((l) => levels.includes(l));
}

/** Why an indicator does not apply to the organisation, in Russian. */
export function levelsReason(required: readonly string[], levels: readonly string[] | null | undefined): string {
  const names = required.map((l) => EDUCATION_LEVEL_NAMES[l as EducationLevel] ?? l).join(', ');
  if (!levels) return `не применяется: в реестре не указаны уровни образования организации (нужны: ${names})`;
  const lacking = required.filter((l) => !levels.includes(l)).map((l) => EDUCATION_LEVEL_NAMES[l as EducationLevel] ?? l);
  return `не применяется: организация не реализует программы уровней ${lacking.join(', ')} (показатель — только для реализующих ${names})`;
}
