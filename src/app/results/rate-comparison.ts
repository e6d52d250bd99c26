import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { zoneYears } from '../../domain/catalogue/zone-thresholds.ts';
import type { Outcome } from '../../domain/engine/outcome.ts';
import { rate, type Rating, type RatingIndicator, type RatingOptions } from '../../domain/engine/rating.ts';
import { gapRuleOf } from '../../domain/engine/zones.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';

/** What a stored comparison holds: who was compared on what, and the rating. */
export interface StoredRating {
  objects: { id: number; name: string; shortName: string | null }[];
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

/** The catalogue's rating rules for one period: precision, completeness, summary, zones. */
export function ratingOptions(catalogue: Catalogue, period: PeriodForZones): RatingOptions & { directions: string[] } {
  const zones = zoneYears(catalogue.scoring).find((z) => z.year === zoneYearOf(period));
  const gapRule = gapRuleOf(catalogue.scoring);
  return {
    precision: catalogue.precision ?? 0.01,
    ...(catalogue.minCompleteness !== undefined ? { minCompleteness: catalogue.minCompleteness } : {}),
    summary: catalogue.summary ?? ('directions' as const),
    directions: catalogue.blocks.flatMap((b) => b.directions.map((d) => d.code)),
    ...(zones ? { zones: { year: zones, ...(gapRule ? { gapRule } : {}) } } : {}),
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
  const indicators = (catalogue.indicators ?? []).filter(
    (i) => i.periodKind === period.kind && (type === null || i.orgTypes.includes(type)),
  );
  if (objects.length === 0 || indicators.length === 0) return null;
  const options = ratingOptions(catalogue, period);
  const used = new Set(indicators.flatMap((i) => i.directions));
  const ratingIndicators: RatingIndicator[] = indicators.map((i) => ({ code: i.code, directions: i.directions, polarity: i.polarity }));
  const rating = rate(
    objects.map((o) => ({
      id: String(o.id),
      values: Object.fromEntries(
        indicators.flatMap((i) => {
          const v = valueOf(o.id, i.code);
          return v ? [[i.code, v]] : [];
        }),
      ),
    })),
    ratingIndicators,
    { ...options, directions: options.directions.filter((d) => used.has(d)), explain },
  );
  return {
    objects: objects.map((o) => ({ id: o.id, name: o.name, shortName: o.shortName })),
    indicators: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, polarity: i.polarity, directions: i.directions })),
    directions: catalogue.blocks.flatMap((b) => b.directions.map((d) => ({ code: d.code, name: d.name }))).filter((d) => used.has(d.code)),
    zoneYear: options.zones ? zoneYearOf(period) : null,
    rating,
  };
}

/**
 * A rating as stored: numbers only. Cell explanations and score details are dropped (they were
 * three quarters of a region's stored ratings) and come back when the comparison is rated again
 * for viewing (rating-queries getComparison with explain).
 */
export function compactRating(content: StoredRating): string {
  return JSON.stringify(content, (key, value: unknown) => (key === 'explanation' ? '' : key === 'detail' ? undefined : value));
}
