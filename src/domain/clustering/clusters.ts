import type { OrgType } from '../org/org-kind.ts';

/** An object to cluster: its type, settlement, size (pupils or children) and numeric attributes. */
export interface ClusterObject {
  id: number;
  type: OrgType;
  settlement: 'urban' | 'rural';
  size: number;
  attributes?: Readonly<Record<string, number>>;
}

/** A group of comparable objects; centroid (k-means only) in the attributes' original units. */
export interface Cluster {
  key: string;
  label: string;
  members: number[];
  centroid?: Record<string, number>;
}

const SETTLEMENT_LABELS = { urban: 'городские', rural: 'сельские' } as const;

/** Groups objects by a key; clusters in order of first appearance, members in input order. */
export function groupBy(objects: readonly ClusterObject[], keyOf: (o: ClusterObject) => { key: string; label: string }): Cluster[] {
  const clusters = new Map<string, Cluster>();
  for (const o of objects) {
    const { key, label } = keyOf(o);
    const c = clusters.get(key) ?? { key, label, members: [] };
    clusters.set(key, c);
    c.members.push(o.id);
  }
  return [...clusters.values()];
}

/** Clusters by organisation type (school, kindergarten, …). */
export function clusterByType(objects: readonly ClusterObject[]): Cluster[] {
  return groupBy(objects, (o) => ({ key: o.type, label: o.type }));
}

/** Clusters by urban / rural settlement. */
export function clusterBySettlement(objects: readonly ClusterObject[]): Cluster[] {
  return groupBy(objects, (o) => ({ key: o.settlement, label: SETTLEMENT_LABELS[o.settlement] }));
}

/**
 * Clusters by size bands: ascending thresholds [t1, t2, …] give bands size < t1, t1 ≤ size < t2, …, size ≥ tn
 * (a size equal to a threshold goes to the upper band). Bands come in ascending order; empty bands are omitted.
 */
export function clusterBySize(objects: readonly ClusterObject[], thresholds: readonly number[]): Cluster[] {
  const ts = [...thresholds].sort((a, b) => a - b);
  const band = (size: number) => ts.filter((t) => size >= t).length;
  const labelOf = (i: number) =>
    i === 0 ? `менее ${ts[0] ?? '∞'}` : i === ts.length ? `${ts[i - 1]} и более` : `${ts[i - 1]}–${(ts[i] ?? 0) - 1}`;
  const clusters = groupBy(objects, (o) => ({ key: `size-${band(o.size)}`, label: labelOf(band(o.size)) }));
  return clusters.sort((a, b) => Number(a.key.slice(5)) - Number(b.key.slice(5)));
}
