import type { OrgRef } from './assessment-kind.ts';

const norm = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„]/g, '"')
    .replace(/\s*"\s*/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** A normalised name for matching: case, «ё», quotes and spaces do not count. */
export const normaliseName = norm;

/** One key per organisation as the file names it: the rows that name it alike share one match. */
export function orgKey(org: OrgRef): string {
  if (org.code) return `code:${org.code.trim()}`;
  if (org.inn) return `inn:${org.inn.trim()}`;
  return `name:${norm(org.region)}|${norm(org.municipality)}|${norm(org.name)}`;
}
