import { clusterBySettlement, clusterBySize, type ClusterObject } from '../../domain/clustering/clusters.ts';
import { clusterByKMeans } from '../../domain/clustering/clusters-k-means.ts';
import { orgSize, SIZE_BANDS } from '../../domain/clustering/size-bands.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { indicatorResultRepository } from '../../db/repositories/indicator-result-repository.ts';
import { AppError, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { loadIndicatorCatalogue } from './indicator-catalogue.ts';
import { rateComparison, type StoredRating } from '../../domain/results/rate-comparison.ts';
import { comparisonType, getComparison } from './rating-queries.ts';
import type { ClusterInfo, ClusteringsView, RatingView } from '../../api/ratings.ts';
import type { Assert, Equal } from '../../api/type-equality.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

/** The ways a comparison can be split into clusters. */
export const CLUSTERINGS = ['settlement', 'size', 'kmeans'] as const;
export type ClusteringKey = (typeof CLUSTERINGS)[number];
/** The contract names the same clusterings (tsc fails if they drift). */
export type _ClusteringKeyCheck = Assert<Equal<ClusterInfo['clustering'], ClusteringKey>>;

export const CLUSTERING_LABELS: Record<ClusteringKey, string> = {
  settlement: 'по типу поселения',
  size: 'по численности',
  kmeans: 'по результатам (k-means)',
};

/** k-means: three clusters (higher, middle and lower results), a fixed seed so the same data give the same clusters. */
export const KMEANS_K = 3;
const KMEANS_SEED = 1;

/** The cluster of objects without the attribute a clustering needs. */
export const NOT_GIVEN = 'none';

/** A compared object with what clusterings read: its organisation type (null for a municipality) and registry attributes. */
export interface ClusteredObject {
  id: number;
  type: OrgType | null;
  attributes: Readonly<Record<string, unknown>>;
}

export interface ComparisonCluster {
  key: string;
  label: string;
  /** Object ids in the order of the comparison. */
  members: number[];
}

export interface Clustering {
  key: ClusteringKey;
  label: string;
  /** How the clusters are formed, in Russian, for the page and the workbook. */
  description: string;
  clusters: ComparisonCluster[];
  /** Why the clustering does not apply to this comparison (then there are no clusters). */
  unavailable?: string;
}

// The views this module returns are the HTTP contract's (src/api/ratings.ts).
export type { ClusterInfo, ClusteringsView, RatingView };

const fmt = (x: number) => String(Math.round(x * 10) / 10).replace('.', ',');

// The engine's cluster object has every field; each clustering reads only its own (settlement, size or attributes).
const clusterObject = (id: number, fields: Partial<ClusterObject>): ClusterObject => ({
  id,
  type: 'school',
  settlement: 'urban',
  size: 0,
  ...fields,
});

/** Adds the «не указано» cluster of the objects left out, keeping the comparison's order in each cluster. */
function withNotGiven(objects: readonly ClusteredObject[], clusters: ComparisonCluster[], notGivenLabel: string): ComparisonCluster[] {
  const order = new Map(objects.map((o, i) => [o.id, i]));
  const placed = new Set(clusters.flatMap((c) => c.members));
  const rest = objects.filter((o) => !placed.has(o.id)).map((o) => o.id);
  const sorted = clusters.map((c) => ({ ...c, members: [...c.members].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) }));
  return rest.length ? [...sorted, { key: NOT_GIVEN, label: notGivenLabel, members: rest }] : sorted;
}

function bySettlement(objects: readonly ClusteredObject[]): Clustering {
  const base = {
    key: 'settlement' as const,
    label: CLUSTERING_LABELS.settlement,
    description: 'Городские и сельские — по типу поселения в реестре организаций; без него — «не указано».',
  };
  const known = objects.flatMap((o) => {
    const s = o.attributes.settlement;
    return s === 'urban' || s === 'rural' ? [clusterObject(o.id, { settlement: s })] : [];
  });
  if (known.length === 0) return { ...base, clusters: [], unavailable: 'ни у одного объекта в реестре не указан тип поселения' };
  const order = ['urban', 'rural'];
  const clusters = clusterBySettlement(known).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return { ...base, clusters: withNotGiven(objects, clusters, 'тип поселения не указан') };
}

const sizeOf = (o: ClusteredObject): number | null => orgSize(o.attributes);

function bySize(objects: readonly ClusteredObject[], type: OrgType | null): Clustering {
  const base = { key: 'size' as const, label: CLUSTERING_LABELS.size };
  if (type === null) {
    return {
      ...base,
      description: 'Группы по численности обучающихся — для организаций одного типа.',
      clusters: [],
      unavailable: 'у муниципалитетов нет численности в реестре: группы по численности есть у рейтингов организаций',
    };
  }
  const { thresholds, unit } = SIZE_BANDS[type];
  // Every band's label: one object at 0 and one at each threshold.
  const bands = clusterBySize(
    [0, ...thresholds].map((size, i) => clusterObject(i, { size })),
    thresholds,
  ).map((c) => c.label);
  const description = `Группы по численности ${unit} по реестру организаций: ${bands.join(', ')}; без численности — «не указано».`;
  const known = objects.flatMap((o) => {
    const size = sizeOf(o);
    return size === null ? [] : [clusterObject(o.id, { size })];
  });
  if (known.length === 0)
    return { ...base, description, clusters: [], unavailable: 'ни у одного объекта в реестре не указана численность' };
  const clusters = clusterBySize(known, thresholds).map((c) => ({ key: c.key, label: `${c.label} ${unit}`, members: c.members }));
  return { ...base, description, clusters: withNotGiven(objects, clusters, 'численность не указана') };
}

function byResults(objects: readonly ClusteredObject[], content: StoredRating): Clustering {
  const directions = content.rating.directions.map((d) => d.code);
  const base = {
    key: 'kmeans' as const,
    label: CLUSTERING_LABELS.kmeans,
    description:
      `k-means, k = ${KMEANS_K}, по баллам направлений рейтинга (${directions.join(', ')}): баллы приведены к z-оценкам, ` +
      'начальные центры — k-means++ с постоянным зерном (одни и те же данные дают одни и те же кластеры); ' +
      'кластеры пронумерованы по убыванию среднего балла направлений; объекты без балла хотя бы по одному направлению — отдельно.',
  };
  if (directions.length === 0) return { ...base, clusters: [], unavailable: 'в рейтинге нет баллов направлений' };
  const points = objects.map((o) =>
    clusterObject(o.id, {
      attributes: Object.fromEntries(
        content.rating.directions.flatMap((d) => {
          const score = d.cells[String(o.id)]?.score;
          return score?.kind === 'ok' ? [[d.code, score.value]] : [];
        }),
      ),
    }),
  );
  const result = clusterByKMeans(points, directions, KMEANS_K, KMEANS_SEED);
  if (result.kind !== 'ok') return { ...base, clusters: [], unavailable: `кластеры не строятся: ${result.reason}` };
  const meanOf = (centroid: Record<string, number> | undefined) =>
    directions.reduce((s, d) => s + (centroid?.[d] ?? 0), 0) / directions.length;
  const clusters = result.value.clusters
    .filter((c) => c.members.length > 0)
    .map((c) => ({ members: c.members, mean: meanOf(c.centroid) }))
    .sort((a, b) => b.mean - a.mean)
    .map((c, i) => ({ key: `k${i + 1}`, label: `кластер ${i + 1}: средний балл направлений ${fmt(c.mean)}`, members: c.members }));
  return { ...base, clusters: withNotGiven(objects, clusters, 'нет балла по какому-либо направлению') };
}

/** Every clustering of a comparison's objects (in the comparison's order), with its clusters. */
export function clusteringsOf(content: StoredRating, objects: readonly ClusteredObject[], type: OrgType | null): Clustering[] {
  return [bySettlement(objects), bySize(objects, type), byResults(objects, content)];
}

export async function clusteredObjects(ctx: UseCaseContext, content: StoredRating, type: OrgType | null): Promise<ClusteredObject[]> {
  const ids = content.objects.map((o) => o.id);
  const rows = await orgRepository.findByIds(ctx.db, ids);
  const attributes = new Map(rows.map((r) => [r.id, r.attributes]));
  return content.objects.map((o) => ({ id: o.id, type, attributes: attributes.get(o.id) ?? {} }));
}

/** The clusterings of a stored comparison and their clusters; visible to whoever sees the comparison. */
export async function listClusterings(ctx: UseCaseContext, frameworkId: number, periodId: number, key: string): Promise<ClusteringsView> {
  const comparison = await getComparison(ctx, frameworkId, periodId, key);
  const type = comparisonType(key);
  const objects = await clusteredObjects(ctx, comparison.content, type);
  return {
    title: comparison.title,
    objects: objects.length,
    clusterings: clusteringsOf(comparison.content, objects, type).map((c) => ({
      ...c,
      clusters: c.clusters.map((k) => ({ key: k.key, label: k.label, members: k.members.length })),
    })),
  };
}

/** One cluster of a clustering, or an error naming the value and what is available. */
function findCluster(
  clusterings: readonly Clustering[],
  clusteringKey: string,
  clusterKey: string,
): { clustering: Clustering; cluster: ComparisonCluster } {
  const clustering = clusterings.find((c) => c.key === clusteringKey);
  if (!clustering) {
    const known = CLUSTERINGS.map((k) => `${k} (${CLUSTERING_LABELS[k]})`).join(', ');
    throw new AppError('validation_failed', `Кластеризация «${clusteringKey}» неизвестна. Допустимы: ${known}.`, [
      { path: 'querystring.clustering', message: `неизвестная кластеризация «${clusteringKey}»` },
    ]);
  }
  if (clustering.unavailable) {
    throw new AppError(
      'validation_failed',
      `Кластеризация «${clustering.label}» для этого рейтинга недоступна: ${clustering.unavailable}.`,
      [{ path: 'querystring.clustering', message: clustering.unavailable }],
    );
  }
  const cluster = clustering.clusters.find((c) => c.key === clusterKey);
  if (!cluster) {
    const known = clustering.clusters.map((c) => `${c.key} (${c.label})`).join(', ');
    throw new AppError('not_found', `Кластер «${clusterKey}» в кластеризации «${clustering.label}» не найден. Есть: ${known}.`);
  }
  return { clustering, cluster };
}

/** The cluster asked for in a query: both `clustering` and `cluster`, or neither. */
export function clusterSelection(
  clustering: string | undefined,
  cluster: string | undefined,
): { clustering: string; cluster: string } | undefined {
  if (clustering === undefined && cluster === undefined) return undefined;
  if (clustering === undefined || cluster === undefined) {
    const missingParam = clustering === undefined ? 'clustering' : 'cluster';
    throw new AppError('validation_failed', 'Укажите и кластеризацию (clustering), и кластер (cluster) — или ни то, ни другое.', [
      { path: `querystring.${missingParam}`, message: 'не указано' },
    ]);
  }
  return { clustering, cluster };
}

/**
 * A stored comparison (with `explain`, with every cell's explanation), or, with a clustering and a
 * cluster, the rating within that cluster: its members rated on demand from the stored indicator
 * values with exactly the catalogue's rules (best values, places and zones among the cluster's
 * members), explanations included. Access as for the comparison.
 */
export async function viewRating(
  ctx: UseCaseContext,
  frameworkId: number,
  periodId: number,
  key: string,
  within?: { clustering: string; cluster: string },
  options: { explain?: boolean } = {},
): Promise<RatingView> {
  if (!within) return getComparison(ctx, frameworkId, periodId, key, options);
  const comparison = await getComparison(ctx, frameworkId, periodId, key);
  const type = comparisonType(key);
  const objects = await clusteredObjects(ctx, comparison.content, type);
  const { clustering, cluster } = findCluster(clusteringsOf(comparison.content, objects, type), within.clustering, within.cluster);

  const { catalogue } = await loadIndicatorCatalogue(ctx.db, frameworkId);
  const period = await ctx.db.selectFrom('period').select(['kind', 'starts_on', 'ends_on']).where('id', '=', periodId).executeTakeFirst();
  if (!period) throw notFound(`Период с id ${periodId}`);
  const members = new Set(cluster.members);
  const memberObjects = comparison.content.objects.filter((o) => members.has(o.id));
  const outcomes = await indicatorResultRepository.outcomes(ctx.db, frameworkId, periodId, cluster.members);
  const content = rateComparison(catalogue, period, memberObjects, type, (id, code) => outcomes.get(`${id}|${code}`));
  if (!content) throw notFound(`Рейтинг внутри кластера «${cluster.label}»`);
  return {
    ...comparison,
    content,
    cluster: {
      clustering: clustering.key,
      clusteringLabel: clustering.label,
      key: cluster.key,
      label: cluster.label,
      description: clustering.description,
      members: memberObjects.length,
      of: comparison.content.objects.length,
    },
  };
}
