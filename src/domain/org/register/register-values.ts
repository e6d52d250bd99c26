import { parseEnteredNumber } from '../../collection/parse-entered-number.ts';

/** Settlement of an organisation as registers write it: «город»/«село», «городская»/«сельская». */
export function parseSettlement(text: string): 'urban' | 'rural' | null {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е');
  if (t === '') return null;
  if (/^(urban|город|городская|городск[а-я]*|г|городская местность)$/.test(t)) return 'urban';
  if (/^(rural|село|сельская|сельск[а-я]*|с|сельская местность|деревня)$/.test(t)) return 'rural';
  return null;
}

/** Ownership: «Государственное»/«Муниципальное» are state, «Негосударственное»/«Частное» are not. */
export function parseOwnership(text: string): 'state' | 'non_state' | null {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е');
  if (t === '') return null;
  if (/^(non_state|негосударствен|частн|некоммерч|ано|ноу|чоу)/.test(t)) return 'non_state';
  if (/^(state|государствен|муниципальн|бюджетн|автономн|казенн)/.test(t)) return 'state';
  return null;
}

export const SETTLEMENT_NAMES = { urban: 'городская', rural: 'сельская' } as const;
export const OWNERSHIP_NAMES = { state: 'государственная', non_state: 'негосударственная' } as const;

/** A number written with a decimal comma or point («37,205531», «1 234»); null when it is not one. */
export function parseDecimal(text: string): number | null {
  const read = parseEnteredNumber(text);
  return read.kind === 'number' ? read.value : null;
}

/** Digits of a code written with spaces, or as a number Excel showed in its own way. */
export function codeDigits(text: string): string {
  return text.replace(/[\s\u00a0-]/g, '');
}

/** A date «dd.mm.yyyy» or «yyyy-mm-dd» as «yyyy-mm-dd»; null when it is neither. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  return null;
}
