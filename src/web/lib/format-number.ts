/** A number in Russian notation (decimal comma, thin grouping), at most `digits` fraction digits. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('ru-RU', { maximumFractionDigits: digits });
}

/** A share 0..1 as whole percent: 0.756 → «76 %». */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100, 0)} %`;
}
