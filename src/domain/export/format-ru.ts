/** A number in Russian notation (decimal comma, thin grouping), at most `digits` fraction digits. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('ru-RU', { maximumFractionDigits: digits });
}
