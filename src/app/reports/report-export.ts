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
  const safe = r.title
    .replace(/\//g, '-')
    .replace(/[\\:*?"<>|]+/g, ' ')
    .slice(0, 150);
  return { file, fileName: `${safe}, версия ${r.version}.${format}` };
}

/** GET /api/reports/:id/report.docx|pdf: for whoever may read the report. */
export async function exportReport(ctx: UseCaseContext, id: number, format: ReportFormat) {
  return renderReport(await getReport(ctx, id), format);
}
