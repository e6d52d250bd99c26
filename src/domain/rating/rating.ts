import type { Polarity } from '../catalogue/catalogue.ts';
import type { ZoneYear } from '../catalogue/zone-thresholds.ts';
import {
  DEFAULT_MISSING_RULE,
  defaultMinCompleteness,
  directionScore,
  NOT_PRESENTED,
  type MissingRule,
  summaryScore,
  type Completeness,
  type MeanScore,
  type ScorePart,
} from './direction-scores.ts';
import type { Outcome } from '../outcome.ts';
import { rankScores, type Place } from './places.ts';
import {
  DEFAULT_INVERSION,
  explainScore,
  findBest,
  scoreValue,
  type BestValue,
  type InversionRule,
  type ObjectValue,
  type ScoreResult,
} from './score.ts';
import { DEFAULT_GAP_RULE, zoneOf, type GapRule, type ZoneDecision } from './zones.ts';

/** An indicator as the rating needs it. */
export interface RatingIndicator {
  code: string;
  directions: string[];
  polarity: Polarity;
  /** Weight in direction and summary means, default 1. */
  weight?: number;
  /** How a lower_better value becomes points (default `linear`). */
  inversion?: InversionRule;
}

/** A compared object with its indicator values by indicator code (absent = missing). */
export interface RatingObject {
  id: string;
  values: Record<string, Outcome>;
}

/** Options of one comparison. */
export interface RatingOptions {
  /** Scores are rounded to this before places and zones (default 0.01). */
  precision?: number;
  /** Scores are shown to this step (default: the finer of `precision` and 0.01); places and zones do not use it. */
  displayPrecision?: number;
  /** What a part without data does to a mean (default `zero`, the seed's divisor). */
  missingRule?: MissingRule;
  /** Summary = mean of directions (default) or of all indicators. */
  summary?: 'directions' | 'indicators';
  /** Share of scorable parts needed for a direction or summary score, 0..1 (default: 0 under `zero`, 0.5 under `exclude`). */
  minCompleteness?: number;
  /** Zone thresholds for the summary score; no zones when absent. */
  zones?: { year: ZoneYear; gapRule?: GapRule };
  /** Reference sets per indicator code for the best value; default: the compared objects. */
  reference?: Record<string, ObjectValue[]>;
  /** Direction order; default: order of first appearance in the indicators. */
  directions?: string[];
  /** Whether to write each cell's Russian explanation (default true); a stored recompute skips them. */
  explain?: boolean;
}

/** One number of the rating with its place and a Russian explanation. */
export interface RatedCell {
  score: Outcome;
  place?: Place;
  explanation: string;
}

export interface IndicatorCell extends RatedCell {
  value: Outcome;
  detail?: ScoreResult;
}

export interface MeanCell extends RatedCell {
  completeness: Completeness;
  used: string[];
}

export interface SummaryCell extends MeanCell {
  zone?: Outcome<ZoneDecision>;
}

export interface IndicatorRating {
  code: string;
  polarity: Polarity;
  /** The inversion rule of a lower_better indicator (absent in ratings stored before it was a choice: `ratio`). */
  inversion?: InversionRule;
  best: Outcome<BestValue>;
  cells: Record<string, IndicatorCell>;
}

export interface DirectionRating {
  code: string;
  cells: Record<string, MeanCell>;
}

/** The full result of one comparison. */
export interface Rating {
  /** Step scores are rounded to before places and zones are decided. */
  precision: number;
  /** Step scores are shown to (absent in ratings stored before: `precision`). */
  displayPrecision?: number;
  /**
   * What a part without data did to the means (absent in ratings stored before: `exclude`).
   * `exclude` is the authority's own deviation from the seed, shown on the rating.
   */
  missingRule?: MissingRule;
  summaryMode: 'directions' | 'indicators';
  minCompleteness: number;
  indicators: IndicatorRating[];
  directions: DirectionRating[];
  summary: Record<string, SummaryCell>;
}

const reasonOf = (o: Outcome) => (o.kind === 'ok' ? '' : o.kind === 'missing' ? `нет данных: ${o.reason}` : `не рассчитан: ${o.reason}`);

function placeText(place: Place | undefined, precision: number): string {
  if (!place) return '';
  const others = place.placeTo - place.place;
  const unnamed = others - place.tiedWith.length;
  const names = place.tiedWith.map((t) => `«${t}»`).join(', ');
  const ties = others > 0 ? `, делит место с ${names}${unnamed > 0 ? ` и ещё ${unnamed}` : ''}` : '';
  return `; место ${place.label} по баллу ${place.roundedScore} (округление до ${precision}${ties})`;
}

function rankCells<C extends RatedCell>(cells: Record<string, C>, precision: number, explain: boolean): void {
  const entries = Object.entries(cells).flatMap(([id, c]) => (c.score.kind === 'ok' ? [{ id, score: c.score.value }] : []));
  for (const [id, place] of rankScores(entries, precision)) {
    const cell = cells[id];
    if (cell) {
      cell.place = place;
      if (explain) cell.explanation += placeText(place, precision);
    }
  }
}

function rateIndicator(ind: RatingIndicator, objects: readonly RatingObject[], options: RatingOptions, precision: number): IndicatorRating {
  const valueOf = (o: RatingObject): Outcome => o.values[ind.code] ?? { kind: 'missing', reason: 'значение не представлено' };
  const reference = options.reference?.[ind.code] ?? objects.map((o) => ({ id: o.id, value: valueOf(o) }));
  const best = findBest(reference, ind.polarity);
  const inversion = ind.inversion ?? DEFAULT_INVERSION;
  const cells: Record<string, IndicatorCell> = {};
  for (const o of objects) {
    const value = valueOf(o);
    const r = scoreValue(value, best, inversion);
    const explain = options.explain !== false;
    cells[o.id] =
      r.kind === 'ok'
        ? { value, score: { kind: 'ok', value: r.value.score }, detail: r.value, explanation: explain ? explainScore(r.value) : '' }
        : { value, score: r, explanation: explain ? reasonOf(r) : '' };
  }
  rankCells(cells, precision, options.explain !== false);
  return { code: ind.code, polarity: ind.polarity, ...(ind.polarity === 'lower_better' ? { inversion } : {}), best, cells };
}

function meanCell(m: MeanScore, what: string, explain: boolean): MeanCell {
  const c = m.completeness;
  if (!explain) return { score: m.score, completeness: c, used: m.used, explanation: '' };
  const zeroed = m.zeroed.map((code) => `${code}: ${NOT_PRESENTED}`).join('; ');
  const parts = [...m.used, ...m.zeroed].join(', ');
  const head =
    m.score.kind === 'ok'
      ? `среднее ${what} (${parts}) = ${m.score.value}${zeroed ? ` (${zeroed}; делитель — все ${c.applicable})` : ''}`
      : reasonOf(m.score);
  return { score: m.score, completeness: c, used: m.used, explanation: `${head}; полнота ${c.scored} из ${c.applicable}` };
}

/** The settings a rating states, with their defaults. */
export function ratingSettings(options: RatingOptions): Pick<Rating, 'precision' | 'missingRule' | 'summaryMode' | 'minCompleteness'> & {
  displayPrecision: number;
  missingRule: MissingRule;
} {
  const precision = options.precision ?? 0.01;
  const missingRule = options.missingRule ?? DEFAULT_MISSING_RULE;
  return {
    precision,
    displayPrecision: options.displayPrecision ?? Math.min(precision, 0.01),
    missingRule,
    summaryMode: options.summary ?? 'directions',
    minCompleteness: options.minCompleteness ?? defaultMinCompleteness(missingRule),
  };
}

/**
 * Rates objects in one comparison: per indicator scores and places, per direction and summary
 * means, places, completeness and (with thresholds) summary zones, each with an explanation.
 * Context indicators are listed but not scored and stay out of every mean.
 */
export function rate(objects: readonly RatingObject[], indicators: readonly RatingIndicator[], options: RatingOptions = {}): Rating {
  const { precision, displayPrecision, missingRule, minCompleteness, summaryMode } = ratingSettings(options);
  const explain = options.explain !== false;
  const indicatorRatings = indicators.map((ind) => rateIndicator(ind, objects, options, precision));
  const scorable = indicators.flatMap((ind, i) => (ind.polarity === 'context' ? [] : [{ ind, rating: indicatorRatings[i] }]));
  const part = (x: (typeof scorable)[number], id: string): ScorePart => ({
    code: x.ind.code,
    score: x.rating?.cells[id]?.score ?? { kind: 'missing', reason: 'нет данных' },
    weight: x.ind.weight,
  });

  const directionCodes = options.directions ?? [...new Set(scorable.flatMap((x) => x.ind.directions))];
  const directions: DirectionRating[] = directionCodes.map((code) => {
    const members = scorable.filter((x) => x.ind.directions.includes(code));
    const cells: Record<string, MeanCell> = {};
    for (const o of objects)
      cells[o.id] = meanCell(
        directionScore(
          members.map((x) => part(x, o.id)),
          minCompleteness,
          missingRule,
        ),
        'баллов показателей',
        explain,
      );
    rankCells(cells, precision, explain);
    return { code, cells };
  });

  const summary: Record<string, SummaryCell> = {};
  for (const o of objects) {
    const parts = {
      directions: directions.map((d) => ({ code: d.code, score: d.cells[o.id]?.score ?? { kind: 'missing', reason: 'нет данных' } })),
      // Only the summary over all indicators needs their parts (300 per object in a large catalogue).
      indicators: summaryMode === 'indicators' ? scorable.map((x) => part(x, o.id)) : [],
    } satisfies { directions: ScorePart[]; indicators: ScorePart[] };
    const what = summaryMode === 'directions' ? 'баллов направлений' : 'баллов всех показателей';
    summary[o.id] = meanCell(summaryScore(summaryMode, parts, minCompleteness, missingRule), what, explain);
  }
  rankCells(summary, precision, explain);
  if (options.zones) {
    for (const cell of Object.values(summary)) {
      if (cell.score.kind !== 'ok') continue;
      cell.zone = zoneOf(cell.score.value, options.zones.year, options.zones.gapRule ?? DEFAULT_GAP_RULE, precision);
      if (explain)
        cell.explanation +=
          cell.zone.kind === 'ok' ? `; зона: ${cell.zone.value.explanation}` : `; зона не определена: ${cell.zone.reason}`;
    }
  }
  return {
    precision,
    displayPrecision,
    missingRule,
    summaryMode,
    minCompleteness,
    indicators: indicatorRatings,
    directions,
    summary,
  };
}
