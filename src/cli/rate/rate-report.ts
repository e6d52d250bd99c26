import type { Outcome } from '../../domain/outcome.ts';
import type { Place } from '../../domain/rating/places.ts';
import type { Rating } from '../../domain/rating/rating.ts';
import { ratingRules } from '../../domain/rating/rating-rules.ts';
import { roundToPrecision } from '../../domain/rating/round-to-precision.ts';
import type { ZoneYear } from '../../domain/catalogue/zone-thresholds.ts';
import type { GapRule } from '../../domain/rating/zones.ts';
import type { RateTable } from './parse-rate-table.ts';

/** A cell of the output table. */
export type ReportCell = number | string | null;

/** The output of `soko rate` before it is written: the rating table, the rules and explanations. */
export interface RateReport {
  header: string[];
  rows: ReportCell[][];
  rules: string[];
  explanations: [string, string, string][];
}

const NO = '—';
const POLARITY = { higher_better: 'больше — лучше', lower_better: 'меньше — лучше', context: 'контекст (не оценивается)' };

/** Builds the output table: values, scores (rounded for display), places, completeness, zones; plus rules. */
export function rateReport(table: RateTable, rating: Rating, zones?: { year: ZoneYear; gapRule: GapRule }): RateReport {
  const p = rating.displayPrecision ?? rating.precision;
  const score = (o: Outcome | undefined): ReportCell => (o?.kind === 'ok' ? roundToPrecision(o.value, p) : NO);
  const place = (pl: Place | undefined): ReportCell => (!pl ? NO : pl.place === pl.placeTo ? pl.place : pl.label);
  const pct = (share: number | undefined) => (share === undefined ? NO : roundToPrecision(share * 100, 0.1));
  const header = [table.objectHeader];
  for (const i of table.indicators) header.push(i.code, `${i.code}: балл`, `${i.code}: место`);
  for (const d of rating.directions) header.push(`${d.code}: балл`, `${d.code}: место`, `${d.code}: полнота, %`);
  header.push('Сводный балл', 'Сводное место', 'Сводная полнота, %');
  if (zones) header.push('Зона');

  const explanations: RateReport['explanations'] = [];
  const rows = table.objects.map((o) => {
    const row: ReportCell[] = [o.id];
    for (const ir of rating.indicators) {
      const cell = ir.cells[o.id];
      row.push(cell?.value.kind === 'ok' ? cell.value.value : NO, score(cell?.score), place(cell?.place));
      explanations.push([o.id, ir.code, cell?.explanation ?? '']);
    }
    for (const d of rating.directions) {
      const cell = d.cells[o.id];
      row.push(score(cell?.score), place(cell?.place), pct(cell?.completeness.share));
      explanations.push([o.id, d.code, cell?.explanation ?? '']);
    }
    const s = rating.summary[o.id];
    row.push(score(s?.score), place(s?.place), pct(s?.completeness.share));
    if (zones) row.push(s?.zone?.kind === 'ok' ? s.zone.value.name : NO);
    explanations.push([o.id, 'Сводный балл', s?.explanation ?? '']);
    return row;
  });

  const rules = ratingRules(rating, zones, {
    among: 'объектов таблицы',
    noData: 'Пустая ячейка, «н/д», «нет данных», «—» — нет данных: объект не участвует в рейтинге по показателю.',
    weights: '(с весами, если задана строка «Вес»)',
  });
  for (const i of table.indicators)
    rules.push(
      `Показатель «${i.code}»: ${POLARITY[i.polarity]}${i.directions.length ? `, направление ${i.directions.join(', ')}` : ''}${i.weight !== undefined ? `, вес ${i.weight}` : ''}.`,
    );
  return { header, rows, rules, explanations };
}
