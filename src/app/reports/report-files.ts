import type { ReportFile } from '../../api/reports.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { documentTypeOf } from '../document-types.ts';
import { assertWritesReports } from './report-access.ts';
import { loadReport } from './report-record.ts';

/** Largest minutes file kept (a scanned document). */
export const REPORT_FILE_LIMIT_BYTES = 10 * 1024 * 1024;

/** Attaches a document to a report (the minutes of the working group's meeting), before the step that cites it. */
export async function uploadReportFile(
  ctx: UseCaseContext,
  reportId: number,
  input: { fileName: string; bytes: Uint8Array },
): Promise<ReportFile> {
  const report = await loadReport(ctx, reportId);
  assertWritesReports(ctx.actor, report.territoryPath);
  const type = documentTypeOf(input.fileName);
  if (input.bytes.length === 0) throw new AppError('validation_failed', `Файл «${input.fileName}» пуст.`);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('report_file')
      .values({
        report_id: report.id,
        file_name: input.fileName,
        content_type: type,
        size: input.bytes.length,
        content: Buffer.from(input.bytes),
        uploaded_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'report.attach', entity: 'report', entityId: report.id, after: { file: input.fileName, size: input.bytes.length } },
      ctx.requestId,
    );
    return { id: row.id, fileName: input.fileName, size: input.bytes.length };
  });
}

/** A document attached to a report, for whoever may read the report. */
export async function downloadReportFile(ctx: UseCaseContext, reportId: number, fileId: number) {
  const report = await loadReport(ctx, reportId);
  const file = await ctx.db
    .selectFrom('report_file')
    .select(['file_name', 'content_type', 'content'])
    .where('id', '=', fileId)
    .where('report_id', '=', report.id)
    .executeTakeFirst();
  if (!file) throw notFound(`Файл с id ${fileId} у этого отчёта`);
  return { fileName: file.file_name, contentType: file.content_type, content: Buffer.from(file.content) };
}
