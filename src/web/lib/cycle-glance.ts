import type { CycleComponentView, CycleDirectionView } from '../api/cycle-api.ts';
import { formatNumber } from './format-number.ts';

/** Directions under their mechanism block (in order of appearance). */
export function directionsByBlock<D extends Pick<CycleDirectionView, 'blockName'>>(
  directions: readonly D[],
): { blockName: string; directions: D[] }[] {
  const out: { blockName: string; directions: D[] }[] = [];
  for (const d of directions) {
    const last = out.find((b) => b.blockName === d.blockName);
    if (last) last.directions.push(d);
    else out.push({ blockName: d.blockName, directions: [d] });
  }
  return out;
}

/** The nine component columns (from the first direction), grouped by cycle block in the catalogue's order. */
export function componentColumns(
  directions: readonly Pick<CycleDirectionView, 'components'>[],
): { block: string | null; components: Pick<CycleComponentView, 'code' | 'name'>[] }[] {
  const out: { block: string | null; components: Pick<CycleComponentView, 'code' | 'name'>[] }[] = [];
  for (const c of directions[0]?.components ?? []) {
    const last = out[out.length - 1];
    if (last && last.block === c.cycleBlock) last.components.push({ code: c.code, name: c.name });
    else out.push({ block: c.cycleBlock, components: [{ code: c.code, name: c.name }] });
  }
  return out;
}

/** A formation percentage, whole: 66.667 → «67 %»; null → null. */
export function formationText(value: number | null): string | null {
  return value === null ? null : `${formatNumber(value, 0)} %`;
}

/** How many of a direction's components the system shows as formed: «5 из 9». */
export function formedLabel(components: readonly Pick<CycleComponentView, 'formed'>[]): string {
  return `${components.filter((c) => c.formed).length} из ${components.length}`;
}

/** An internal page of the app (navigated in place) as opposed to an outside address. */
export function isAppPath(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//');
}
