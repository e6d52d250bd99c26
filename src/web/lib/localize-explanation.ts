import { formatNumber } from './format-number.ts';

const NUMBER = /(?<![\w.])\d+\.\d+(?![\w.])/g;
const QUOTED_ID = /«(\d+)»/g;

/**
 * An engine explanation made readable: decimals with a comma rounded to 4 digits
 * (codes like D1.01 stay), and quoted object ids («12») replaced by the objects' names (which carry their own quotes).
 */
export function localizeExplanation(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(QUOTED_ID, (m, id: string) => names.get(id) ?? m).replace(NUMBER, (m) => formatNumber(Number(m), 4));
}
