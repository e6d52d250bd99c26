import type { AggregateResult, SourceRef, SourceTotal } from './assessment-kind.ts';
import { normaliseName } from './org-key.ts';
import type { DroppedCell, TemplateMeasure } from './read-ege-template-sheet.ts';
import { rangeText } from './read-ege-template-sheet.ts';
import { subjectLabel } from './subjects.ts';

/** The measures a total row is checked in (the averages are not: the region's comes from its full data set). */
export const CHECKED_MEASURES = ['participants', 'belowMin', 'ge80', 'score100'] as const;
export type CheckedMeasure = (typeof CHECKED_MEASURES)[number];

const LABELS: Record<CheckedMeasure, string> = {
  participants: 'приняло участие',
  belowMin: 'не преодолели минимальный порог',
  ge80: '80 баллов и выше',
  score100: '100 баллов',
};

/** One figure of a total row of the source, against the sum of the rows it totals. */
export interface TotalCheck {
  source: SourceRef;
  level: 'municipality' | 'region';
  name: string;
  year: number;
  subject: string | null;
  measure: CheckedMeasure;
  /** The figure of the total row. */
  expected: number;
  /** The sum of the school rows it totals, as loaded. */
  computed: number;
  agrees: boolean;
  /** Share below the threshold, % (belowMin only): of the total row, and as the system computes it from the schools. */
  shares?: { expected: number | null; computed: number | null };
  /** The rows that explain a difference (dropped cells, subtotals that disagree with their schools), else the rows summed. */
  rows: number[];
  /** Russian, one line: where, what, by how much, and why when the reader knows. */
  message: string;
}

const TEMPLATE_MEASURE: Record<CheckedMeasure, TemplateMeasure[]> = {
  participants: ['participants'],
  belowMin: ['belowMin', 'participants'],
  ge80: ['high', 'score100', 'participants'],
  score100: ['score100', 'participants'],
};

const pct = (a: number, b: number) => (b > 0 ? (a * 100) / b : null);
const fmt = (v: number | null) => (v === null ? '—' : `${v.toFixed(2).replace('.', ',')} %`);

/**
 * Checks the total rows a source carries (the region's total, municipality subtotals) against the
 * school rows they total: a municipality row against the schools of that municipality, the region
 * row against every school of the sheet. Where a figure disagrees, the message says by how much
 * and which rows explain it: school cells the reader had to drop (formula errors of the template),
 * or, for the region, municipality subtotals that themselves agree with their schools (then the
 * region row is the one in error). Nothing is corrected: the loaded values are the school rows'.
 */
export function checkSourceTotals(
  results: readonly AggregateResult[],
  totals: readonly SourceTotal[],
  dropped: readonly DroppedCell[] = [],
): TotalCheck[] {
  const checks: TotalCheck[] = [];
  for (const t of totals) {
    const sheet = t.source.sheet;
    const inSheet = (s: SourceRef) => s.sheet === sheet;
    const parts = results.filter(
      (r) =>
        r.year === t.year &&
        r.subject === t.subject &&
        inSheet(r.source) &&
        (t.level === 'region' || normaliseName(r.org.municipality) === normaliseName(t.name)),
    );
    const subtotals =
      t.level === 'region'
        ? totals.filter((s) => s.level === 'municipality' && s.year === t.year && s.subject === t.subject && inSheet(s.source))
        : [];
    const lines = parts.map((p) => p.source.line);
    for (const measure of CHECKED_MEASURES) {
      const expected = t.counts[measure];
      if (expected === undefined) continue;
      const computed = parts.reduce((s, p) => s + (p.counts[measure] ?? 0), 0);
      const agrees = expected === computed;
      const where = `лист «${sheet}», строка ${t.source.line}`;
      const head = `${where} (${t.level === 'region' ? 'итог по региону' : `итог «${t.name}»`}), ${t.subject ? subjectLabel(t.subject) : ''}, ${LABELS[measure]}`;
      const check: TotalCheck = {
        source: t.source,
        level: t.level,
        name: t.name,
        year: t.year,
        subject: t.subject,
        measure,
        expected,
        computed,
        agrees,
        rows: lines,
        message: '',
      };
      if (measure === 'belowMin') {
        const partsWithBoth = parts.filter((p) => p.counts.belowMin !== undefined);
        const den = partsWithBoth.reduce((s, p) => s + (p.counts.participants ?? 0), 0);
        check.shares = { expected: pct(expected, t.counts.participants ?? 0), computed: pct(computed, den) };
      }
      if (agrees) {
        check.message = `${head}: ${expected} — сходится со строками школ${check.shares ? ` (доля ${fmt(check.shares.computed)})` : ''}.`;
      } else {
        const lost = dropped.filter(
          (d) =>
            d.sheet === sheet &&
            d.subject === t.subject &&
            TEMPLATE_MEASURE[measure].includes(d.measure) &&
            (t.level === 'region' || lineInMunicipality(d.line, parts, results, t)),
        );
        const diff = expected - computed;
        let why: string;
        if (lost.length > 0) {
          check.rows = lost.map((d) => d.line);
          why = `значения школ в строках ${rangeText(check.rows)} не загружены (формула шаблона вместо числа), итог файла сложил и их`;
        } else if (subtotals.length > 0) {
          const sumSub = subtotals.reduce((s, x) => s + (x.counts[measure] ?? 0), 0);
          const subAgree = subtotals.every((x) => (x.counts[measure] ?? 0) === sumOf(results, x, measure));
          if (sumSub === computed && subAgree) {
            check.rows = [t.source.line];
            why = `итоги муниципалитетов (строки ${rangeText(subtotals.map((x) => x.source.line))}) и их школы дают ${computed}: ошибка в самой строке итога по региону`;
          } else {
            const off = subtotals.filter((x) => (x.counts[measure] ?? 0) !== sumOf(results, x, measure));
            check.rows = off.length ? off.map((x) => x.source.line) : lines;
            why = off.length
              ? `не сходятся итоги муниципалитетов в строках ${rangeText(check.rows)} со своими школами`
              : `сумма итогов муниципалитетов ${sumSub}, сумма школ ${computed}`;
          }
        } else {
          const nonZero = parts.filter((p) => (p.counts[measure] ?? 0) !== 0);
          check.rows = nonZero.map((p) => p.source.line);
          why = nonZero.length
            ? `в файле итог не равен сумме школ; ненулевые значения в строках школ ${rangeText(check.rows)}`
            : 'в строках школ этого предмета нет ни одного такого результата';
        }
        check.message = `${head}: в файле ${expected}, по строкам школ ${computed} (${diff > 0 ? '+' : ''}${diff})${check.shares ? `; доля не преодолевших порог: в файле ${fmt(check.shares.expected)}, в системе ${fmt(check.shares.computed)}` : ''} — ${why}. Загружены значения школ.`;
      }
      checks.push(check);
    }
  }
  return checks;
}

function sumOf(results: readonly AggregateResult[], t: SourceTotal, measure: CheckedMeasure): number {
  return results
    .filter(
      (r) =>
        r.year === t.year &&
        r.subject === t.subject &&
        r.source.sheet === t.source.sheet &&
        normaliseName(r.org.municipality) === normaliseName(t.name),
    )
    .reduce((s, r) => s + (r.counts[measure] ?? 0), 0);
}

/** Whether a dropped school line lies in the municipality of a subtotal (its rows follow it up to the next total). */
function lineInMunicipality(line: number, parts: readonly AggregateResult[], results: readonly AggregateResult[], t: SourceTotal): boolean {
  const own = results.find((r) => r.source.sheet === t.source.sheet && r.source.line === line);
  if (own) return normaliseName(own.org.municipality) === normaliseName(t.name);
  return parts.length > 0 && line > t.source.line && line <= Math.max(...parts.map((p) => p.source.line));
}
