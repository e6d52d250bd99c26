import type { CardIndicator, CardPeriod, CardPlace, CardValue, OrgCardView, Outcome } from '../api/types.ts';
import { positiveInt } from './positive-int.ts';

/** URL of an object's results card, optionally in a given catalogue version and period. */
export function resultCardPath(orgId: number, catalogueId: number | null = null, periodId: number | null = null): string {
  const params = new URLSearchParams();
  if (catalogueId !== null) params.set('catalogueId', String(catalogueId));
  if (periodId !== null) params.set('periodId', String(periodId));
  const qs = params.toString();
  return `/results/card/${orgId}${qs ? `?${qs}` : ''}`;
}

/** The card of an object compared on the ratings page, in the catalogue the page shows (?catalogue=). */
export function resultCardPathFromRatings(orgId: number, ratingsSearch: string): string {
  const catalogue = new URLSearchParams(ratingsSearch).get('catalogue');
  return resultCardPath(orgId, catalogue && /^\d+$/.test(catalogue) ? Number(catalogue) : null);
}

export interface CardSelection {
  catalogueId: number | null;
  periodId: number | null;
}

export function parseCardQuery(search: string): CardSelection {
  const params = new URLSearchParams(search);
  return { catalogueId: positiveInt(params.get('catalogueId')), periodId: positiveInt(params.get('periodId')) };
}

/** The requested period if the card has it, else the latest school year, else the latest period. */
export function pickCardPeriod(card: OrgCardView, requested: number | null): CardPeriod | undefined {
  const found = card.periods.find((p) => p.id === requested);
  if (found) return found;
  return card.periods.filter((p) => p.kind === 'school_year').at(-1) ?? card.periods.at(-1);
}

/** «3 из 12», «2–3 из 12». */
export function placeOf(place: CardPlace | null | undefined): string | null {
  return place ? `${place.label} из ${place.count}` : null;
}

const okValue = (o: Outcome | null | undefined): number | null => (o?.kind === 'ok' ? o.value : null);

/** One line of the dynamics chart per object: its values by period (null = no value). */
export interface IndicatorSeries {
  periods: { id: number; label: string }[];
  org: (number | null)[];
  municipality: (number | null)[] | null;
  region: (number | null)[] | null;
}

/** Values of an indicator over the periods of its kind (oldest first): the object, its municipality, its region. */
export function indicatorSeries(card: OrgCardView, code: string): IndicatorSeries {
  const points = card.periods.flatMap((p) => {
    const v = p.values.find((x) => x.code === code);
    return v ? [{ period: p, v }] : [];
  });
  return {
    periods: points.map(({ period }) => ({ id: period.id, label: period.code })),
    org: points.map(({ v }) => okValue(v.value)),
    municipality: card.municipality ? points.map(({ v }) => okValue(v.municipality)) : null,
    region: card.region ? points.map(({ v }) => okValue(v.region)) : null,
  };
}

/** A change since the previous period of the same kind: the difference and whether it is good. */
export interface Change {
  delta: number;
  /** Compared with this period. */
  since: string;
  /** better / worse by polarity; neutral for context indicators or no change. */
  verdict: 'better' | 'worse' | 'neutral';
}

function changeBetween(current: number | null, previous: number | null, since: string, polarity: CardIndicator['polarity']): Change | null {
  if (current === null || previous === null) return null;
  const delta = current - previous;
  if (Math.abs(delta) < 1e-9 || polarity === 'context') return { delta, since, verdict: 'neutral' };
  const up = delta > 0;
  return { delta, since, verdict: up === (polarity === 'higher_better') ? 'better' : 'worse' };
}

/** The unit of a change: a difference of percentages is in percentage points. */
export function changeUnit(unit: string, suffix: string): string {
  return unit === 'percent' ? 'п. п.' : suffix;
}

/** The period of the same kind just before `period`, if the card has one. */
export function previousPeriod(card: OrgCardView, period: CardPeriod): CardPeriod | undefined {
  const index = card.periods.findIndex((p) => p.id === period.id);
  return card.periods
    .slice(0, Math.max(index, 0))
    .filter((p) => p.kind === period.kind)
    .at(-1);
}

/** Change of an indicator's value since the previous period of the same kind. */
export function valueChange(card: OrgCardView, period: CardPeriod, indicator: CardIndicator): Change | null {
  const previous = previousPeriod(card, period);
  if (!previous) return null;
  const now = period.values.find((v) => v.code === indicator.code);
  const before = previous.values.find((v) => v.code === indicator.code);
  return changeBetween(okValue(now?.value), okValue(before?.value), previous.code, indicator.polarity);
}

/** Change of a score (more points is better) since the previous period of the same kind. */
export function scoreChange(card: OrgCardView, period: CardPeriod, scoreOf: (p: CardPeriod) => Outcome | null | undefined): Change | null {
  const previous = previousPeriod(card, period);
  if (!previous) return null;
  return changeBetween(okValue(scoreOf(period)), okValue(scoreOf(previous)), previous.code, 'higher_better');
}

/** A row of the card's table: the summary, a direction (with its indicators as children) or an indicator. */
export type CardRow =
  | { key: string; kind: 'summary'; period: CardPeriod; change: Change | null }
  | { key: string; kind: 'direction'; code: string; name: string; period: CardPeriod; change: Change | null; children: CardRow[] }
  | { key: string; kind: 'indicator'; indicator: CardIndicator; value: CardValue; change: Change | null };

/** Rows of the table for one period: the summary, then each direction with its indicators (in catalogue order). */
export function cardRows(card: OrgCardView, period: CardPeriod): CardRow[] {
  const byCode = new Map(card.indicators.map((i) => [i.code, i]));
  const rows: CardRow[] = [];
  if (period.summary) rows.push({ key: 'summary', kind: 'summary', period, change: scoreChange(card, period, (p) => p.summary?.score) });
  for (const d of card.directions) {
    const children: CardRow[] = period.values.flatMap((value) => {
      const indicator = byCode.get(value.code);
      if (!indicator?.directions.includes(d.code)) return [];
      return [
        { key: `${d.code}/${value.code}`, kind: 'indicator' as const, indicator, value, change: valueChange(card, period, indicator) },
      ];
    });
    if (children.length === 0) continue;
    rows.push({
      key: d.code,
      kind: 'direction',
      code: d.code,
      name: d.name,
      period,
      change: scoreChange(card, period, (p) => p.directions.find((x) => x.code === d.code)?.score),
      children,
    });
  }
  return rows;
}

/** The indicator the chart shows first: the requested one if the card has it, else the first with a value in the period. */
export function defaultChartIndicator(card: OrgCardView, period: CardPeriod | undefined, requested: string | null): string | null {
  if (requested && card.indicators.some((i) => i.code === requested)) return requested;
  const withValue = period?.values.find((v) => v.value.kind === 'ok');
  return withValue?.code ?? period?.values[0]?.code ?? card.indicators[0]?.code ?? null;
}
