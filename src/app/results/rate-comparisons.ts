import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { levelsOf } from '../../domain/org/education-levels.ts';
import { ORG_TYPE_PLURAL, type OrgType } from '../../domain/org/org-kind.ts';
import type { OutcomeTable } from '../../domain/results/outcome-table.ts';
import { compactRatingOf, type PeriodForZones } from '../../domain/results/rate-comparison.ts';
import type { RatingRow } from '../../db/repositories/rating-result-repository.ts';

/** An organisation, municipality or region as a comparison needs it. */
export interface ComparedOrg {
  id: number;
  parentId: number | null;
  kind: string;
  type: string | null;
  name: string;
  shortName: string | null;
  attributes: unknown;
}

/** One comparison: the organisations of one type within a municipality, or the municipalities of a region. */
export interface Comparison<O extends ComparedOrg = ComparedOrg> {
  key: string;
  scope: O;
  title: string;
  objects: O[];
  type: OrgType | null;
}

/** Every comparison of the given municipalities (their organisations by type) and, optionally, of the regions' municipalities. */
export function comparisonsOf<O extends ComparedOrg>(
  orgs: readonly O[],
  municipalities: readonly O[],
  regions: readonly O[],
): Comparison<O>[] {
  const children = new Map<number, O[]>();
  for (const o of orgs) {
    if (o.parentId === null) continue;
    const siblings = children.get(o.parentId);
    if (siblings) siblings.push(o);
    else children.set(o.parentId, [o]);
  }
  const list: Comparison<O>[] = [];
  for (const municipality of municipalities) {
    const members = (children.get(municipality.id) ?? []).filter((o) => o.kind === 'organisation');
    for (const type of [...new Set(members.map((o) => o.type))].filter((t): t is OrgType => t !== null).sort()) {
      list.push({
        key: `municipality:${municipality.id}:${type}`,
        scope: municipality,
        title: `${municipality.name}: ${ORG_TYPE_PLURAL[type]}`,
        objects: members.filter((o) => o.type === type),
        type,
      });
    }
  }
  for (const region of regions) {
    list.push({
      key: `region:${region.id}:municipalities`,
      scope: region,
      title: `${region.name}: муниципалитеты`,
      objects: (children.get(region.id) ?? []).filter((o) => o.kind === 'municipality'),
      type: null,
    });
  }
  return list;
}

/** How long the rating of comparisons runs before it lets other work of the server in (ms). */
const SLICE_MS = 20;

/**
 * The stored ratings of these comparisons (compactRatingOf over the outcome table), without
 * explanations: viewing rates a comparison again with them. Gives the event loop a turn every
 * SLICE_MS, so that a region's recompute does not hold the server's only thread.
 */
export async function rateComparisons(
  catalogue: Catalogue,
  period: PeriodForZones,
  comparisons: readonly Comparison[],
  table: OutcomeTable,
): Promise<RatingRow[]> {
  // Levels only where an indicator asks for them: other catalogues store their objects as before.
  const levelled = (catalogue.indicators ?? []).some((i) => i.levels?.length);
  const rows: RatingRow[] = [];
  let since = performance.now();
  for (const c of comparisons) {
    const objects = c.type === null || !levelled ? c.objects : c.objects.map((o) => ({ ...o, levels: levelsOf(o.attributes) }));
    const content = compactRatingOf(catalogue, period, objects, c.type, table);
    if (content !== null) rows.push({ key: c.key, scopeOrgId: c.scope.id, title: c.title, content, objectIds: c.objects.map((o) => o.id) });
    if (performance.now() - since > SLICE_MS) {
      await nextTurn();
      since = performance.now();
    }
  }
  return rows;
}
