import type { CatalogueSummary } from '../api/types.ts';

/** A methodology as a user names it: its title and version («…, версия 2»). */
export function catalogueTitle(c: Pick<CatalogueSummary, 'name' | 'version'>): string {
  return `${c.name}, версия ${c.version}`;
}

/** The methodology's code, for the specialist who asks (a tooltip, never the label). */
export function catalogueCodeHint(c: Pick<CatalogueSummary, 'code'>): string {
  return `Код методики: ${c.code}`;
}

/** A methodology in a select: its title as the label, its code only in the option's tooltip. */
export function catalogueOption(c: Pick<CatalogueSummary, 'id' | 'name' | 'code' | 'version'>): {
  value: number;
  label: string;
  title: string;
} {
  return { value: c.id, label: catalogueTitle(c), title: catalogueCodeHint(c) };
}
