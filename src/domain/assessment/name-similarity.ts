import { normaliseName } from './org-key.ts';

// Words that say what kind of body it is, not which one: they do not count towards similarity.
const GENERIC = new Set([
  'мбоу',
  'мкоу',
  'маоу',
  'гбоу',
  'гоу',
  'моу',
  'мобу',
  'чоу',
  'ноу',
  'оу',
  'сош',
  'оош',
  'нош',
  'школа',
  'средняя',
  'основная',
  'общеобразовательная',
  'муниципальное',
  'бюджетное',
  'казенное',
  'автономное',
  'учреждение',
  'им',
  'имени',
  'с',
  'п',
  'г',
  'пгт',
  'село',
  'поселок',
  'город',
  'и',
  'в',
  'на',
]);

function words(name: string): string[] {
  return normaliseName(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !GENERIC.has(w));
}

/**
 * How alike two organisation names are, 0…1: the Dice coefficient of their distinctive words
 * (numbers included, so «СОШ № 8» and «СОШ № 9» differ); two names with no distinctive words
 * are compared whole.
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return normaliseName(a) === normaliseName(b) ? 1 : 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const numbersA = [...wa].filter((w) => /^\d+$/.test(w));
  const numbersB = [...wb].filter((w) => /^\d+$/.test(w));
  if (numbersA.length && numbersB.length && !numbersA.some((n) => wb.has(n))) return 0;
  return (2 * common) / (wa.size + wb.size);
}
