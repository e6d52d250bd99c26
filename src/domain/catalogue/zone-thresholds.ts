/** A published zone range of one year, e.g. green 59–82 points (000 §1). */
export interface ZoneBand {
  zone: 'green' | 'yellow' | 'red';
  name: string;
  level?: string;
  min: number;
  max: number;
}

/** The zone thresholds a methodology publishes for one year (`scoring.zones[]`). */
export interface ZoneYear {
  year: number;
  appliesTo?: string;
  bands: ZoneBand[];
  gaps?: string;
  source?: string;
  check?: string;
}

export const ZONE_ORDER: ZoneBand['zone'][] = ['green', 'yellow', 'red'];

/** A zone's Russian name as the UI shows it («зелёная»); the same three zones for rating, scoring and leaders. */
export const ZONE_NAMES: Record<ZoneBand['zone'], string> = { green: 'зелёная', yellow: 'жёлтая', red: 'красная' };

/** The zone thresholds of a catalogue by year, best zone first within a year (already schema-checked). */
export function zoneYears(scoring: Record<string, unknown> | undefined): ZoneYear[] {
  const zones = scoring?.zones;
  if (!Array.isArray(zones)) return [];
  return (zones as ZoneYear[])
    .map((z) => ({ ...z, bands: [...z.bands].sort((a, b) => ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone)) }))
    .sort((a, b) => a.year - b.year);
}
