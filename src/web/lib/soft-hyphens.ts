const VOWELS = 'аеёиоуыэюяaeiouy';
const NO_BREAK_BEFORE = 'ьъй';

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c.toLowerCase());
const hasVowel = (s: string): boolean => [...s].some((c) => isVowel(c));

/** Where a word may be split: between two consonants or before a consonant followed by a vowel. */
function breakable(word: string, i: number): boolean {
  const prev = word[i - 1];
  const cur = word[i];
  if (prev === undefined || cur === undefined || NO_BREAK_BEFORE.includes(cur.toLowerCase())) return false;
  const left = word.slice(0, i);
  const right = word.slice(i);
  if (left.length < 2 || right.length < 2 || !hasVowel(left) || !hasVowel(right)) return false;
  if (isVowel(cur)) return false;
  return isVowel(prev) ? isVowel(word[i + 1]) : true;
}

/**
 * Adds soft hyphens (U+00AD) to long words so that narrow table headers wrap between syllables
 * (browsers without Russian hyphenation dictionaries otherwise overflow or split anywhere).
 */
export function softHyphens(text: string, minLength = 8): string {
  return text.replace(/[А-Яа-яЁёA-Za-z]+/g, (word) => {
    if (word.length < minLength) return word;
    let result = '';
    for (let i = 0; i < word.length; i++) result += (i > 0 && breakable(word, i) ? '\u00ad' : '') + word[i];
    return result;
  });
}
