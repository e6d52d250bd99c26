import { seededRandom } from '../statistics/seeded-random.ts';
import type { Cluster, ClusterObject } from './clusters.ts';
import { invalid, ok, type Outcome } from '../outcome.ts';

export interface KMeansResult {
  clusters: Cluster[];
  /** Objects without every chosen attribute: left out of the clustering. */
  excluded: number[];
}

/**
 * k-means on z-scores of the chosen attributes (an attribute with zero spread counts 0 for all),
 * k-means++ initialisation with a seeded PRNG (same input and seed → same clusters), at most 100 Lloyd
 * iterations; centroids are reported in original units. Fewer distinct objects than k → invalid.
 */
export function clusterByKMeans(
  objects: readonly ClusterObject[],
  attributes: readonly string[],
  k: number,
  seed = 1,
): Outcome<KMeansResult> {
  if (attributes.length === 0) return invalid('не выбраны признаки для кластеризации');
  if (!Number.isInteger(k) || k < 1) return invalid('число кластеров должно быть целым и не меньше 1');
  const complete = objects.filter((o) => attributes.every((a) => Number.isFinite(o.attributes?.[a])));
  const excluded = objects.filter((o) => !complete.includes(o)).map((o) => o.id);
  const raw = complete.map((o) => attributes.map((a) => o.attributes?.[a] ?? 0));
  const points = standardise(raw);
  const centres = initialise(points, k, seed);
  if (!centres) return invalid(`различных объектов меньше, чем кластеров (${k})`);
  const assignment = lloyd(points, centres);
  const clusters = centres.map((_, c) => {
    const idx = assignment.flatMap((a, i) => (a === c ? [i] : []));
    const centroid = Object.fromEntries(attributes.map((a, j) => [a, mean(idx.map((i) => raw[i]?.[j] ?? 0))]));
    return { key: `k${c + 1}`, label: `кластер ${c + 1}`, members: idx.map((i) => complete[i]?.id ?? 0), centroid };
  });
  return ok({ clusters, excluded });
}

type Point = number[];

function standardise(raw: readonly Point[]): Point[] {
  const dims = raw[0]?.length ?? 0;
  const stats = Array.from({ length: dims }, (_, j) => {
    const xs = raw.map((p) => p[j] ?? 0);
    const m = mean(xs);
    return { m, sd: Math.sqrt(mean(xs.map((x) => (x - m) ** 2))) };
  });
  return raw.map((p) =>
    p.map((x, j) => {
      const s = stats[j];
      return s && s.sd > 0 ? (x - s.m) / s.sd : 0;
    }),
  );
}

/** k-means++: the first centre at random, each next one with probability ∝ squared distance to the nearest centre. */
function initialise(points: readonly Point[], k: number, seed: number): Point[] | null {
  const rnd = seededRandom(seed);
  if (points.length === 0) return null;
  const centres: Point[] = [points[Math.floor(rnd.next() * points.length)] ?? []];
  while (centres.length < k) {
    const d2 = points.map((p) => Math.min(...centres.map((c) => dist2(p, c))));
    const total = d2.reduce((s, d) => s + d, 0);
    if (total === 0) return null;
    let r = rnd.next() * total;
    const i = d2.findIndex((d) => (r -= d) < 0 && d > 0);
    centres.push(points[i === -1 ? d2.findLastIndex((d) => d > 0) : i] ?? []);
  }
  return centres;
}

/** Lloyd iterations until no object changes cluster; ties go to the lower cluster; an empty cluster keeps its centre. */
function lloyd(points: readonly Point[], centres: Point[]): number[] {
  let assignment: number[] = [];
  for (let iter = 0; iter < 100; iter++) {
    const next = points.map((p) => nearest(p, centres));
    if (next.every((a, i) => a === assignment[i])) break;
    assignment = next;
    centres.forEach((c, ci) => {
      const members = points.filter((_, i) => assignment[i] === ci);
      if (members.length) centres[ci] = c.map((_, j) => mean(members.map((m) => m[j] ?? 0)));
    });
  }
  return assignment;
}

function nearest(p: Point, centres: readonly Point[]): number {
  let best = 0;
  centres.forEach((c, i) => {
    if (dist2(p, c) < dist2(p, centres[best] ?? c)) best = i;
  });
  return best;
}

const dist2 = (a: Point, b: Point) => a.reduce((s, x, j) => s + (x - (b[j] ?? 0)) ** 2, 0);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
