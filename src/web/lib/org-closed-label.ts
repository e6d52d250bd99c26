import { formatDate } from './format-date.ts';

/** «закрыта с 01.09.2026» or «присоединена к «Школа № 2» с 01.09.2026»; null for a working organisation. */
export function orgClosedLabel(org: { closedOn: string | null; mergedInto: { name: string } | null }): string | null {
  if (org.closedOn === null) return null;
  if (org.mergedInto) return `присоединена к «${org.mergedInto.name}» с ${formatDate(org.closedOn)}`;
  return `закрыта с ${formatDate(org.closedOn)}`;
}
