const RULES = new Intl.PluralRules('ru');

/**
 * The Russian form of a word for a count: pluralRu(5, 'показатель', 'показателя', 'показателей') →
 * «показателей»; 1 and 21 take `one`, 2–4 and 22–24 `few`, 0, 5–20 and 25 `many`. A fraction
 * («1,5 балла») takes `few`, as Russian writes it.
 */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const form = RULES.select(count);
  if (form === 'one') return one;
  if (form === 'many') return many;
  return few;
}
