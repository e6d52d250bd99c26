import { levelsReason, teachesLevels } from '../org/education-levels.ts';
import type { Catalogue, Indicator } from '../catalogue/catalogue.ts';
import type { Completeness } from '../rating/direction-scores.ts';
import type { Outcome } from '../outcome.ts';
import type { Place } from '../rating/places.ts';
import type { RatedCell } from '../rating/rating.ts';
import type { ZoneDecision } from '../rating/zones.ts';
import type { OrgKind, OrgType } from '../org/org-kind.ts';
import type { StoredRating } from './rate-comparison.ts';

/** An organisation, municipality or region as the card names it. */
export interface CardOrg {
  id: number;
  name: string;
  shortName: string | null;
  kind: OrgKind;
  type: OrgType | null;
  /** Levels of education the organisation teaches (register attribute `levels`); null when the register does not say. */
  levels?: readonly string[] | null;
}

/** A place among the compared objects: «3 из 12», «2–3 из 12». */
export interface CardPlace {
  place: number;
  placeTo: number;
  label: string;
  /** How many objects were compared. */
  count: number;
}

/** A score with its place (null: not ranked, e.g. no score). */
export interface CardRated {
  score: Outcome;
  place: CardPlace | null;
}

export interface CardSummary extends CardRated {
  completeness: Completeness;
  /** Zone of the summary score when the catalogue sets thresholds for the year. */
  zone: Outcome<ZoneDecision> | null;
}

/** One indicator of one period: the object's value, the municipality's and region's, the score and place. */
export interface CardValue {
  code: string;
  value: Outcome;
  /** The municipality's value (null for a municipality or the region itself). */
  municipality: Outcome | null;
  /** The region's value (null for the region itself). */
  region: Outcome | null;
  /** Null when the object is not compared on this indicator (no rating, or a context indicator). */
  score: Outcome | null;
  place: CardPlace | null;
}

export interface CardDirection extends CardRated {
  code: string;
}

/** One reporting period of the card. */
export interface CardPeriod {
  id: number;
  code: string;
  name: string;
  kind: string;
  startsOn: string;
  /** The comparison the object was rated in, with the number of compared objects. */
  comparison: { key: string; title: string; count: number; zoneYear: number | null } | null;
  summary: CardSummary | null;
  directions: CardDirection[];
  values: CardValue[];
}

export interface CardIndicator {
  code: string;
  name: string;
  unit: string;
  polarity: Indicator['polarity'];
  directions: string[];
  periodKind: Indicator['periodKind'];
}

/** GET /api/results/card: everything known about one object's results in one catalogue version. */
export interface OrgCardView {
  org: CardOrg;
  /** The municipality an organisation belongs to (null for a municipality or the region). */
  municipality: CardOrg | null;
  /** The region (null for the region itself). */
  region: CardOrg | null;
  catalogue: { id: number; code: string; version: number; name: string };
  directions: { code: string; name: string }[];
  /** Indicators that apply to the object, in catalogue order. */
  indicators: CardIndicator[];
  /** Indicators of the object's type that do not apply to it for the levels of education it teaches, with why. */
  notApplicable: { code: string; name: string; reason: string }[];
  /** Periods with results, oldest first. */
  periods: CardPeriod[];
}

/** One stored indicator value (columns of indicator_result). */
export interface ResultRow {
  period_id: number;
  org_id: number;
  indicator_code: string;
  outcome: 'ok' | 'missing' | 'invalid';
  value: number | null;
  reason: string | null;
}

export interface PeriodRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  starts_on: string;
}

export interface CardInput {
  org: CardOrg;
  municipality: CardOrg | null;
  region: CardOrg | null;
  catalogue: { id: number } & Pick<Catalogue, 'code' | 'version' | 'name' | 'blocks' | 'indicators'>;
  /** Periods with results for the object. */
  periods: readonly PeriodRow[];
  /** Stored values of the object, its municipality and its region (any periods). */
  rows: readonly ResultRow[];
  /** The comparison the object is in, by period id. */
  comparisons: ReadonlyMap<number, { key: string; title: string; content: StoredRating }>;
}

const NOT_COMPUTED: Outcome = { kind: 'missing', reason: 'значение не рассчитано' };

function outcomeOf(row: ResultRow | undefined): Outcome {
  if (!row) return NOT_COMPUTED;
  if (row.outcome === 'ok' && row.value !== null) return { kind: 'ok', value: row.value };
  return { kind: row.outcome === 'invalid' ? 'invalid' : 'missing', reason: row.reason ?? 'нет данных' };
}

function placeOf(place: Place | undefined, count: number): CardPlace | null {
  return place ? { place: place.place, placeTo: place.placeTo, label: place.label, count } : null;
}

function rated(cell: RatedCell | undefined, count: number): CardRated {
  return { score: cell?.score ?? { kind: 'missing', reason: 'нет данных' }, place: placeOf(cell?.place, count) };
}

/** Whether an indicator applies to the object: by type for organisations, all of them for territories. */
function applies(indicator: Indicator, org: CardOrg): boolean {
  return org.kind !== 'organisation' || (ofType(indicator, org) && teachesLevels(indicator.levels, org.levels));
}

function ofType(indicator: Indicator, org: CardOrg): boolean {
  return org.type !== null && indicator.orgTypes.includes(org.type);
}

/**
 * Turns the stored rows of one object (its values, its municipality's and region's, and the
 * comparison it was rated in per period) into its card: per period and indicator the value, the
 * roll-ups for comparison, the score and place; per direction and overall the score, place
 * and zone. Pure: the database part is in org-card.ts.
 */
export function shapeOrgCard(input: CardInput): OrgCardView {
  const { org, municipality, region, catalogue } = input;
  const indicators = (catalogue.indicators ?? []).filter((i) => applies(i, org));
  const used = new Set(indicators.flatMap((i) => i.directions));
  const byKey = new Map(input.rows.map((r) => [`${r.period_id}|${r.org_id}|${r.indicator_code}`, r]));
  const valueOf = (periodId: number, orgId: number, code: string) => outcomeOf(byKey.get(`${periodId}|${orgId}|${code}`));
  const id = String(org.id);

  const periods = [...input.periods]
    .sort((a, b) => a.starts_on.localeCompare(b.starts_on) || a.code.localeCompare(b.code))
    .map((p): CardPeriod => {
      const stored = input.comparisons.get(p.id);
      const content = stored?.content;
      const count = content?.objects.length ?? 0;
      const ratingOf = new Map((content?.rating.indicators ?? []).map((r) => [r.code, r]));
      const values = indicators
        .filter((i) => i.periodKind === p.kind)
        .map((i): CardValue => {
          const cell = ratingOf.get(i.code)?.cells[id];
          const scored = cell !== undefined && i.polarity !== 'context';
          return {
            code: i.code,
            value: valueOf(p.id, org.id, i.code),
            municipality: municipality ? valueOf(p.id, municipality.id, i.code) : null,
            region: region ? valueOf(p.id, region.id, i.code) : null,
            score: scored ? cell.score : null,
            place: scored ? placeOf(cell.place, count) : null,
          };
        });
      const summaryCell = content?.rating.summary[id];
      return {
        id: p.id,
        code: p.code,
        name: p.name,
        kind: p.kind,
        startsOn: p.starts_on,
        comparison: stored && content ? { key: stored.key, title: stored.title, count, zoneYear: content.zoneYear } : null,
        summary: summaryCell
          ? { ...rated(summaryCell, count), completeness: summaryCell.completeness, zone: summaryCell.zone ?? null }
          : null,
        directions: (content?.rating.directions ?? []).map((d) => ({ code: d.code, ...rated(d.cells[id], count) })),
        values,
      };
    });

  return {
    org,
    municipality,
    region,
    catalogue: { id: catalogue.id, code: catalogue.code, version: catalogue.version, name: catalogue.name },
    directions: catalogue.blocks.flatMap((b) => b.directions.map((d) => ({ code: d.code, name: d.name }))).filter((d) => used.has(d.code)),
    indicators: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      polarity: i.polarity,
      directions: i.directions,
      periodKind: i.periodKind,
    })),
    notApplicable: (catalogue.indicators ?? [])
      .filter((i) => org.kind === 'organisation' && ofType(i, org) && !applies(i, org))
      .map((i) => ({ code: i.code, name: i.name, reason: levelsReason(i.levels ?? [], org.levels) })),
    periods,
  };
}
