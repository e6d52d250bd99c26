import type { ZoneBand, ZoneYear } from '../catalogue/zone-thresholds.ts';
import { invalid, ok, type Outcome } from '../outcome.ts';
import { roundToPrecision } from './round-to-precision.ts';

type Zone = ZoneBand['zone'];

/** Where a score outside every published band goes (catalogue `scoring.gapRule`). */
export interface GapRule {
  /** A score between two bands goes to the lower or the upper of the two zones. */
  between: 'lower' | 'upper';
  /** Zone of a score below the lowest band. */
  below: Zone;
  /** Zone of a score above the highest band. */
  above: Zone;
}

/** The rule of the motivating-monitoring catalogue: gaps → lower zone, below → red, above → green. */
export const DEFAULT_GAP_RULE: GapRule = { between: 'lower', below: 'red', above: 'green' };

/** How a zone was decided. */
export type ZoneRuleApplied = 'band' | 'gap_lower' | 'gap_upper' | 'below' | 'above';

/** The zone of one score, with what decided it. */
export interface ZoneDecision {
  zone: Zone;
  /** Name of the band (from the year's thresholds), e.g. «Желтая зона»; the zone code if no band has it. */
  name: string;
  roundedScore: number;
  rule: ZoneRuleApplied;
  /** Russian explanation: «58.5 между 47–58 и 59–82 → нижняя зона (желтая)». */
  explanation: string;
}

const range = (b: ZoneBand) => `${b.min}–${b.max}`;

/** Reads `scoring.gapRule` of a catalogue, or undefined when absent or malformed. */
export function gapRuleOf(scoring: Record<string, unknown> | undefined): GapRule | undefined {
  const g = scoring?.gapRule as Partial<GapRule> | undefined;
  const zones: unknown[] = ['green', 'yellow', 'red'];
  if (!g || (g.between !== 'lower' && g.between !== 'upper') || !zones.includes(g.below) || !zones.includes(g.above)) return undefined;
  return { between: g.between, below: g.below as Zone, above: g.above as Zone };
}

/**
 * The zone of a score (points) for a year's thresholds: the score is rounded to `precision`
 * first; bands are inclusive [min, max]; every other score gets a zone by the gap rule.
 * Invalid only when the year has no bands or a band has min > max.
 */
export function zoneOf(score: number, year: ZoneYear, gapRule: GapRule = DEFAULT_GAP_RULE, precision = 0.01): Outcome<ZoneDecision> {
  const bands = [...year.bands].sort((a, b) => a.min - b.min);
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return invalid(`для ${year.year} г. не заданы пороги зон`);
  const bad = bands.find((b) => b.min > b.max);
  if (bad) return invalid(`порог зоны «${bad.name}» ${year.year} г. задан неверно: ${range(bad)}`);
  const s = roundToPrecision(score, precision);
  const nameOf = (zone: Zone) => bands.find((b) => b.zone === zone)?.name ?? zone;
  const decide = (zone: Zone, rule: ZoneRuleApplied, why: string): Outcome<ZoneDecision> =>
    ok({ zone, name: nameOf(zone), roundedScore: s, rule, explanation: `${s}: ${why} → ${nameOf(zone)}` });

  // Highest band first so that overlapping bands resolve to the better zone.
  const inside = [...bands].reverse().find((b) => s >= b.min && s <= b.max);
  if (inside) return decide(inside.zone, 'band', `в диапазоне ${range(inside)}`);
  if (s < first.min) return decide(gapRule.below, 'below', `ниже нижней границы ${first.min}`);
  if (s > last.max) return decide(gapRule.above, 'above', `выше верхней границы ${last.max}`);
  const upperIndex = bands.findIndex((b) => b.min > s);
  const upper = bands[upperIndex];
  const lower = bands[upperIndex - 1];
  if (!upper || !lower) return invalid(`балл ${s} не отнесён ни к одной зоне ${year.year} г.`);
  const gap = `между диапазонами ${range(lower)} и ${range(upper)}`;
  return gapRule.between === 'lower'
    ? decide(lower.zone, 'gap_lower', `${gap}, правило разрыва — нижняя зона`)
    : decide(upper.zone, 'gap_upper', `${gap}, правило разрыва — верхняя зона`);
}
