import type { Catalogue } from '../catalogue/catalogue.ts';
import { displayPrecisionOf, inversionOf, missingRuleOf, placePrecisionOf } from '../catalogue/scoring-rules.ts';
import { zoneYears } from '../catalogue/zone-thresholds.ts';
import { invalid, type Outcome } from '../outcome.ts';
import { levelsReason, teachesLevels } from '../org/education-levels.ts';
import type { Place } from '../rating/places.ts';
import { rate, type IndicatorCell, type IndicatorRating, type Rating, type RatingIndicator, type RatingOptions } from '../rating/rating.ts';
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
  const ratingIndicators: RatingIndicator[] = indicators.map((i) => ({
    code: i.code,
    directions: i.directions,
    polarity: i.polarity,
    ...(i.polarity === 'lower_better' ? { inversion: inversionOf(catalogue, i.code) } : {}),
  }));
  const rating = rate(
    objects.map((o) => {
      const values: Record<string, Outcome> = {};
      for (const i of indicators) {
        // An indicator for other levels of education does not apply: not calculable, out of the divisor, never 0.
        if (type !== null && !teachesLevels(i.levels, o.levels)) {
          values[i.code] = invalid(levelsReason(i.levels ?? [], o.levels));
          continue;
        }
        const v = valueOf(o.id, i.code);
        if (v) values[i.code] = v;
      }
      return { id: String(o.id), values };
    }),
    ratingIndicators,
    { ...options, directions: options.directions.filter((d) => used.has(d)), explain },
  );
  return {
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
  };
}

/** An outcome in a packed column: the number when ok, else [kind, reason]. */
type PackedOutcome = number | [kind: 'missing' | 'invalid', reason: string];
/** A place in a packed column: [place, placeTo, roundedScore, ...tiedWith]. */
type PackedPlace = [number, number, number, ...string[]];
type PackedCell = [value: PackedOutcome, score: PackedOutcome, place: PackedPlace | null] | null;

const packOutcome = (o: Outcome): PackedOutcome => (o.kind === 'ok' ? o.value : [o.kind, o.reason]);
const unpackOutcome = (p: PackedOutcome): Outcome =>
  typeof p === 'number'
    ? { kind: 'ok', value: p }
    : p[0] === 'invalid'
      ? { kind: 'invalid', reason: p[1] }
      : { kind: 'missing', reason: p[1] };

function packPlace(p: Place | undefined): PackedPlace | null {
  return p ? [p.place, p.placeTo, p.roundedScore, ...p.tiedWith] : null;
}

function unpackPlace(p: PackedPlace | null): Place | undefined {
  if (!p) return undefined;
  const [place, placeTo, roundedScore, ...tiedWith] = p;
  return { place, placeTo, label: placeTo === place ? String(place) : `${place}–${placeTo}`, roundedScore, tiedWith };
}

const withoutText = <C extends { explanation: string; used: string[] }>(cells: Record<string, C>): Record<string, C> =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, { ...c, explanation: '', used: [] }]));

/**
 * A rating as stored: numbers only, indicator cells packed in columns by object order. Cell
 * explanations, score details and the lists of parts a mean used are left out (they were most of
 * a region's stored ratings: 600,000 cells) and come back when the comparison is rated again for
 * viewing (rating-queries getComparison with explain). storedRating reads it back.
 */
export function compactRating(content: StoredRating): string {
  const ids = content.objects.map((o) => String(o.id));
  return JSON.stringify({
    ...content,
    packed: 1,
    rating: {
      ...content.rating,
      indicators: content.rating.indicators.map((ind) => ({
        code: ind.code,
        polarity: ind.polarity,
        ...(ind.inversion ? { inversion: ind.inversion } : {}),
        best: ind.best,
        columns: ids.map((id): PackedCell => {
          const cell = ind.cells[id];
          return cell ? [packOutcome(cell.value), packOutcome(cell.score), packPlace(cell.place)] : null;
        }),
      })),
      directions: content.rating.directions.map((d) => ({ code: d.code, cells: withoutText(d.cells) })),
      summary: withoutText(content.rating.summary),
    },
  });
}

interface PackedRating extends Omit<StoredRating, 'rating'> {
  packed: 1;
  rating: Omit<Rating, 'indicators'> & {
    indicators: (Pick<IndicatorRating, 'code' | 'polarity' | 'inversion' | 'best'> & { columns: PackedCell[] })[];
  };
}

/** A stored rating as the application reads it (see compactRating): explanations empty, no details, `used` empty. */
export function storedRating(json: unknown): StoredRating {
  const stored = json as StoredRating | PackedRating;
  if (!('packed' in stored)) return stored;
  const ids = stored.objects.map((o) => String(o.id));
  return {
    objects: stored.objects,
    indicators: stored.indicators,
    directions: stored.directions,
    zoneYear: stored.zoneYear,
    rating: {
      ...stored.rating,
      indicators: stored.rating.indicators.map((ind) => {
        const cells: Record<string, IndicatorCell> = {};
        ind.columns.forEach((packedCell, i) => {
          const id = ids[i];
          if (!packedCell || id === undefined) return;
          const [value, score, place] = packedCell;
          const unpackedPlace = unpackPlace(place);
          cells[id] = {
            value: unpackOutcome(value),
            score: unpackOutcome(score),
            explanation: '',
            ...(unpackedPlace ? { place: unpackedPlace } : {}),
          };
        });
        return { code: ind.code, polarity: ind.polarity, ...(ind.inversion ? { inversion: ind.inversion } : {}), best: ind.best, cells };
      }),
    },
  };
}
