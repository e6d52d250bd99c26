import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { rate } from '../../domain/engine/rating.ts';
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
}

function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
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
  const minCompleteness = numberOption(opts.minCompleteness, '--min-completeness', 0, 1);
  const precision = numberOption(opts.precision, '--precision', 0, 100);
  const zones = opts.zones !== undefined ? zonesOption(opts.zones) : undefined;
  const table = parseRateTable(await readGrid(input));
  const summary = (opts.summary as 'directions' | 'indicators' | undefined) ?? (table.hasDirections ? 'directions' : 'indicators');
  const rating = rate(table.objects, table.indicators, {
    summary,
    ...(minCompleteness !== undefined ? { minCompleteness } : {}),
    ...(precision !== undefined ? { precision } : {}),
    ...(zones ? { zones } : {}),
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
    .option('--min-completeness <share>', 'минимальная полнота для среднего балла, от 0 до 1 (по умолчанию 0.5)')
    .option('--precision <step>', 'округление баллов перед местами и зонами (по умолчанию 0.01)')
    .action(async (table: string, opts: RateOptions) => {
      const out = await runRate(table, opts);
      process.stdout.write(`Рейтинг записан: ${out}\n`);
    });
}
