import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { AppError } from '../../app/app-error.ts';
import { zoneYears, type ZoneBand, type ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import { DEFAULT_GAP_RULE, gapRuleOf, type GapRule } from '../../domain/engine/zones.ts';

const CATALOGUE = resolve(import.meta.dirname, '../../../catalogs/motivating-monitoring.v1.yaml');
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

/**
 * The zones of `--zones`: a year (thresholds and gap rule from the motivating-monitoring
 * catalogue, e.g. 2021) or explicit bands «green=59-82,yellow=47-58,red=43-45» (gap rule: lower zone, below → red, above → green).
 */
export function zonesOption(spec: string, cataloguePath = CATALOGUE): { year: ZoneYear; gapRule: GapRule } {
  if (/^\d{4}$/.test(spec.trim())) {
    const scoring = (parse(readFileSync(cataloguePath, 'utf8')) as { scoring?: Record<string, unknown> }).scoring;
    const year = zoneYears(scoring).find((y) => y.year === Number(spec));
    const known = zoneYears(scoring)
      .map((y) => y.year)
      .join(', ');
    if (!year)
      throw new AppError(
        'validation_failed',
        `Порогов зон за ${spec} г. нет в каталоге мотивирующего мониторинга (есть: ${known}). Задайте пороги явно: --zones "green=59-82,yellow=47-58,red=43-45".`,
      );
    return { year, gapRule: gapRuleOf(scoring) ?? DEFAULT_GAP_RULE };
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
    const min = Number(m[2]?.replace(',', '.'));
    const max = Number(m[3]?.replace(',', '.'));
    bands.push({ zone, name: NAMES[zone], min: Math.min(min, max), max: Math.max(min, max) });
  }
  if (bands.length === 0) throw new AppError('validation_failed', 'Пороги зон не заданы. Пример: --zones 2021.');
  return { year: { year: 0, bands }, gapRule: DEFAULT_GAP_RULE };
}
