import { DEFAULT_MISSING_RULE, type MissingRule } from '../rating/direction-scores.ts';
import { DEFAULT_INVERSION, type InversionRule } from '../rating/score.ts';
import type { Catalogue } from './catalogue.ts';
import { zoneYears } from './zone-thresholds.ts';

/** The rules of `scoring` the engine reads (already schema-checked; see catalogs/FORMAT.md). */
interface ScoringRules {
  missingRule?: MissingRule;
  missingRuleNote?: string;
  placePrecision?: number;
  inversion?: InversionRule;
  inversionByIndicator?: Record<string, InversionRule>;
}

type Source = Pick<Catalogue, 'kind' | 'precision' | 'scoring'>;

const rulesOf = (c: Pick<Catalogue, 'scoring'>): ScoringRules => (c.scoring ?? {}) as ScoringRules;

/**
 * What a missing indicator does to a mean: the seed's divisor (`zero`, default: «показатель не
 * представлен — 0 баллов») unless the catalogue chooses `exclude` as the authority's own deviation.
 */
export function missingRuleOf(c: Pick<Catalogue, 'scoring'>): MissingRule {
  return rulesOf(c).missingRule ?? DEFAULT_MISSING_RULE;
}

/**
 * The step scores are rounded to before places and zones are decided (`scoring.placePrecision`).
 * Default: whole points for an indicator catalogue that publishes zone thresholds — seed 000, the
 * one seed that publishes places and zones, ranks on whole points («в желтой зоне (48 баллов),
 * занимает 29 – 40 позицию»; bands 82–59, 58–47, 45–43); otherwise the catalogue's `precision`
 * (default 0.01), as before: the other seeds publish no places.
 */
export function placePrecisionOf(c: Source): number {
  const explicit = rulesOf(c).placePrecision;
  if (explicit !== undefined) return explicit;
  if (c.kind === 'indicators' && zoneYears(c.scoring).length > 0) return 1;
  return c.precision ?? 0.01;
}

/** The step scores are shown to: the catalogue's `precision` (default 0.01), never coarser than places. */
export function displayPrecisionOf(c: Source): number {
  return Math.min(c.precision ?? 0.01, placePrecisionOf(c));
}

/** The inversion rule of a lower-is-better indicator: its own, else the catalogue's, else linear. */
export function inversionOf(c: Pick<Catalogue, 'scoring'>, indicatorCode: string): InversionRule {
  const r = rulesOf(c);
  return r.inversionByIndicator?.[indicatorCode] ?? r.inversion ?? DEFAULT_INVERSION;
}
