export { formatNumber } from '../../domain/export/format-ru.ts';
import { formatNumber } from '../../domain/export/format-ru.ts';

/** A share 0..1 as whole percent: 0.756 → «76 %». */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100, 0)} %`;
}
