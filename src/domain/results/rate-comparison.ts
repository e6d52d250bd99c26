import type { Catalogue, Indicator } from '../catalogue/catalogue.ts';
import { displayPrecisionOf, inversionOf, missingRuleOf, placePrecisionOf } from '../catalogue/scoring-rules.ts';
import { zoneYears } from '../catalogue/zone-thresholds.ts';
import { invalid, type Outcome } from '../outcome.ts';
import { levelsReason, teachesLevels } from '../org/education-levels.ts';
import {
  indicatorHead,
  packMeans,
  packRating,
  unpackColumns,
  unpackMeans,
  type PackedMeansRating,
  type PackedRating,
} from '../rating/packed-rating.ts';
import { CELL_INVALID, CELL_NONE, rateColumns } from '../rating/rate-columns.ts';
import { rate, type Rating, type RatingIndicator, type RatingOptions } from '../rating/rating.ts';
import type { OutcomeTable } from './outcome-table.ts';
import { gapRuleOf } from '../rating/zones.ts';
import type { OrgType } from '../org/org-kind.ts';

/** What a stored comparison holds: who was compared on what, and the rating. */
export interface StoredRating {
  /** The compared objects; `levels` (organisations with levels in the register) decides which indicators apply to each. */
  objects: { id: number; name: string; shortName: string | null; levels?: readonly string[] | null }[];
  indicators: { code: string; name: string; unit: string; polarity: string; directions: string[] }[];
  directions: { code: string; name: string }[];
  zoneYear: number | null;
  rating: Rating;
}

/** A compared object as the rating of a comparison needs it. */
export interface ComparedObject {
  id: number;
  name: string;
  shortName: string | null;
  /** Levels of education an organisation teaches (register attribute `levels`); null or absent when unknown. */
  levels?: readonly string[] | null;
}

/** The period fields that decide which zone thresholds apply. */
export interface PeriodForZones {
  kind: string;
  starts_on: string;
  ends_on: string;
}

/** The year whose zone thresholds apply: a calendar year itself, a school year by the year it ends. */
export function zoneYearOf(period: PeriodForZones): number {
  return Number((period.kind === 'school_year' ? period.ends_on : period.starts_on).slice(0, 4));
}

/** The catalogue's rating rules for one period: precision of places and zones, missing data, completeness, summary, zones. */
export function ratingOptions(catalogue: Catalogue, period: PeriodForZones): RatingOptions & { directions: string[] } {
  const zones = zoneYears(catalogue.scoring).find((z) => z.year === zoneYearOf(period));
  const gapRule = gapRuleOf(catalogue.scoring);
  return {
    precision: placePrecisionOf(catalogue),
    displayPrecision: displayPrecisionOf(catalogue),
    missingRule: missingRuleOf(catalogue),
    ...(catalogue.minCompleteness !== undefined ? { minCompleteness: catalogue.minCompleteness } : {}),
    summary: catalogue.summary ?? ('directions' as const),
    directions: catalogue.blocks.flatMap((b) => b.directions.map((d) => d.code)),
    ...(zones ? { zones: { year: zones, ...(gapRule ? { gapRule } : {}) } } : {}),
  };
}

/** Whether a comparison has a rating at all: it compares objects, and the catalogue has indicators of the period's kind for their type. */
export function ratesAnything(catalogue: Catalogue, period: PeriodForZones, objectCount: number, type: OrgType | null): boolean {
  return objectCount > 0 && comparisonPlan(catalogue, period, type).indicators.length > 0;
}

/** What rating a comparison takes from the catalogue: its indicators, the rules, the directions they use. */
function comparisonPlan(catalogue: Catalogue, period: PeriodForZones, type: OrgType | null) {
  const indicators = (catalogue.indicators ?? []).filter(
    (i) => i.periodKind === period.kind && (type === null || i.orgTypes.includes(type)),
  );
  const options = ratingOptions(catalogue, period);
  const used = new Set(indicators.flatMap((i) => i.directions));
  const ratingIndicators: RatingIndicator[] = indicators.map((i) => ({
    code: i.code,
    directions: i.directions,
    polarity: i.polarity,
    ...(i.polarity === 'lower_better' ? { inversion: inversionOf(catalogue, i.code) } : {}),
  }));
  /** Why an indicator does not apply to an object (its levels of education), or undefined when it applies. */
  const notApplying = (i: Indicator, o: ComparedObject) =>
    type !== null && !teachesLevels(i.levels, o.levels) ? levelsReason(i.levels ?? [], o.levels) : undefined;
  /** The stored rating around a rating (packed or not). */
  const stored = <R>(objects: readonly ComparedObject[], rating: R) => ({
    objects: objects.map((o) => ({
      id: o.id,
      name: o.name,
      shortName: o.shortName,
      ...(o.levels !== undefined ? { levels: o.levels } : {}),
    })),
    indicators: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, polarity: i.polarity, directions: i.directions })),
    directions: catalogue.blocks.flatMap((b) => b.directions.map((d) => ({ code: d.code, name: d.name }))).filter((d) => used.has(d.code)),
    zoneYear: options.zones ? zoneYearOf(period) : null,
    rating,
  });
  return {
    indicators,
    ratingIndicators,
    options: { ...options, directions: options.directions.filter((d) => used.has(d)) },
    notApplying,
    stored,
  };
}

/**
 * Rates one comparison: the given objects on the catalogue's indicators of the period that apply
 * to their type (all of them for municipalities, type null). `valueOf` gives an object's value of
 * an indicator (undefined = not computed, shown as missing). Null when nothing can be compared.
 */
export function rateComparison(
  catalogue: Catalogue,
  period: PeriodForZones,
  objects: readonly ComparedObject[],
  type: OrgType | null,
  valueOf: (objectId: number, indicatorCode: string) => Outcome | undefined,
  { explain = true }: { explain?: boolean } = {},
): StoredRating | null {
  const plan = comparisonPlan(catalogue, period, type);
  if (objects.length === 0 || plan.indicators.length === 0) return null;
  const rating = rate(
    objects.map((o) => {
      const values: Record<string, Outcome> = {};
      for (const i of plan.indicators) {
        // An indicator for other levels of education does not apply: not calculable, out of the divisor, never 0.
        const reason = plan.notApplying(i, o);
        if (reason !== undefined) {
          values[i.code] = invalid(reason);
          continue;
        }
        const v = valueOf(o.id, i.code);
        if (v) values[i.code] = v;
      }
      return { id: String(o.id), values };
    }),
    plan.ratingIndicators,
    { ...plan.options, explain },
  );
  return plan.stored(objects, rating);
}

/**
 * compactRating(rateComparison(…, { explain: false })) for outcomes in a table, computed over
 * columns (rateColumns) instead of an object per cell: how a recompute stores its ratings. The
 * same text to the byte (rate-comparison-columns.test.ts). Null when nothing can be compared.
 */
export function compactRatingOf(
  catalogue: Catalogue,
  period: PeriodForZones,
  objects: readonly ComparedObject[],
  type: OrgType | null,
  table: OutcomeTable,
): string | null {
  const plan = comparisonPlan(catalogue, period, type);
  if (objects.length === 0 || plan.indicators.length === 0) return null;
  const n = objects.length;
  const kinds = new Uint8Array(n * plan.indicators.length);
  const values = new Float64Array(n * plan.indicators.length);
  const reasons = [...table.reasons];
  const width = table.columnOf.size;
  plan.indicators.forEach((indicator, j) => {
    const column = table.columnOf.get(indicator.code);
    objects.forEach((o, i) => {
      const cell = j * n + i;
      const reason = plan.notApplying(indicator, o);
      if (reason !== undefined) {
        kinds[cell] = CELL_INVALID;
        values[cell] = reasons.push(reason) - 1;
        return;
      }
      const row = table.rowOf.get(o.id);
      if (row === undefined || column === undefined) return;
      kinds[cell] = table.kinds[row * width + column] ?? CELL_NONE;
      values[cell] = table.values[row * width + column] ?? 0;
    });
  });
  const ids = objects.map((o) => String(o.id));
  const rating = rateColumns({ ids, kinds, values, reasons }, plan.ratingIndicators, plan.options);
  return storedText(plan.stored(objects, rating));
}

/** The stored text of a packed rating (format 2: means in lists too, see packMeans). */
function storedText(content: Omit<StoredRating, 'rating'> & { rating: PackedRating }): string {
  const ids = content.objects.map((o) => String(o.id));
  return JSON.stringify({ ...content, packed: 2, rating: packMeans(content.rating, ids) });
}

/**
 * A rating as stored: numbers only, indicator cells packed in columns by object order. Cell
 * explanations, score details and the lists of parts a mean used are left out (they were most of
 * a region's stored ratings: 600,000 cells) and come back when the comparison is rated again for
 * viewing (rating-queries getComparison with explain). storedRating reads it back.
 */
export function compactRating(content: StoredRating): string {
  const ids = content.objects.map((o) => String(o.id));
  return storedText({ ...content, rating: packRating(content.rating, ids) });
}

/** Format 1: indicator cells in lists, means keyed by object id; format 2 (written now): means in lists too. */
type PackedStoredRating = Omit<StoredRating, 'rating'> & ({ packed: 1; rating: PackedRating } | { packed: 2; rating: PackedMeansRating });

/**
 * A stored rating as the application reads it (see compactRating): explanations empty, no details,
 * `used` empty. Takes the stored JSON text (or the value already parsed).
 */
export function storedRating(json: unknown): StoredRating {
  const stored = (typeof json === 'string' ? JSON.parse(json) : json) as StoredRating | PackedStoredRating;
  if (!('packed' in stored)) return stored;
  const ids = stored.objects.map((o) => String(o.id));
  const rating = stored.packed === 2 ? unpackMeans(stored.rating, ids) : stored.rating;
  return {
    objects: stored.objects,
    indicators: stored.indicators,
    directions: stored.directions,
    zoneYear: stored.zoneYear,
    rating: {
      ...rating,
      indicators: rating.indicators.map((ind) => ({ ...indicatorHead(ind), cells: unpackColumns(ind.columns, ids) })),
    },
  };
}
