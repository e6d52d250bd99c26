import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { ORG_TYPE_PLURAL, type OrgType } from '../../domain/org/org-kind.ts';
import { ratesAnything, type PeriodForZones } from '../../domain/results/rate-comparison.ts';
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

/**
 * The rows a recompute stores for these comparisons: what each compares (its scope, title and
 * objects in order), not its rating. A comparison is rated from the stored values when it is first
 * read after a recompute (ratingOf), so a recompute pays nothing for the comparisons nobody opens.
 * A comparison without objects, or without an indicator of the period's kind for its type, has no
 * rating and no row.
 */
export function comparisonRows(catalogue: Catalogue, period: PeriodForZones, comparisons: readonly Comparison[]): RatingRow[] {
  return comparisons
    .filter((c) => ratesAnything(catalogue, period, c.objects.length, c.type))
    .map((c) => ({ key: c.key, scopeOrgId: c.scope.id, title: c.title, content: null, objectIds: c.objects.map((o) => o.id) }));
}
