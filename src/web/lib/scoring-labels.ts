import type { Role } from '../../domain/access/role.ts';
import { formatNumber } from './format-number.ts';

/** Lower-case names of the round kinds. */
export const ROUND_KIND_LABELS: Record<'expert' | 'self', string> = { expert: 'экспертная', self: 'самооценка' };

/** Roles that open rounds, assign scorers and record agreed scores (within their scope). */
export const ROUND_MANAGER_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'regional_operator', 'municipal_operator']);

/** Roles that see the scoring pages and the management cycle (the menu entries). */
export const SCORING_READER_ROLES: ReadonlySet<Role> = new Set<Role>([
  'admin',
  'regional_operator',
  'municipal_operator',
  'expert',
  'viewer',
]);

/** A percentage of the index: 68.754 → «68,75 %»; null → «—». */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumber(value)} %`;
}

/** Points: 11 → «11», 10.5 → «10,5»; null → «—». */
export function formatPoints(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatNumber(value);
}

/** «оценено 12 из 45». */
export function scoredLabel(scored: number, total: number): string {
  return `оценено ${scored} из ${total}`;
}

/** The size of a file: 1536 → «1,5 КБ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} КБ`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} МБ`;
}
