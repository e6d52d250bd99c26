import ExcelJS from 'exceljs';
import type { AggregateResult, SourceTotal } from '../../domain/assessment/assessment-kind.ts';
import type { ImportProblem } from '../../domain/assessment/import-problem.ts';
import {
  isEgeTemplateSheet,
  readEgeTemplateSheet,
  type DroppedCell,
  type SheetCell,
  type TemplateSheet,
} from '../../domain/assessment/read-ege-template-sheet.ts';
import { xlsxCell } from '../tables/read-grid.ts';

export interface EgeTemplateRead {
  results: AggregateResult[];
  totals: SourceTotal[];
  problems: ImportProblem[];
  dropped: DroppedCell[];
  region: string | null;
}

function sheetCell(cell: ExcelJS.Cell): SheetCell | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  const c = xlsxCell(v);
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  const out: SheetCell = c !== null && typeof c === 'object' ? { value: null, error: c.error } : { value: c };
  if (formula) out.formula = formula;
  return out;
}

function templateSheet(ws: ExcelJS.Worksheet, maxRows = ws.rowCount): TemplateSheet {
  const rows: (SheetCell | null)[][] = [];
  const cols = ws.columnCount;
  for (let r = 1; r <= Math.min(maxRows, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const cells: (SheetCell | null)[] = [];
    for (let c = 1; c <= cols; c++) cells.push(sheetCell(row.getCell(c)));
    rows.push(cells);
  }
  return { name: ws.name, rows };
}

/** Whether a workbook is the ЕГЭ template of the Far Eastern regions (any sheet with its header). */
export function isEgeTemplateWorkbook(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((ws) => isEgeTemplateSheet(templateSheet(ws, 15)));
}

/** Reads every sheet of the template workbook (one exam year per sheet); sheets of another shape are skipped with a note. */
export function readEgeTemplateWorkbook(workbook: ExcelJS.Workbook): EgeTemplateRead {
  const out: EgeTemplateRead = { results: [], totals: [], problems: [], dropped: [], region: null };
  for (const ws of workbook.worksheets) {
    const sheet = templateSheet(ws);
    if (!isEgeTemplateSheet(sheet)) {
      out.problems.push({
        code: 'sheet_skipped',
        severity: 'info',
        source: { sheet: ws.name, line: 1 },
        message: `Лист «${ws.name}» пропущен: это не лист шаблона результатов ЕГЭ по школам.`,
      });
      continue;
    }
    const read = readEgeTemplateSheet(sheet);
    out.results.push(...read.results);
    out.totals.push(...read.totals);
    out.problems.push(...read.problems);
    out.dropped.push(...read.dropped);
    out.region ??= read.region;
  }
  return out;
}
