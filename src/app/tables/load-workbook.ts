import ExcelJS from 'exceljs';
import { inspectZip, ZIP_LIMITS } from './inspect-zip.ts';

const MIB = 1024 * 1024;

/**
 * Opens an uploaded XLSX file, the one way every importer does it: the archive is inspected first
 * (a ZIP bomb or a part count no workbook has is refused before anything is unpacked into memory),
 * then parsed. A file that is not a workbook gets the caller's own message, which says what to do
 * in that importer.
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  notWorkbookMessage: string,
): Promise<{ workbook: ExcelJS.Workbook; problem?: undefined } | { workbook?: undefined; problem: string }> {
  const verdict = inspectZip(bytes);
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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { problem: notWorkbookMessage };
  }
  return { workbook };
}
