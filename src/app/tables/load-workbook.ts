import type ExcelJS from 'exceljs';
import type { WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { inspectWorkbook } from './inspect-workbook.ts';
import { ZIP_LIMITS } from './inspect-zip.ts';
import { PARSER_LIMITS, parseWorkbookOffThread } from './parse-workbook-off-thread.ts';

const MIB = 1024 * 1024;

/**
 * Opens an uploaded XLSX file, the one way every importer does it. First the archive and the
 * workbook's XML are inspected as they are unpacked, without blocking the server: a ZIP bomb, a
 * part count no workbook has, or more sheets, cells, rows, columns or merged, validated and named
 * cells than the importer's budget allows is refused before anything is parsed. Then ExcelJS
 * parses the file in a worker thread with a memory cap and a time limit. A file that is not a
 * workbook gets the caller's own message, which says what to do in that importer.
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  notWorkbookMessage: string,
  budget: WorkbookBudget,
): Promise<{ workbook: ExcelJS.Workbook; problem?: undefined } | { workbook?: undefined; problem: string }> {
  const verdict = await inspectWorkbook(bytes, budget);
  if (verdict?.kind === 'not_zip') return { problem: notWorkbookMessage };
  if (verdict?.kind === 'too_big') {
    return {
      problem: `Книга распаковывается больше чем в ${ZIP_LIMITS.unpackedBytes / MIB} МБ — это не таблица мониторинга, а слишком большой или испорченный файл («zip-бомба»). Сохраните в книге только нужные листы и загрузите снова.`,
    };
  }
  if (verdict?.kind === 'too_many_parts') {
    return {
      problem: `В архиве книги ${verdict.entries} частей (допустимо до ${ZIP_LIMITS.entries}) — так устроены не книги Excel, а испорченные или подложные файлы. Сохраните книгу заново в Excel или LibreOffice как .xlsx.`,
    };
  }
  if (verdict?.kind === 'over_budget') return { problem: verdict.message };
  const parsed = await parseWorkbookOffThread(bytes);
  switch (parsed.kind) {
    case 'parsed':
      return { workbook: parsed.workbook };
    case 'not_workbook':
      return { problem: notWorkbookMessage };
    case 'out_of_memory':
      return {
        problem: `Книга слишком сложная: для её разбора не хватило отведённых ${PARSER_LIMITS.heapMb} МБ памяти. Удалите лишние листы, строки, столбцы и оформление (или сохраните данные как CSV) и загрузите файл снова.`,
      };
    case 'timeout':
      return {
        problem: `Книга слишком сложная: её разбор не уложился в ${PARSER_LIMITS.timeMs / 1000} с. Удалите лишние листы, строки, столбцы и оформление (или сохраните данные как CSV) и загрузите файл снова.`,
      };
  }
}
