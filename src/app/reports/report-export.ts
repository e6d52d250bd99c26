import { FILE_NAME_LIMIT, safeFileName } from '../../domain/export/safe-file-name.ts';
import type { UseCaseContext } from '../context.ts';
import { reportCharts } from './report-charts.ts';
import { reportDocument, type ReportForDocument } from './report-document.ts';
import { buildReportDocx } from './report-docx.ts';
import { buildReportPdf } from './report-pdf.ts';
import { getReport } from './report-queries.ts';

export type ReportFormat = 'docx' | 'pdf';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A report rendered as DOCX or PDF, named for the download. */
export async function renderReport(r: ReportForDocument, format: ReportFormat): Promise<{ file: Buffer; fileName: string }> {
  const document = reportDocument(r, reportCharts(r.content));
  const file = format === 'docx' ? await buildReportDocx(document) : await buildReportPdf(document);
  return { file, fileName: reportFileName(r.title, r.version, format) };
}

/**
 * The name a downloaded report is saved under: its title as a person reads it (a colon becomes a
 * comma), cut at a whole word if it is long, and always its version and extension.
 */
export function reportFileName(title: string, version: number, format: ReportFormat): string {
  const suffix = `, версия ${version}`;
  return `${safeFileName(title, FILE_NAME_LIMIT - suffix.length)}${suffix}.${format}`;
}

/** GET /api/reports/:id/report.docx|pdf: for whoever may read the report. */
export async function exportReport(ctx: UseCaseContext, id: number, format: ReportFormat) {
  return renderReport(await getReport(ctx, id), format);
}
