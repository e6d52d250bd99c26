import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AssessmentKind } from '../../domain/assessment/assessment-kind.ts';
import type { TotalCheck } from '../../domain/assessment/check-source-totals.ts';
import { FIELDS, fieldLabel, layoutOf, type ColumnMapping, type FieldKey } from '../../domain/assessment/column-mapping.ts';
import { elementValues } from '../../domain/assessment/element-values.ts';
import type { ImportProblem } from '../../domain/assessment/import-problem.ts';
import { readAggregateRow, readPupilRow, type RowContext } from '../../domain/assessment/read-result-row.ts';
import { ResultTally } from '../../domain/assessment/tally.ts';
import { thresholdOf, type Threshold } from '../../domain/assessment/thresholds.ts';
import { AppError } from '../app-error.ts';
import { matchOrgs } from './match-orgs.ts';
import type { ImportReport, ReadProgress } from '../../api/assessment-imports.ts';
import { isHeader, openResultsSource, sourceRecords } from './results-source.ts';

export interface ReadSettings {
  kind: AssessmentKind;
  /** The exam year when the file has no year column. */
  year: number | null;
  /** Olympiad stage or literacy procedure when the file has no such column. */
  stage: string | null;
  /** Field → 0-based column; empty for the ЕГЭ template workbook, which is read by its own layout. */
  mapping: ColumnMapping;
}

export type { ImportReport, ReadProgress };

export const PROBLEM_LIMIT = 500;
/** Staged values per chunk: each chunk is one short insert outside any long transaction. */
const STAGE_CHUNK = 20000;

/** Which fields a mapping needs: an organisation, and a result (a mark, score, status or counts). */
export function mappingProblems(mapping: ColumnMapping, kind: AssessmentKind): string[] {
  const has = (k: FieldKey) => mapping[k] !== undefined;
  const out: string[] = [];
  if (!has('orgCode') && !has('orgInn') && !has('orgName')) out.push('не выбран столбец организации (код, ИНН или наименование)');
  if (layoutOf(mapping) === 'pupil') {
    if (kind === 'olympiad' ? !has('status') : !has('mark') && !has('score') && !has('status'))
      out.push(kind === 'olympiad' ? `не выбран столбец «${fieldLabel('status')}»` : 'не выбран столбец результата (отметка или балл)');
  }
  if (kind !== 'olympiad' && !has('subject')) out.push(`не выбран столбец «${fieldLabel('subject')}»`);
  return out;
}

/**
 * Reads an uploaded file into staged values of the import: rows are read as they stream, counted
 * into aggregates, checked (every problem with its line), and the values written to
 * assessment_import_chunk in chunks, each its own short statement; then the organisations are
 * matched. Progress goes to `onProgress`. data_value is not touched: applying does that.
 */
export async function readResults(
  db: Kysely<Database>,
  input: { importId: number; path: string; fileName: string; territoryPath: string | null; canCreateRegion: boolean },
  settings: ReadSettings,
  onProgress: (p: ReadProgress) => Promise<void> | void,
): Promise<ImportReport> {
  const thresholds: Threshold[] = (await db.selectFrom('assessment_threshold').selectAll().execute()).map((t) => ({
    kind: t.kind as AssessmentKind,
    subject: t.subject,
    year: t.year,
    minScore: Number(t.min_score),
  }));
  const tally = new ResultTally((kind, subject, year) => thresholdOf(thresholds, kind, subject, year));
  const problems: ImportProblem[] = [];
  const problemCounts: Record<string, number> = {};
  const errorLines = new Set<string>();
  const note = (p: ImportProblem) => {
    problemCounts[p.code] = (problemCounts[p.code] ?? 0) + 1;
    if (p.severity === 'error') errorLines.add(`${p.source.sheet ?? ''}|${p.source.line}`);
    if (problems.length < PROBLEM_LIMIT) problems.push(p);
  };
  const source = await openResultsSource(input.path, input.fileName);
  let layout: ImportReport['layout'];
  let totals: TotalCheck[] = [];
  let region: string | null = null;
  let dataRows = 0;
  if (source.format === 'xlsx' && source.template) {
    layout = 'template';
    const { readEgeTemplateWorkbook } = await import('./read-ege-template.ts');
    const { checkSourceTotals } = await import('../../domain/assessment/check-source-totals.ts');
    const read = readEgeTemplateWorkbook(source.workbook);
    region = read.region;
    dataRows = read.results.length;
    read.problems.forEach(note);
    for (const r of read.results) {
      const dup = tally.addAggregate(r);
      if (dup) note(dup);
    }
    totals = checkSourceTotals(read.results, read.totals, read.dropped);
    await onProgress({ phase: 'reading', rows: tally.rows });
  } else {
    const problemsOfMapping = mappingProblems(settings.mapping, settings.kind);
    if (problemsOfMapping.length)
      throw new AppError(
        'validation_failed',
        `Сопоставление столбцов неполно: ${problemsOfMapping.join('; ')}. Выберите столбцы и запустите чтение снова.`,
      );
    layout = layoutOf(settings.mapping);
    let header: string[] | null = null;
    let last = 0;
    // The source reports bytes as it reads, synchronously; the progress is written between batches
    // and awaited there, so a failed write (the database is away) fails the reading, not the process.
    let due: ReadProgress | null = null;
    for await (const batch of sourceRecords(source, (bytes, totalBytes) => {
      const now = Date.now();
      if (now - last > 500) {
        last = now;
        due = { phase: 'reading', rows: tally.rows, bytes, totalBytes };
      }
    })) {
      if (due) {
        const p: ReadProgress = due;
        due = null;
        await onProgress(p);
      }
      for (const rec of batch) {
        if (header === null) {
          if (isHeader(rec.cells)) header = rec.cells;
          continue;
        }
        if (rec.cells.every((c) => c.trim() === '')) continue;
        dataRows++;
        const ctx: RowContext = { kind: settings.kind, year: settings.year, stage: settings.stage, header };
        const at = source.format === 'xlsx' && !source.template ? { sheet: source.sheet, line: rec.line } : { line: rec.line };
        if (layout === 'pupil') {
          const r = readPupilRow(rec.cells, settings.mapping, ctx, at);
          r.problems.forEach(note);
          if (r.value) {
            const dup = tally.addPupil(r.value);
            if (dup) note(dup);
          }
        } else {
          const r = readAggregateRow(rec.cells, settings.mapping, ctx, at);
          r.problems.forEach(note);
          if (r.value) {
            const dup = tally.addAggregate(r.value);
            if (dup) note(dup);
          }
        }
      }
    }
    if (header === null)
      throw new AppError('import_invalid', 'В файле нет строки заголовков: первой строкой таблицы должны быть названия столбцов.');
  }
  const { groups, orgs, perOrg } = tally.result();
  const known = new Set((await db.selectFrom('data_element').select('code').execute()).map((e) => e.code));
  const all = elementValues(groups, perOrg);
  const values = all.filter((v) => known.has(v.element));
  const unknownElements = [...new Set(all.filter((v) => !known.has(v.element)).map((v) => v.element))].sort();

  await db.deleteFrom('assessment_import_chunk').where('import_id', '=', input.importId).execute();
  for (let i = 0, seq = 0; i < values.length; i += STAGE_CHUNK, seq++) {
    const chunk = values
      .slice(i, i + STAGE_CHUNK)
      .map((v) => ({ org_key: v.orgKey, year: v.year, data_element_code: v.element, breakdown: v.breakdown, value: v.value }));
    await db
      .insertInto('assessment_import_chunk')
      .values({ import_id: input.importId, seq, vals: JSON.stringify(chunk) })
      .execute();
    await onProgress({ phase: 'staging', rows: tally.rows, bytes: i + chunk.length, totalBytes: values.length });
  }
  await onProgress({ phase: 'matching', rows: tally.rows });
  const places = await matchOrgs(db, input.territoryPath, orgs, input.canCreateRegion);
  for (const p of places) {
    if (p.level !== 'organisation' || p.orgId !== null || p.proposal !== 'skip') continue;
    note({
      code: 'unknown_org',
      severity: 'warning',
      source: p.lines[0] ?? { line: 0 },
      message: `Организация «${p.label}» не найдена в реестре${p.candidates.length ? '' : ' и похожих нет'} (строк: ${p.rows}): выберите её в списке сопоставления, исправьте код в файле или пропустите эти строки.`,
    });
  }
  const summary = new Map<string, ImportReport['summary'][number]>();
  for (const g of groups) {
    const k = `${g.year}|${g.subject}`;
    const s = summary.get(k) ?? { year: g.year, subject: g.subject, participants: 0, belowMin: 0 };
    s.participants += g.counts.participants ?? 0;
    if (s.belowMin !== null)
      s.belowMin =
        g.counts.belowUnknown || (g.counts.belowMin === undefined && !g.fromPupils) ? null : s.belowMin + (g.counts.belowMin ?? 0);
    summary.set(k, s);
  }
  return {
    layout,
    rows: dataRows,
    counted: dataRows - errorLines.size,
    errorRows: errorLines.size,
    problems,
    problemCounts,
    places,
    years: [...new Set(groups.map((g) => g.year))].sort(),
    summary: [...summary.values()].sort((a, b) => a.year - b.year || String(a.subject).localeCompare(String(b.subject))),
    staged: values.length,
    unknownElements,
    totals,
    region,
  };
}

export { FIELDS };
