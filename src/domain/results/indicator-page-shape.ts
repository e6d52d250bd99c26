import type { Polarity } from '../catalogue/catalogue.ts';
import type { RollUpRule } from '../indicator-values/roll-up.ts';
import { summarize } from '../statistics/statistics.ts';
import { trend } from '../statistics/statistics-trend.ts';
import { missing, ok, type Outcome } from '../outcome.ts';

// Pure shaping of the indicator page (no I/O): distribution, statistics, histogram, best and
// worst objects, trend over periods and its Russian reading. The use case loads, this shapes.

/** How many objects «Лучшие» and «Худшие» list at most. */
export const TOP_COUNT = 3;

/** A compared object with its stored value of the indicator (undefined: no stored row). */
export interface ObjectValue {
  id: number;
  name: string;
  outcome: Outcome | undefined;
}

export interface ValuedObject {
  id: number;
  name: string;
  value: number;
}

export interface ObjectWithoutValue {
  id: number;
  name: string;
  kind: 'missing' | 'invalid';
  reason: string;
}

/** Objects without a value grouped by their reason, most frequent first. */
export interface MissingReason {
  reason: string;
  count: number;
}

export interface Distribution {
  /** Objects with a value, ascending by value (then by name). */
  values: ValuedObject[];
  without: ObjectWithoutValue[];
  reasons: MissingReason[];
}

/** A stored result not computed for an object is shown as missing with this reason. */
export const NOT_COMPUTED = 'значение не рассчитано (пересчитайте результаты)';

/** Splits the compared objects into those with a value and those without (with the reason). */
export function distributionOf(objects: readonly ObjectValue[]): Distribution {
  const values: ValuedObject[] = [];
  const without: ObjectWithoutValue[] = [];
  for (const o of objects) {
    const outcome = o.outcome ?? missing(NOT_COMPUTED);
    if (outcome.kind === 'ok') values.push({ id: o.id, name: o.name, value: outcome.value });
    else without.push({ id: o.id, name: o.name, kind: outcome.kind, reason: outcome.reason });
  }
  values.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'ru'));
  without.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const counts = new Map<string, number>();
  for (const w of without) counts.set(w.reason, (counts.get(w.reason) ?? 0) + 1);
  const reasons = [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'ru'));
  return { values, without, reasons };
}

/** Min, max, mean and quartiles (QUARTILE.INC) of the values; null when no object has a value. */
export interface Stats {
  n: number;
  nWithout: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

export function statsOf(objects: readonly ObjectValue[], polarity: Polarity): Stats | null {
  const summary = summarize(
    objects.map((o) => ({ objectId: o.id, outcome: o.outcome ?? missing(NOT_COMPUTED) })),
    polarity,
  );
  if (summary.kind !== 'ok') return null;
  const { n, nWithout, min, q1, median, q3, max, mean } = summary.value;
  return { n, nWithout, min, q1, median, q3, max, mean };
}

export interface RankedObject extends ValuedObject {
  /** 1 = best. Equal values share the rank of the first of them. */
  rank: number;
}

/**
 * The best and the worst objects by polarity, at most TOP_COUNT each and never overlapping
 * (⌊n / 2⌋ each when fewer than 2 × TOP_COUNT objects have a value). Context indicators are not
 * judged: both lists are empty. Equal values are ordered by name.
 */
export function bestAndWorst(values: readonly ValuedObject[], polarity: Polarity): { best: RankedObject[]; worst: RankedObject[] } {
  if (polarity === 'context') return { best: [], worst: [] };
  const sign = polarity === 'higher_better' ? -1 : 1;
  const ordered = [...values].sort((a, b) => sign * (a.value - b.value) || a.name.localeCompare(b.name, 'ru'));
  const ranked: RankedObject[] = [];
  ordered.forEach((o, i) => {
    const prev = ranked[i - 1];
    ranked.push({ ...o, rank: prev && prev.value === o.value ? prev.rank : i + 1 });
  });
  const count = Math.min(TOP_COUNT, Math.floor(ranked.length / 2));
  return { best: ranked.slice(0, count), worst: ranked.slice(ranked.length - count).reverse() };
}

export interface HistogramBin {
  /** [from, to); the last bin includes `to`. */
  from: number;
  to: number;
  count: number;
  /** Names of the objects in the bin, ascending by value. */
  objects: string[];
}

export interface Histogram {
  /** How the bins were chosen, in Russian, for the page. */
  rule: string;
  width: number;
  bins: HistogramBin[];
}

/** The smallest «nice» width (1, 2, 2.5 or 5 × 10ⁿ) not less than `raw`. */
export function niceWidth(raw: number): number {
  const exponent = Math.floor(Math.log10(raw));
  const base = 10 ** exponent;
  const step = [1, 2, 2.5, 5, 10].find((m) => m * base >= raw * (1 - 1e-9)) ?? 10;
  return step * base;
}

/** Rounds away floating noise from a bin edge (0.1 × 3 = 0.30000000000000004). */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * Histogram by Sturges' rule: k = ⌈log₂ n⌉ + 1 bins over [min, max], the width rounded up to a nice
 * number (1, 2, 2,5 or 5 × 10ⁿ) and the edges to its multiples, so the labels read «40–50». With all
 * values equal there is one bin. `values` ascending. Null when there are no values.
 */
export function histogramOf(values: readonly ValuedObject[]): Histogram | null {
  const first = values[0];
  const last = values[values.length - 1];
  if (!first || !last) return null;
  const n = values.length;
  const k = Math.ceil(Math.log2(n)) + 1;
  const sturges = `правило Стёрджеса: ⌈log₂ ${n}⌉ + 1 = ${k}`;
  if (first.value === last.value) {
    const rule = `все значения равны — один интервал`;
    return { rule, width: 0, bins: [{ from: first.value, to: last.value, count: n, objects: values.map((v) => v.name) }] };
  }
  const width = niceWidth((last.value - first.value) / k);
  const start = clean(Math.floor(first.value / width + 1e-9) * width);
  const count = Math.max(1, Math.ceil(clean((last.value - start) / width)));
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({
    from: clean(start + i * width),
    to: clean(start + (i + 1) * width),
    count: 0,
    objects: [],
  }));
  const rule = `${sturges}, ширина (размах / ${k}) округлена до «круглого» числа ${String(width).replace('.', ',')}: интервалов ${count}`;
  for (const v of values) {
    const index = Math.min(count - 1, Math.floor(clean((v.value - start) / width)));
    const bin = bins[index];
    if (!bin) continue;
    bin.count += 1;
    bin.objects.push(v.name);
  }
  return { rule, width, bins };
}

/** A period with results: the scope's own value and the spread of the compared objects. */
export interface TrendPoint {
  periodId: number;
  periodName: string;
  /** The year the period is placed at on the time axis (a school year by the year it ends). */
  year: number;
  /** The scope's own value (the municipality's or the region's roll-up); null when there is none. */
  scope: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Compared objects with a value in that period. */
  n: number;
}

/** The input of one period of the trend. */
export interface PeriodValues {
  periodId: number;
  periodName: string;
  year: number;
  scope: Outcome | undefined;
  objects: readonly ObjectValue[];
}

export function trendPointOf(p: PeriodValues): TrendPoint {
  const stats = statsOf(p.objects, 'context');
  return {
    periodId: p.periodId,
    periodName: p.periodName,
    year: p.year,
    scope: p.scope?.kind === 'ok' ? p.scope.value : null,
    median: stats?.median ?? null,
    q1: stats?.q1 ?? null,
    q3: stats?.q3 ?? null,
    n: stats?.n ?? 0,
  };
}

/** «2023/2024 учебный год» → «2023/2024», «2024 год» → «2024». */
export function shortPeriodName(name: string): string {
  return name.replace(/\s+(учебный\s+)?год$/u, '');
}

/** A trend line read in Russian, judged by the indicator's polarity. */
export type TrendReading =
  | {
      kind: 'ok';
      /** Least-squares slope, in the indicator's unit per year. */
      slope: number;
      direction: 'up' | 'down' | 'flat';
      /** Whether the change is good news; null for a flat line or a context indicator. */
      assessment: 'better' | 'worse' | null;
      /** «растёт на 1,2 п.п. в год — улучшение». */
      text: string;
      years: number[];
    }
  | { kind: 'missing'; text: string };

/** The change of a value per year, in words: percent → «п.п.» (percentage points). */
const SLOPE_UNITS: Record<string, string> = {
  percent: 'п.п.',
  persons: 'чел.',
  units: 'ед.',
  hours: 'ч',
  points: 'балла',
  rubles: 'руб.',
  flag: '',
};

/** A slope in Russian notation: decimal comma, one fraction digit (two below 1). */
export function formatSlope(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 1 ? 1 : 2;
  return abs
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '')
    .replace('.', ',');
}

/**
 * Reads the least-squares slope of a series («растёт на 1,2 п.п. в год», «снижается на …»,
 * «без изменений»: |slope| ≤ 0,5 unit per year) and judges it by polarity: for «чем меньше, тем
 * лучше» a falling line is an improvement. `unit` is the unit of the series' values: for a
 * percent indicator the slope is in percentage points.
 */
export function readTrend(
  points: readonly { year: number; value: number | null; label?: string }[],
  polarity: Polarity,
  unit: string,
): TrendReading {
  const t = trend(points.map((p) => ({ year: p.year, outcome: p.value === null ? missing('нет значения') : ok(p.value) })));
  if (t.kind !== 'ok') return { kind: 'missing', text: t.reason };
  const { slope, direction, years } = t.value;
  const labelOf = (year: number | undefined) => points.find((p) => p.year === year)?.label ?? String(year);
  const [from, to] = [labelOf(years[0]), labelOf(years[years.length - 1])];
  const span = from.includes('/') ? `${from} – ${to}` : `${from}–${to}`;
  if (direction === 'flat') return { kind: 'ok', slope, direction, assessment: null, text: `без изменений (${span})`, years };
  const suffix = SLOPE_UNITS[unit] ?? '';
  const amount = `${formatSlope(slope)}${suffix ? ` ${suffix}` : ''}`;
  const verb = direction === 'up' ? 'растёт' : 'снижается';
  const assessment =
    polarity === 'context' ? null : (direction === 'up') === (polarity === 'higher_better') ? ('better' as const) : ('worse' as const);
  const judged = assessment === 'better' ? ' — улучшение' : assessment === 'worse' ? ' — ухудшение' : '';
  return { kind: 'ok', slope, direction, assessment, text: `${verb} на ${amount} в год (${span})${judged}`, years };
}

/**
 * Whether the scope's own value is on the same scale as the objects' values: a ratio or quotient
 * rolls up as Σ numerators / Σ denominators (same scale); a sum is a total; a flag or share of
 * organisations becomes a share in % above organisations that have 0 or 1 (the same scale only
 * when the compared objects are municipalities, themselves shares).
 */
export function scopeScale(rule: RollUpRule | null, objectsAreMunicipalities: boolean): 'same' | 'total' | 'share' {
  if (rule === 'sum') return 'total';
  if (rule === 'share') return objectsAreMunicipalities ? 'same' : 'share';
  return 'same';
}

/** What the use case loads for one indicator page. */
export interface IndicatorPageInput {
  polarity: Polarity;
  unit: string;
  rollUpRule: RollUpRule | null;
  objectsAreMunicipalities: boolean;
  /** The compared objects with their values in the selected period. */
  objects: readonly ObjectValue[];
  /** The scope's own value in the selected period. */
  scope: Outcome | undefined;
  /** Every period with results, oldest first (the selected one among them). */
  periods: readonly PeriodValues[];
}

export interface IndicatorPageShape {
  stats: Stats | null;
  scopeValue: { value: number | null; reason: string | null };
  distribution: Distribution;
  best: RankedObject[];
  worst: RankedObject[];
  histogram: Histogram | null;
  trend: {
    points: TrendPoint[];
    /** Whether the scope's value can share the objects' axis (see scopeScale). */
    scopeScale: 'same' | 'total' | 'share';
    /** The scope's own line (municipality or region). */
    scope: TrendReading;
    /** The line of the medians of the compared objects. */
    median: TrendReading;
  };
}

/** Everything the indicator page shows, from the loaded values. */
export function shapeIndicatorPage(input: IndicatorPageInput): IndicatorPageShape {
  const distribution = distributionOf(input.objects);
  const points = input.periods.map(trendPointOf);
  const scale = scopeScale(input.rollUpRule, input.objectsAreMunicipalities);
  const scopeUnit = scale === 'share' ? 'percent' : input.unit;
  const scope = input.scope ?? missing(NOT_COMPUTED);
  return {
    stats: statsOf(input.objects, input.polarity),
    scopeValue: scope.kind === 'ok' ? { value: scope.value, reason: null } : { value: null, reason: scope.reason },
    distribution,
    ...bestAndWorst(distribution.values, input.polarity),
    histogram: histogramOf(distribution.values),
    trend: {
      points,
      scopeScale: scale,
      scope: readTrend(
        points.map((p) => ({ year: p.year, value: p.scope, label: shortPeriodName(p.periodName) })),
        input.polarity,
        scopeUnit,
      ),
      median: readTrend(
        points.map((p) => ({ year: p.year, value: p.median, label: shortPeriodName(p.periodName) })),
        input.polarity,
        input.unit,
      ),
    },
  };
}
