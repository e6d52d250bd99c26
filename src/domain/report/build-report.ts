import type { Polarity } from '../catalogue/catalogue.ts';
import type { Rating } from '../rating/rating.ts';
import { summarize } from '../statistics/statistics.ts';
import { formatNumber } from '../export/format-ru.ts';
import type {
  ComparisonRow,
  Finding,
  Named,
  RankedValue,
  ReportClusterTable,
  ReportComparison,
  ReportContent,
  ReportIndicator,
} from './report-content.ts';

/** A comparison of the territory as the report reads it: who was rated, the rating, its clusterings. */
export interface ReportComparisonInput {
  key: string;
  title: string;
  objects: Named[];
  rating: Rating;
  clusterings: { label: string; description: string; clusters: { label: string; members: number[] }[]; unavailable?: string }[];
}

export interface ReportInput extends Omit<ReportContent, 'directions' | 'indicators' | 'comparisons' | 'findings' | 'clusters' | 'rules'> {
  /** The directions the report covers (one for a direction report). */
  directions: { code: string; name: string }[];
  /** The catalogue's indicators of those directions that apply to the period. */
  indicators: { code: string; name: string; unit: string; polarity: Polarity; directions: string[] }[];
  comparisons: ReportComparisonInput[];
  /** A computed value (null when missing or invalid). */
  valueAt: (orgId: number, indicatorCode: string, periodId: number) => number | null;
}

/** How many best and worst organisations the report names per indicator, and how many falls and rises. */
export const TOP_NAMED = 3;
export const TOP_CHANGES = 5;
/** An organisation's change counts as a big fall or rise from this share of the indicator's spread. */
export const BIG_CHANGE_SHARE = 0.25;
/** Bests and lasts of a direction are named only where at least this many objects were rated. */
export const MIN_RATED_FOR_PLACES = 3;

const RULES = [
  `Изменение показателя оценивается с учётом его направленности: для показателей «чем больше, тем лучше» рост — улучшение, для «чем меньше, тем лучше» — ухудшение; контекстные показатели не оцениваются.`,
  `Лучшие и худшие организации по показателю — ${TOP_NAMED} с наилучшими и наихудшими значениями за отчётный период.`,
  `Наибольший и наименьший балл по направлению называются в сравнениях, где балл получили не менее ${MIN_RATED_FOR_PLACES} организаций.`,
  `Значительное снижение или рост — изменение значения организации к предыдущему периоду не меньше ${formatNumber(BIG_CHANGE_SHARE * 100)} % размаха значений показателя (max − min) по организациям за отчётный период; называются ${TOP_CHANGES} наибольших.`,
  `Критическая зона — итоговый балл организации в красной зоне по порогам методики за год отчётного периода.`,
  `Кластеры: средний балл по направлению (в отчёте по мониторингу — итоговый балл) организаций кластера, получивших балл.`,
];

const fmt = (x: number) => formatNumber(x, 2);

function readChange(polarity: Polarity, change: number | null): ReportIndicator['direction'] {
  if (change === null || polarity === 'context') return null;
  if (change === 0) return 'same';
  return change > 0 === (polarity === 'higher_better') ? 'better' : 'worse';
}

function ranked(values: RankedValue[], polarity: Polarity, worst: boolean): RankedValue[] {
  if (polarity === 'context') return [];
  const higherFirst = (polarity === 'higher_better') !== worst;
  return [...values]
    .sort((a, b) => (higherFirst ? b.value - a.value : a.value - b.value) || a.name.localeCompare(b.name, 'ru'))
    .slice(0, TOP_NAMED);
}

const medianOf = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/**
 * The numbers and automatic findings of an analytic report (seed 004 §2.2): final indicators with
 * their statistics and best and worst organisations, the same indicators by years, the rated
 * comparisons, deficits and successful practices found by the rules in RULES, and clusters.
 * Pure: everything comes from the input.
 */
export function buildReport(input: ReportInput): ReportContent {
  const { scope, periods, period } = input;
  const current = periods.findIndex((p) => p.id === period.id);
  const previous = current > 0 ? periods[current - 1] : undefined;
  const focusId = scope.kind === 'organisation' ? (scope.org?.id ?? null) : null;
  const seriesOrgId = focusId ?? scope.territory.id;
  const comparisons = focusId === null ? input.comparisons : input.comparisons.filter((c) => c.objects.some((o) => o.id === focusId));
  const directionCodes = new Set(input.directions.map((d) => d.code));
  const names = new Map(comparisons.flatMap((c) => c.objects.map((o) => [o.id, o.name] as const)));
  const nameOf = (id: number) => names.get(id) ?? (id === scope.territory.id ? scope.territory.name : `№ ${id}`);

  const comparedWith = (code: string) => {
    const ids = new Set<number>();
    for (const c of comparisons) if (c.rating.indicators.some((i) => i.code === code)) for (const o of c.objects) ids.add(o.id);
    return [...ids];
  };

  const indicators: ReportIndicator[] = input.indicators.map((ind) => {
    const peers = comparedWith(ind.code);
    const series = periods.map((p) => input.valueAt(seriesOrgId, ind.code, p.id));
    const peerMedian = periods.map((p) =>
      medianOf(
        peers.flatMap((id) => {
          const v = input.valueAt(id, ind.code, p.id);
          return v === null ? [] : [v];
        }),
      ),
    );
    const values: RankedValue[] = peers.flatMap((id) => {
      const v = input.valueAt(id, ind.code, period.id);
      return v === null ? [] : [{ orgId: id, name: nameOf(id), value: v }];
    });
    const summary = summarize(
      peers.map((id) => {
        const v = input.valueAt(id, ind.code, period.id);
        return { objectId: id, outcome: v === null ? { kind: 'missing' as const, reason: '' } : { kind: 'ok' as const, value: v } };
      }),
      ind.polarity,
    );
    const now = series[current] ?? null;
    const before = current > 0 ? (series[current - 1] ?? null) : null;
    const change = now !== null && before !== null ? now - before : null;
    let place: string | null = null;
    if (focusId !== null) {
      for (const c of comparisons) {
        const cell = c.rating.indicators.find((i) => i.code === ind.code)?.cells[String(focusId)];
        if (cell?.place) place = `${cell.place.label} из ${c.objects.length}`;
      }
    }
    return {
      ...ind,
      seriesOrgId,
      series,
      peerMedian,
      stats:
        summary.kind === 'ok'
          ? {
              count: summary.value.n,
              missing: summary.value.nWithout,
              min: summary.value.min,
              max: summary.value.max,
              median: summary.value.median,
              q1: summary.value.q1,
              q3: summary.value.q3,
            }
          : null,
      best: ranked(values, ind.polarity, false),
      worst: ranked(values, ind.polarity, true),
      change,
      direction: readChange(ind.polarity, change),
      place,
    };
  });

  const reportComparisons: ReportComparison[] = comparisons.map((c) => ({
    key: c.key,
    title: c.title,
    objectCount: c.objects.length,
    rows: c.objects.filter((o) => focusId === null || o.id === focusId).map((o) => comparisonRow(c, o)),
  }));

  const deficits: Finding[] = [];
  const practices: Finding[] = [];
  const unitOf = (unit: string) => (unit === 'percent' ? ' %' : '');
  for (const ind of indicators) {
    const now = ind.series[current];
    const before = current > 0 ? ind.series[current - 1] : null;
    if (ind.direction !== 'better' && ind.direction !== 'worse') continue;
    if (now === null || now === undefined || before === null || before === undefined) continue;
    const text = `${nameOf(seriesOrgId)}: показатель «${ind.name}» ${ind.direction === 'better' ? 'улучшился' : 'ухудшился'} — ${fmt(before)}${unitOf(ind.unit)} за ${previous?.name ?? 'предыдущий период'}, ${fmt(now)}${unitOf(ind.unit)} за ${period.name}.`;
    (ind.direction === 'better' ? practices : deficits).push({
      kind: ind.direction === 'better' ? 'territory_better' : 'territory_worse',
      text,
      orgId: seriesOrgId,
      indicator: ind.code,
    });
  }

  for (const c of comparisons) {
    for (const d of c.rating.directions) {
      if (!directionCodes.has(d.code)) continue;
      const dName = input.directions.find((x) => x.code === d.code)?.name ?? d.code;
      const rated = Object.entries(d.cells).flatMap(([id, cell]) =>
        cell.score.kind === 'ok' && cell.place ? [{ id: Number(id), cell }] : [],
      );
      if (rated.length < MIN_RATED_FOR_PLACES) continue;
      const last = Math.max(...rated.map((r) => r.cell.place?.placeTo ?? 0));
      for (const r of rated) {
        if (focusId !== null && r.id !== focusId) continue;
        const score = r.cell.score.kind === 'ok' ? fmt(r.cell.score.value) : '';
        if (r.cell.place?.place === 1) {
          practices.push({
            kind: 'best_in_direction',
            text: `${nameOf(r.id)} — наибольший балл по направлению «${dName}» в сравнении «${c.title}»: ${score}.`,
            orgId: r.id,
            direction: d.code,
          });
        } else if (r.cell.place?.placeTo === last) {
          deficits.push({
            kind: 'lowest_in_direction',
            text: `${nameOf(r.id)} — наименьший балл по направлению «${dName}» в сравнении «${c.title}»: ${score}.`,
            orgId: r.id,
            direction: d.code,
          });
        }
      }
    }
    for (const [id, cell] of Object.entries(c.rating.summary)) {
      if (focusId !== null && Number(id) !== focusId) continue;
      if (cell.zone?.kind === 'ok' && cell.zone.value.zone === 'red') {
        deficits.push({
          kind: 'critical_zone',
          text: `${nameOf(Number(id))} — итоговый балл ${fmt(cell.zone.value.roundedScore)} в зоне «${cell.zone.value.name}».`,
          orgId: Number(id),
        });
      }
    }
  }

  if (previous) {
    const falls: (Finding & { size: number })[] = [];
    const rises: (Finding & { size: number })[] = [];
    for (const ind of indicators) {
      if (ind.polarity === 'context' || !ind.stats || ind.stats.max === ind.stats.min) continue;
      const spread = ind.stats.max - ind.stats.min;
      for (const id of comparedWith(ind.code)) {
        if (focusId !== null && id !== focusId) continue;
        const now = input.valueAt(id, ind.code, period.id);
        const before = input.valueAt(id, ind.code, previous.id);
        if (now === null || before === null || now === before) continue;
        const size = Math.abs(now - before) / spread;
        if (size < BIG_CHANGE_SHARE) continue;
        const better = readChange(ind.polarity, now - before) === 'better';
        const text = `${nameOf(id)}: «${ind.name}» — ${fmt(before)}${unitOf(ind.unit)} → ${fmt(now)}${unitOf(ind.unit)} (${better ? 'значительный рост' : 'значительное снижение'} результата).`;
        (better ? rises : falls).push({ kind: better ? 'org_rise' : 'org_fall', text, orgId: id, indicator: ind.code, size });
      }
    }
    const top = (xs: (Finding & { size: number })[]) =>
      xs
        .sort((a, b) => b.size - a.size || a.text.localeCompare(b.text, 'ru'))
        .slice(0, TOP_CHANGES)
        .map((f): Finding => ({ kind: f.kind, text: f.text, orgId: f.orgId, indicator: f.indicator }));
    deficits.push(...top(falls));
    practices.push(...top(rises));
  }

  const clusterDirection = scope.kind === 'direction' ? (input.directions[0] ?? null) : null;
  const clusters: ReportClusterTable[] =
    focusId !== null
      ? []
      : comparisons.flatMap((c) =>
          c.clusterings
            .filter((k) => !k.unavailable && k.clusters.length > 1)
            .map((k) => ({
              comparison: c.title,
              clustering: k.label,
              description: k.description,
              direction: clusterDirection,
              rows: k.clusters.map((cl) => {
                const scores = cl.members.flatMap((id) => {
                  const cell = clusterDirection
                    ? c.rating.directions.find((d) => d.code === clusterDirection.code)?.cells[String(id)]
                    : c.rating.summary[String(id)];
                  return cell?.score.kind === 'ok' ? [cell.score.value] : [];
                });
                return {
                  label: cl.label,
                  members: cl.members.length,
                  mean: scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null,
                };
              }),
            })),
        );

  return {
    scope,
    catalogue: input.catalogue,
    period,
    periods,
    computeRunId: input.computeRunId,
    computedAt: input.computedAt,
    directions: input.directions.map((d) => ({
      ...d,
      indicators: input.indicators.filter((i) => i.directions.includes(d.code)).map((i) => i.code),
    })),
    indicators,
    comparisons: reportComparisons,
    findings: { deficits, practices },
    clusters,
    rules: RULES,
  };
}

/** One object of a comparison as the report and the public rating show it: its scores, places and zone. */
export function comparisonRow(c: Pick<ReportComparisonInput, 'rating'>, o: Named): ComparisonRow {
  const id = String(o.id);
  const summary = c.rating.summary[id];
  return {
    orgId: o.id,
    name: o.name,
    summary: summary?.score.kind === 'ok' ? summary.score.value : null,
    summaryPlace: summary?.place?.label ?? null,
    zone: summary?.zone?.kind === 'ok' ? summary.zone.value.name : null,
    directions: Object.fromEntries(
      c.rating.directions.map((d) => {
        const cell = d.cells[id];
        return [d.code, { score: cell?.score.kind === 'ok' ? cell.score.value : null, place: cell?.place?.label ?? null }];
      }),
    ),
  };
}
