import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../app/app-error.ts';
import { neutraliseFormula } from '../../domain/export/neutralise-formula.ts';
import type { RateReport, ReportCell } from './rate-report.ts';

const csvCell = (c: ReportCell): string => {
  const t = c === null ? '' : typeof c === 'number' ? String(c).replace('.', ',') : neutraliseFormula(c);
  return /[;"\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

/** The report as CSV text: `;`-separated, decimal comma; sections «Правила» and «Пояснения» after a blank line. */
export function reportCsv(report: RateReport): string {
  const lines = [
    report.header,
    ...report.rows,
    [],
    ['Правила'],
    ...report.rules.map((r) => [r]),
    [],
    ['Пояснения'],
    ['Объект', 'Что', 'Пояснение'],
    ...report.explanations,
  ];
  return lines.map((l) => l.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** The report as an XLSX workbook: sheets «Рейтинг», «Правила», «Пояснения». */
export async function reportXlsx(report: RateReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const rating = wb.addWorksheet('Рейтинг');
  rating.addRow(report.header).font = { bold: true };
  for (const r of report.rows) rating.addRow(r);
  rating.getColumn(1).width = 30;
  rating.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  const rules = wb.addWorksheet('Правила');
  for (const r of report.rules) rules.addRow([r]);
  rules.getColumn(1).width = 140;
  const notes = wb.addWorksheet('Пояснения');
  notes.addRow(['Объект', 'Что', 'Пояснение']).font = { bold: true };
  for (const e of report.explanations) notes.addRow(e);
  notes.getColumn(1).width = 30;
  notes.getColumn(3).width = 120;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Writes the report by the file extension: .xlsx or .csv (UTF-8 with BOM, opens in Excel). */
export async function writeRateReport(report: RateReport, path: string): Promise<void> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') writeFileSync(path, await reportXlsx(report));
  else if (ext === '.csv') writeFileSync(path, '\ufeff' + reportCsv(report), 'utf8');
  else throw new AppError('validation_failed', `Файл результата «${path}»: нужно расширение .xlsx или .csv.`);
}
