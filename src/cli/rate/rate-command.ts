import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { parseEnteredNumber } from '../../domain/collection/parse-entered-number.ts';
import { DEFAULT_MISSING_RULE, type MissingRule } from '../../domain/engine/direction-scores.ts';
import { rate } from '../../domain/engine/rating.ts';
import { DEFAULT_INVERSION, INVERSION_RULES, type InversionRule } from '../../domain/engine/score.ts';
import { parseRateTable } from './parse-rate-table.ts';
import { rateReport } from './rate-report.ts';
import { readGrid } from './read-grid.ts';
import { writeRateReport } from './write-rate-report.ts';
import { zonesOption } from './zones-option.ts';

/** Options of `soko rate`. */
export interface RateOptions {
  out?: string;
  zones?: string;
  summary?: string;
  minCompleteness?: string;
  precision?: string;
  missing?: string;
  inversion?: string;
}

function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const read = parseEnteredNumber(value);
  const n = read.kind === 'number' ? read.value : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new AppError('validation_failed', `${name}: «${value}» — нужно число от ${min} до ${max}.`);
  return n;
}

/** Rates a table file and writes the result; returns the output path. */
export async function runRate(input: string, opts: RateOptions = {}): Promise<string> {
  const out = opts.out ?? join(dirname(input), `${basename(input, extname(input))}.рейтинг${extname(input).toLowerCase()}`);
  if (opts.summary !== undefined && opts.summary !== 'directions' && opts.summary !== 'indicators')
    throw new AppError(
      'validation_failed',
      `--summary: «${opts.summary}» — допустимо directions (среднее направлений) или indicators (среднее показателей).`,
    );
  if (opts.missing !== undefined && opts.missing !== 'zero' && opts.missing !== 'exclude')
    throw new AppError(
      'validation_failed',
      `--missing: «${opts.missing}» — допустимо zero (показатель без данных — 0 баллов, как в 000 §2.2) или exclude (не входит в делитель).`,
    );
  const missingRule = (opts.missing as MissingRule | undefined) ?? DEFAULT_MISSING_RULE;
  if (opts.inversion !== undefined && !(INVERSION_RULES as readonly string[]).includes(opts.inversion))
    throw new AppError(
      'validation_failed',
      `--inversion: «${opts.inversion}» — допустимо linear (наихудшее — 0, лучшее — 100, линейно) или ratio (лучшее / значение × 100).`,
    );
  const inversion = (opts.inversion as InversionRule | undefined) ?? DEFAULT_INVERSION;
  const minCompleteness = numberOption(opts.minCompleteness, '--min-completeness', 0, 1);
  const precision = numberOption(opts.precision, '--precision', 0, 100);
  const zones = opts.zones !== undefined ? zonesOption(opts.zones) : undefined;
  const table = parseRateTable(await readGrid(input));
  const summary = (opts.summary as 'directions' | 'indicators' | undefined) ?? (table.hasDirections ? 'directions' : 'indicators');
  // Places and zones on the precision the zones come with (whole points for 000's), unless --precision says otherwise.
  const placePrecision = precision ?? zones?.placePrecision;
  const indicators = table.indicators.map((i) => (i.polarity === 'lower_better' ? { ...i, inversion } : i));
  const rating = rate(table.objects, indicators, {
    summary,
    missingRule,
    ...(minCompleteness !== undefined ? { minCompleteness } : {}),
    ...(placePrecision !== undefined ? { precision: placePrecision, displayPrecision: Math.min(placePrecision, 0.01) } : {}),
    ...(zones ? { zones: { year: zones.year, gapRule: zones.gapRule } } : {}),
  });
  await writeRateReport(rateReport(table, rating, zones), out);
  return out;
}

/** Registers `soko rate TABLE.xlsx|csv`: scores, places and zones of a table, no database. */
export function registerRateCommand(program: Command): void {
  program
    .command('rate')
    .description('рейтинг по таблице: баллы, места и зоны (строки — объекты, столбцы — показатели); база не нужна')
    .argument('<table>', 'таблица .xlsx или .csv')
    .option('--out <file>', 'файл результата .xlsx или .csv (по умолчанию ТАБЛИЦА.рейтинг.xlsx|csv рядом с исходной)')
    .option(
      '--zones <year|bands>',
      'зоны сводного балла: год из каталога мотивирующего мониторинга (2021) или "green=59-82,yellow=47-58,red=43-45"',
    )
    .option('--summary <mode>', 'сводный балл: directions — среднее направлений, indicators — среднее всех показателей')
    .option(
      '--missing <rule>',
      'показатель без данных: zero — 0 баллов и входит в делитель (по умолчанию, как в методике 000 §2.2); exclude — не входит в делитель (отступление от методики)',
    )
    .option(
      '--inversion <rule>',
      'показатели «меньше — лучше»: linear — (наихудшее − значение) / (наихудшее − лучшее) × 100 (по умолчанию); ratio — лучшее / значение × 100',
    )
    .option(
      '--min-completeness <share>',
      'минимальная полнота для среднего балла, от 0 до 1 (по умолчанию: нет при --missing zero, 0.5 при --missing exclude)',
    )
    .option(
      '--precision <step>',
      'округление баллов перед местами и зонами (по умолчанию: как у порогов зон — целые баллы для --zones 2021; без зон 0.01)',
    )
    .action(async (table: string, opts: RateOptions) => {
      const out = await runRate(table, opts);
      process.stdout.write(`Рейтинг записан: ${out}\n`);
    });
}
