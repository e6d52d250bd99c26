import { columnLetter } from '../export/column-letter.ts';
import type { AggregateResult, Counts, SourceTotal } from './assessment-kind.ts';
import { whereLabel, type ImportProblem } from './import-problem.ts';
import { subjectCode, subjectLabel } from './subjects.ts';

/** A cell of a sheet as the template reader sees it: the value Excel cached, and its formula if any. */
export interface SheetCell {
  value: number | string | null;
  /** The formula text without «=», e.g. SUM(T8:V8). */
  formula?: string;
  /** The cell holds no usable value (an Excel error, a formula without a cached result). */
  error?: string;
}

/** A sheet: rows of cells, row 1 = index 0, column A = index 0. */
export interface TemplateSheet {
  name: string;
  rows: readonly (readonly (SheetCell | null)[])[];
}

/** The five figures the template gives per subject. */
export type TemplateMeasure = 'participants' | 'belowMin' | 'high' | 'score100' | 'average';

const MEASURE_LABELS: Record<TemplateMeasure, string> = {
  participants: 'приняло участие',
  belowMin: 'не преодолен min порог',
  high: 'высокобалльники (80–99 баллов)',
  score100: 'получили 100 баллов',
  average: 'средний балл',
};

/** A cell the reader did not load: the school row's figure was a formula over other columns (a template error). */
export interface DroppedCell {
  sheet: string;
  line: number;
  subject: string;
  measure: TemplateMeasure;
}

export interface EgeTemplateSheetRead {
  results: AggregateResult[];
  totals: SourceTotal[];
  problems: ImportProblem[];
  dropped: DroppedCell[];
  /** The region the sheet names in its title block («Субъект Российской Федерации ____»). */
  region: string | null;
}

const text = (c: SheetCell | null | undefined) => (c && typeof c.value === 'string' ? c.value.replace(/\s+/g, ' ').trim() : '');
const low = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

function measureOf(header: string): TemplateMeasure | null {
  const h = low(header);
  if (/приняло участие|приняли участие/.test(h)) return 'participants';
  if (/не преодол/.test(h)) return 'belowMin';
  if (/высокобалл|80\s*-\s*99/.test(h)) return 'high';
  if (/100 балл/.test(h)) return 'score100';
  if (/средний балл/.test(h)) return 'average';
  return null;
}

/** Column letters of a 0-based index (0 → A, 26 → AA). */
export const columnLetters = (index: number): string => columnLetter(index + 1);

/** The columns a formula refers to (A1 references and column ranges; function names are not references). */
export function formulaColumns(formula: string): Set<string> {
  const cols = new Set<string>();
  const re = /\$?([A-Z]{1,3})\$?(\d+)?(?::\$?([A-Z]{1,3})\$?(\d+)?)?/g;
  for (const m of formula.toUpperCase().matchAll(re)) {
    const next = formula[(m.index ?? 0) + m[0].length];
    if (next === '(') continue; // SUM(, IF(
    if (m[2] === undefined && m[3] === undefined) continue; // a bare word, not a reference
    const from = lettersIndex(m[1]!);
    const to = m[3] ? lettersIndex(m[3]) : from;
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) cols.add(columnLetters(i));
  }
  return cols;
}

function lettersIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The region name of the title block: «Субъект Российской Федерации ___Еврейская автономная область___». */
function regionOfTitle(rows: TemplateSheet['rows'], headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++)
    for (const c of rows[r] ?? []) {
      const t = text(c)
        .replace(/субъект российской федерации/i, '')
        .replace(/_+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (/(край|област|республик|округ|г\. ?москва|санкт-петербург|севастополь)/i.test(t) && !/информация/i.test(t)) return t;
    }
  return null;
}

/** Whether a sheet is the ДФО ЕГЭ template: a «Образовательная организация» header and per-subject result columns. */
export function isEgeTemplateSheet(sheet: TemplateSheet): boolean {
  const head = sheet.rows.slice(0, 15);
  const hasOrg = head.some((row) => row.some((c) => /^образовательная организация/i.test(text(c))));
  const hasEge = head.some((row) =>
    row.some((c) => /(не преодолен|информация о (результатах|поданных).*егэ|участие в егэ)/i.test(text(c))),
  );
  return hasOrg && hasEge;
}

interface Column {
  index: number;
  subject: string;
  measure: TemplateMeasure;
}

interface Layout {
  headerRow: number;
  measureRow: number;
  munCol: number;
  schoolCol: number;
  columns: Column[];
}

function layoutOf(sheet: TemplateSheet, problems: ImportProblem[]): Layout | null {
  const rows = sheet.rows;
  let headerRow = -1;
  let schoolCol = -1;
  let munCol = -1;
  for (let r = 0; r < Math.min(rows.length, 15) && headerRow < 0; r++)
    (rows[r] ?? []).forEach((c, i) => {
      if (schoolCol < 0 && /^образовательная организация/i.test(text(c))) {
        headerRow = r;
        schoolCol = i;
      }
    });
  if (headerRow < 0) return null;
  (rows[headerRow] ?? []).forEach((c, i) => {
    if (munCol < 0 && /^муниципальн/i.test(text(c))) munCol = i;
  });
  let measureRow = -1;
  for (let r = headerRow; r < Math.min(rows.length, headerRow + 4) && measureRow < 0; r++)
    if ((rows[r] ?? []).some((c) => measureOf(text(c)) === 'participants')) measureRow = r;
  if (measureRow < 0) return null;
  const columns: Column[] = [];
  const unknown = new Map<string, string[]>();
  (rows[measureRow] ?? []).forEach((c, i) => {
    const measure = measureOf(text(c));
    if (!measure || i <= schoolCol) return;
    let name = '';
    let subject: string | null = null;
    for (let r = measureRow - 1; r >= headerRow && subject === null; r--) {
      const t = text(rows[r]?.[i]);
      if (t === '' || /^из них/i.test(t)) continue;
      name = t;
      subject = subjectCode(t.replace(/,\s*чел\.?.*$/i, '').replace(/\(в т\.?ч\..*$/i, ''));
    }
    if (subject === null) {
      const letters = unknown.get(name) ?? [];
      letters.push(columnLetters(i));
      unknown.set(name, letters);
      return;
    }
    columns.push({ index: i, subject, measure });
  });
  for (const [name, letters] of unknown)
    problems.push({
      code: 'unknown_subject',
      severity: 'warning',
      source: { sheet: sheet.name, line: measureRow + 1 },
      column: letters.join(', '),
      message: `${whereLabel({ sheet: sheet.name, line: measureRow + 1 })}, столбцы ${letters.join(', ')}: предмет «${name || 'без названия'}» не распознан — столбцы не загружены. Назовите предмет в шапке, как в перечне предметов (например, «Химия»).`,
    });
  return { headerRow, measureRow, munCol, schoolCol, columns };
}

function yearOf(sheet: TemplateSheet, headerRow: number): number | null {
  if (/^\s*\d{4}\s*$/.test(sheet.name)) return Number(sheet.name.trim());
  for (let r = 0; r < headerRow; r++)
    for (const c of sheet.rows[r] ?? []) {
      const m = /в (\d{4}) году/.exec(text(c));
      if (m) return Number(m[1]);
    }
  return null;
}

// \b does not see Cyrillic letters: the word ends at a space or the end
const isTotal = (s: string) => /^(всего|итого)(?=\s|$)/i.test(s);
/** The region's own authority: its schools belong to the region, not to a municipality. */
const isRegionalAuthority = (s: string) =>
  /^(министерство|департамент|комитет)\s.*\s(края|области|республики|округа)\s*$/i.test(s) && !/администрац/i.test(s);

/**
 * Reads one sheet of the ЕГЭ template that ДВФУ sent to the regions of the Far East (see
 * shared/data/real/ege-schools-dfo-2022-2024): a title block naming the region, a header of merged
 * rows (subject over five columns: took part, below the minimum, 80–99 points, 100 points, average),
 * then school rows; the region's total row («ВСЕГО по региону», «итого по …») and municipality
 * subtotal rows (the name in the municipality column, the school column empty) are returned as
 * totals to check the schools against, never loaded. Blank count cells are 0, as the template's
 * authors left them. A formula on a school row over other columns (quirk of the template: «=SUM(T8:V8)»
 * in «получили 100 баллов») is not a figure anyone typed: it is dropped and reported once per column.
 * A sheet without result columns (the 2024 sheets count applications only) is skipped with a note.
 */
export function readEgeTemplateSheet(sheet: TemplateSheet): EgeTemplateSheetRead {
  const problems: ImportProblem[] = [];
  const out: EgeTemplateSheetRead = { results: [], totals: [], problems, dropped: [], region: null };
  const layout = layoutOf(sheet, problems);
  if (!layout) {
    problems.push({
      code: 'sheet_skipped',
      severity: 'info',
      source: { sheet: sheet.name, line: 1 },
      message: `Лист «${sheet.name}» пропущен: в нём нет столбцов результатов («приняло участие», «не преодолен min порог») — например, только число заявлений на ЕГЭ.`,
    });
    return out;
  }
  const year = yearOf(sheet, layout.headerRow);
  out.region = regionOfTitle(sheet.rows, layout.headerRow);
  if (year === null) {
    problems.push({
      code: 'no_year',
      severity: 'error',
      source: { sheet: sheet.name, line: 1 },
      message: `Лист «${sheet.name}»: год экзамена не найден ни в имени листа, ни в заголовке («… в 2023 году»). Назовите лист годом (например, «2023») и загрузите снова.`,
    });
    return out;
  }
  const bySubject = new Map<string, Column[]>();
  for (const c of layout.columns) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  const droppedByColumn = new Map<number, { lines: number[]; formula: string; column: Column }>();
  const badByColumn = new Map<number, { lines: number[]; why: string; column: Column }>();
  let municipality: string | null = null;
  for (let r = layout.measureRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const line = r + 1;
    const munCell = layout.munCol >= 0 ? row[layout.munCol] : null;
    const schoolCell = row[layout.schoolCol];
    const mun = text(munCell);
    const school = text(schoolCell);
    if (mun === '' && school === '') continue; // blank, or the row of column numbers (1, 2, 3, …)
    const level = isTotal(mun) || isTotal(school) ? 'region' : school === '' ? 'municipality' : null;
    if (level === 'municipality') municipality = mun;
    const source = { sheet: sheet.name, line };
    for (const [subject, cols] of bySubject) {
      const counts: Counts = {};
      let high: number | undefined;
      let average: number | undefined;
      let any = false;
      const lost = new Set<TemplateMeasure>();
      for (const col of cols) {
        const cell = row[col.index];
        if (!cell || (cell.value === null && !cell.error && !cell.formula)) continue;
        if (cell.formula !== undefined) {
          const own = columnLetters(col.index);
          const refs = formulaColumns(cell.formula);
          if ([...refs].some((c) => c !== own)) {
            // the same broken formula on a total row: that figure is not checked (the column is reported once)
            if (level !== null) {
              lost.add(col.measure);
              continue;
            }
            const d = droppedByColumn.get(col.index) ?? { lines: [], formula: cell.formula, column: col };
            d.lines.push(line);
            droppedByColumn.set(col.index, d);
            out.dropped.push({ sheet: sheet.name, line, subject, measure: col.measure });
            lost.add(col.measure);
            continue;
          }
        }
        const v = cell.error && level !== null && cell.formula !== undefined ? sumOfRange(sheet, cell.formula) : cell.value;
        if (level !== null && typeof v !== 'number') continue; // a total's figure that cannot be read is not checked
        // a total's figure is only compared, whatever it is; a school's must be a count
        const bad =
          level !== null
            ? null
            : cell.error && typeof v !== 'number'
              ? cell.error
              : typeof v !== 'number'
                ? String(v).trim() === '' || /^[-–—xх]$/i.test(String(v).trim())
                  ? null
                  : `«${String(v)}» — не число`
                : v < 0
                  ? 'отрицательное число'
                  : col.measure !== 'average' && !Number.isInteger(v)
                    ? `${v} — дробное число людей`
                    : col.measure === 'average' && v > 100
                      ? `${v} — больше 100 баллов`
                      : null;
        if (bad !== null) {
          const b = badByColumn.get(col.index) ?? { lines: [], why: bad, column: col };
          b.lines.push(line);
          badByColumn.set(col.index, b);
          lost.add(col.measure);
          continue;
        }
        if (typeof v !== 'number') continue;
        any ||= v !== 0;
        if (col.measure === 'high') high = v;
        else if (col.measure === 'average') average = v;
        else counts[col.measure] = v;
      }
      if (!any || lost.has('participants')) continue;
      const participants = counts.participants ?? 0;
      counts.participants = participants;
      counts.belowMin ??= 0;
      const hasBand = cols.some((c) => c.measure === 'high') && cols.some((c) => c.measure === 'score100');
      if (hasBand && !lost.has('high') && !lost.has('score100') && subject !== 'math_base') {
        counts.score100 ??= 0;
        counts.ge80 = (high ?? 0) + counts.score100;
      } else delete counts.score100;
      if (average !== undefined && !lost.has('average') && subject !== 'math_base' && participants > 0)
        counts.scoreSum = average * participants;
      if (lost.has('belowMin')) delete counts.belowMin;
      if (
        level === null &&
        (participants === 0 || (counts.belowMin ?? 0) > participants || (counts.ge80 ?? 0) + (counts.belowMin ?? 0) > participants)
      ) {
        problems.push({
          code: 'impossible_count',
          severity: 'error',
          source,
          column: subjectLabel(subject),
          message: `${whereLabel(source)}, ${subjectLabel(subject)}: приняло участие ${participants}, не преодолели порог ${counts.belowMin ?? 0}, 80 баллов и выше ${counts.ge80 ?? 0} — частей больше целого. Исправьте числа в строке или пропустите её.`,
        });
        continue;
      }
      if (level === null) {
        const regional = isRegionalAuthority(mun);
        const m = mun !== '' ? mun : municipality;
        out.results.push({
          source,
          kind: 'ege',
          year,
          org: { name: school, ...(m && !regional ? { municipality: m } : {}), ...(out.region ? { region: out.region } : {}) },
          subject,
          grade: null,
          stage: null,
          counts,
        });
      } else {
        out.totals.push({
          source,
          kind: 'ege',
          year,
          level,
          name: level === 'region' ? (out.region ?? (mun || school)) : mun,
          subject,
          counts,
        });
      }
    }
  }
  for (const d of droppedByColumn.values()) {
    const letters = columnLetters(d.column.index);
    const first = d.lines[0]!;
    problems.push({
      code: 'formula_error',
      severity: 'warning',
      source: { sheet: sheet.name, line: first },
      column: letters,
      message: `Лист «${sheet.name}», столбец ${letters} (${subjectLabel(d.column.subject)} · ${MEASURE_LABELS[d.column.measure]}): в ${d.lines.length} строках школ (${rangeText(d.lines)}) не число, а формула над другими столбцами (=${d.formula} в строке ${first}) — ошибка шаблона; эти значения не загружены${d.column.measure === 'participants' ? ', и результаты предмета в этих строках тоже' : ''}. Впишите в столбец числа и загрузите снова.`,
    });
  }
  for (const b of badByColumn.values()) {
    const letters = columnLetters(b.column.index);
    problems.push({
      code: 'bad_count',
      severity: 'warning',
      source: { sheet: sheet.name, line: b.lines[0]! },
      column: letters,
      message: `Лист «${sheet.name}», столбец ${letters} (${subjectLabel(b.column.subject)} · ${MEASURE_LABELS[b.column.measure]}): ${b.why} в строках ${rangeText(b.lines)}; значения не загружены. Исправьте ячейки и загрузите снова.`,
    });
  }
  return out;
}

/**
 * The value of SUM(X12:X22) over the sheet's cells, for a subtotal saved without its cached result
 * (a sum of blanks is often saved so); null for any other formula.
 */
function sumOfRange(sheet: TemplateSheet, formula: string): number | null {
  const m = /^SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/i.exec(formula.trim());
  if (!m || m[1]!.toUpperCase() !== m[3]!.toUpperCase()) return null;
  const col = lettersIndex(m[1]!.toUpperCase());
  let sum = 0;
  for (let r = Number(m[2]); r <= Number(m[4]); r++) {
    const c = sheet.rows[r - 1]?.[col];
    if (c?.error || c?.formula) return null;
    if (typeof c?.value === 'number') sum += c.value;
  }
  return sum;
}

/** «8–380» for a run, «8, 14, 20 и ещё 5» otherwise. */
export function rangeText(lines: readonly number[]): string {
  if (lines.length === 0) return '';
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (lines.length > 2 && last - first === lines.length - 1) return `${first}–${last}`;
  const shown = lines.slice(0, 5).join(', ');
  return lines.length > 5 ? `${shown} и ещё ${lines.length - 5}` : shown;
}
