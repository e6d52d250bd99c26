/** A number in Russian notation (decimal comma, thin grouping), at most `digits` fraction digits. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('ru-RU', { maximumFractionDigits: digits });
}

/** The typographic minus (U+2212) a negative number is printed with in documents, as on the result card. */
export const MINUS = '\u2212';

/** A number for a document: Russian notation, a negative one with the minus sign «−0,01», not a hyphen. */
export function formatPrinted(value: number, digits = 2): string {
  return formatNumber(value, digits).replace('-', MINUS);
}

/** A change for a document: «+0,5» for a rise, «−0,01» for a fall, «0» for none. */
export function formatChange(value: number, digits = 2): string {
  const printed = formatPrinted(value, digits);
  return value > 0 && printed !== '0' ? `+${printed}` : printed.replace(/^−0$/, '0');
}
