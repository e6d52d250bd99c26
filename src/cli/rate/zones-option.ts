import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { AppError } from '../../app/app-error.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { parseEnteredNumber } from '../../domain/collection/parse-entered-number.ts';
import { placePrecisionOf } from '../../domain/catalogue/scoring-rules.ts';
import { zoneYears, type ZoneBand, type ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import { DEFAULT_GAP_RULE, gapRuleOf, type GapRule } from '../../domain/engine/zones.ts';

const CATALOGS = resolve(import.meta.dirname, '../../../catalogs');

/** The newest version of the motivating-monitoring catalogue (motivating-monitoring.vN.yaml). */
function motivatingCatalogue(): string {
  const versions = readdirSync(CATALOGS)
    .map((f) => /^motivating-monitoring\.v(\d+)\.yaml$/.exec(f))
    .flatMap((m) => (m?.[1] ? [Number(m[1])] : []));
  return join(CATALOGS, `motivating-monitoring.v${Math.max(1, ...versions)}.yaml`);
}
const NAMES: Record<ZoneBand['zone'], string> = { green: 'Зеленая зона', yellow: 'Желтая зона', red: 'Красная зона' };
const ALIASES: Record<string, ZoneBand['zone']> = {
  green: 'green',
  зеленая: 'green',
  зелёная: 'green',
  yellow: 'yellow',
  желтая: 'yellow',
  жёлтая: 'yellow',
  red: 'red',
  красная: 'red',
};

/** Zones of a rating with the precision of places and zones they come with. */
/** A band's bound as written («59», «47,5»); the pattern above has already checked it is a number. */
function bound(text: string | undefined): number {
  const read = parseEnteredNumber(text);
  return read.kind === 'number' ? read.value : Number.NaN;
}

export interface ZonesOption {
  year: ZoneYear;
  gapRule: GapRule;
  /** Step scores are rounded to before places and zones (the catalogue's; whole points for bands in whole points). */
  placePrecision: number;
}

/**
 * The zones of `--zones`: a year (thresholds, gap rule and precision of places and zones from the
 * newest motivating-monitoring catalogue, e.g. 2021) or explicit bands «green=59-82,yellow=47-58,red=43-45»
 * (gap rule: lower zone, below → red, above → green; whole points when every bound is whole, as in 000).
 */
export function zonesOption(spec: string, cataloguePath = motivatingCatalogue()): ZonesOption {
  if (/^\d{4}$/.test(spec.trim())) {
    const catalogue = parse(readFileSync(cataloguePath, 'utf8')) as Pick<Catalogue, 'kind' | 'precision' | 'scoring'>;
    const scoring = catalogue.scoring;
    const year = zoneYears(scoring).find((y) => y.year === Number(spec));
    const known = zoneYears(scoring)
      .map((y) => y.year)
      .join(', ');
    if (!year)
      throw new AppError(
        'validation_failed',
        `Порогов зон за ${spec} г. нет в каталоге мотивирующего мониторинга (есть: ${known}). Задайте пороги явно: --zones "green=59-82,yellow=47-58,red=43-45".`,
      );
    return { year, gapRule: gapRuleOf(scoring) ?? DEFAULT_GAP_RULE, placePrecision: placePrecisionOf(catalogue) };
  }
  const bands: ZoneBand[] = [];
  for (const part of spec
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([^=]+)=\s*(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    const zone = m?.[1] ? ALIASES[m[1].trim().toLowerCase()] : undefined;
    if (!m || !zone)
      throw new AppError(
        'validation_failed',
        `Порог зоны «${part}» не распознан. Пример: --zones "green=59-82,yellow=47-58,red=43-45" или --zones 2021.`,
      );
    const min = bound(m[2]);
    const max = bound(m[3]);
    bands.push({ zone, name: NAMES[zone], min: Math.min(min, max), max: Math.max(min, max) });
  }
  if (bands.length === 0) throw new AppError('validation_failed', 'Пороги зон не заданы. Пример: --zones 2021.');
  const whole = bands.every((b) => Number.isInteger(b.min) && Number.isInteger(b.max));
  return { year: { year: 0, bands }, gapRule: DEFAULT_GAP_RULE, placePrecision: whole ? 1 : 0.01 };
}
