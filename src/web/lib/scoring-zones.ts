export interface ZoneColumn {
  key: string;
  label: string;
  /** antd Tag colour for the known zones (green, yellow, red). */
  color: string | undefined;
}

export interface ZoneRow {
  year: string;
  /** Threshold text by zone key, e.g. «59 – 82». */
  values: Record<string, string>;
}

export interface ZoneTable {
  zones: ZoneColumn[];
  rows: ZoneRow[];
}

/** Known zones, best first (the stored JSON does not keep key order). */
const KNOWN_ZONES: Record<string, { label: string; color: string; rank: number }> = {
  green: { label: 'Зелёная', color: 'green', rank: 1 },
  зеленая: { label: 'Зелёная', color: 'green', rank: 1 },
  зелёная: { label: 'Зелёная', color: 'green', rank: 1 },
  yellow: { label: 'Жёлтая', color: 'gold', rank: 2 },
  желтая: { label: 'Жёлтая', color: 'gold', rank: 2 },
  жёлтая: { label: 'Жёлтая', color: 'gold', rank: 2 },
  red: { label: 'Красная', color: 'red', rank: 3 },
  красная: { label: 'Красная', color: 'red', rank: 3 },
};

const rank = (key: string): number => KNOWN_ZONES[key.toLowerCase()]?.rank ?? 99;

const LOWER_KEYS = ['from', 'min', 'gte', 'ge', 'gt', 'low', 'lower'];
const UPPER_KEYS = ['to', 'max', 'lte', 'le', 'lt', 'high', 'upper'];
const YEAR_KEYS = ['year', 'period', 'годы', 'год'];
const ZONE_NAME_KEYS = ['zone', 'code', 'key', 'color', 'colour'];
const LABEL_KEYS = ['name', 'label', 'title'];

type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isYear = (key: string): boolean => /^\d{4}(\s*[-–/]\s*\d{2,4})?$/.test(key.trim());
const pick = (d: Dict, keys: string[]): unknown => keys.map((k) => d[k]).find((v) => v !== undefined && v !== null);
const isRange = (v: unknown): boolean => isDict(v) && [...LOWER_KEYS, ...UPPER_KEYS].some((k) => k in v);

function value(v: unknown): string {
  if (typeof v === 'number') return v.toLocaleString('ru-RU');
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** «59 – 82», «от 59», «до 45», or the value as text. */
function rangeText(v: unknown): string {
  if (Array.isArray(v) && v.length === 2) return `${value(v[0])} – ${value(v[1])}`;
  if (isDict(v) && isRange(v)) {
    const lo = pick(v, LOWER_KEYS);
    const hi = pick(v, UPPER_KEYS);
    if (lo !== undefined && hi !== undefined) return `${value(lo)} – ${value(hi)}`;
    if (lo !== undefined) return `от ${value(lo)}`;
    return `до ${value(hi)}`;
  }
  return value(v);
}

/** Zone → threshold pairs from `{green: …, red: …}` or `[{zone: 'green', from, to}, …]`. */
function zoneEntries(v: unknown, labels: Map<string, string>): [string, string][] {
  if (Array.isArray(v)) {
    return v.flatMap((item, index): [string, string][] => {
      if (!isDict(item)) return [[String(index + 1), rangeText(item)]];
      const name = pick(item, ZONE_NAME_KEYS);
      const label = pick(item, LABEL_KEYS);
      const key = String(name ?? label ?? index + 1);
      if (typeof label === 'string') labels.set(key, label);
      const range = pick(item, ['range', 'points', 'score', 'threshold', 'value']) ?? item;
      return [[key, rangeText(range)]];
    });
  }
  if (isDict(v) && !isRange(v)) return Object.entries(v).map(([key, range]) => [key, rangeText(range)]);
  return [['—', rangeText(v)]];
}

/** Rows (year → zone data) of the `zones` object, whichever of the usual layouts it has. */
function yearRows(zones: unknown): [string, unknown][] {
  if (Array.isArray(zones)) {
    const withYear = zones.filter((z): z is Dict => isDict(z) && pick(z, YEAR_KEYS) !== undefined);
    if (withYear.length === 0) return [['', zones]];
    return withYear.map((z) => {
      const rest = Object.fromEntries(Object.entries(z).filter(([k]) => !YEAR_KEYS.includes(k)));
      return [String(pick(z, YEAR_KEYS)), pick(z, ['zones', 'thresholds']) ?? rest];
    });
  }
  if (!isDict(zones)) return [];
  const keys = Object.keys(zones);
  if (keys.length > 0 && keys.every(isYear)) return Object.entries(zones);
  // Zone-major: {green: {"2021": …, "2022": …}, …} → one row per year.
  const inner = Object.values(zones);
  if (inner.length > 0 && inner.every((z) => isDict(z) && !isRange(z) && Object.keys(z).length > 0 && Object.keys(z).every(isYear))) {
    const years = new Map<string, Dict>();
    for (const [zone, byYear] of Object.entries(zones) as [string, Dict][]) {
      for (const [year, range] of Object.entries(byYear)) years.set(year, { ...years.get(year), [zone]: range });
    }
    return [...years.entries()];
  }
  return [['', zones]];
}

/** The zone thresholds of a catalogue's `scoring.zones`, as a year × zone table; null when there are none. */
export function scoringZones(scoring: Record<string, unknown> | undefined): ZoneTable | null {
  const zones = scoring?.zones;
  if (zones === undefined || zones === null) return null;
  const labels = new Map<string, string>();
  const columns: string[] = [];
  const rows = yearRows(zones).map(([year, data]): ZoneRow => {
    const values: Record<string, string> = {};
    for (const [key, text] of zoneEntries(data, labels)) {
      if (!columns.includes(key)) columns.push(key);
      values[key] = text;
    }
    return { year, values };
  });
  if (rows.length === 0 || columns.length === 0) return null;
  rows.sort((a, b) => a.year.localeCompare(b.year));
  columns.sort((a, b) => rank(a) - rank(b));
  return {
    zones: columns.map((key) => {
      const known = KNOWN_ZONES[key.toLowerCase()];
      return { key, label: labels.get(key) ?? known?.label ?? key, color: known?.color };
    }),
    rows,
  };
}
