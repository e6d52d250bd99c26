import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { EffectivenessContent } from '../../domain/cycle/effectiveness-content.ts';
import { draftSections } from '../../domain/report/draft-sections.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { gatherReport, reportTitle, type ReportSubject } from './gather-report.ts';
import { assertWritesReports } from './report-access.ts';

/** A report of the analysis of effectiveness: the analysis it carries, and what links it back, in the same transaction. */
export interface EffectivenessAttachment {
  content: EffectivenessContent;
  link: (trx: Kysely<Database>, reportId: number) => Promise<void>;
}

/**
 * Generates a new analytic report as a draft: its numbers from the computed results, its text
 * sections drafted from them for the operator to rewrite. With an analysis of effectiveness
 * attached it is the report of that analysis (seed 003 §10).
 */
export async function generateReport(
  ctx: UseCaseContext,
  subject: ReportSubject,
  attachment?: EffectivenessAttachment,
): Promise<{ id: number }> {
  const gathered = await gatherReport(ctx, subject);
  const { territoryPath } = gathered;
  const content = attachment ? { ...gathered.content, effectiveness: attachment.content } : gathered.content;
  assertWritesReports(ctx.actor, territoryPath);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('report')
      .values({
        scope_org_id: content.scope.territory.id,
        framework_id: content.catalogue.id,
        period_id: content.period.id,
        scope_kind: content.scope.kind,
        direction_code: content.scope.direction?.code ?? null,
        org_id: content.scope.org?.id ?? null,
        title: reportTitle(content),
        content: JSON.stringify(content),
        sections: JSON.stringify(draftSections(content)),
        compute_run_id: content.computeRunId,
        created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('report').set({ lineage_id: row.id }).where('id', '=', row.id).execute();
    await trx
      .insertInto('report_step')
      .values({
        report_id: row.id,
        step: 'generate',
        status_after: 'draft',
        details: JSON.stringify({ computeRunId: content.computeRunId }),
        user_id: ctx.actor.userId === 0 ? null : ctx.actor.userId,
        user_name: ctx.actor.fullName,
      })
      .execute();
    await attachment?.link(trx, row.id);
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'report.generate',
        entity: 'report',
        entityId: row.id,
        after: { title: reportTitle(content), computeRunId: content.computeRunId },
      },
      ctx.requestId,
    );
    return { id: row.id };
  });
}
