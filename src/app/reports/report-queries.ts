import type { ReportDetail, ReportSummary } from '../../api/reports.ts';
import { isFrozen, REPORT_STATUS_NAMES } from '../../domain/report/report-workflow.ts';
import { actorSees } from '../actor.ts';
import { isOperator } from '../campaigns/campaign-record.ts';
import type { UseCaseContext } from '../context.ts';
import { seesReport } from './report-access.ts';
import { planCharts } from './report-charts.ts';
import { latestComputeRun } from '../results/latest-compute-run.ts';
import { loadReport, type ReportRecord } from './report-record.ts';
import type { Assert, Equal } from '../../api/type-equality.ts';

// Every field of the stored report but its path reaches the web: a field added to the record and not to the contract fails here.
type Shown = Omit<ReportRecord, 'territoryPath'>;
export type _ReportRecordCheck = Assert<Equal<Shown, Pick<ReportDetail, keyof Shown>>>;

/** The reports the caller may read, newest first. */
export async function listReports(ctx: UseCaseContext): Promise<ReportSummary[]> {
  const rows = await ctx.db
    .selectFrom('report as r')
    .innerJoin('org as t', 't.id', 'r.scope_org_id')
    .innerJoin('period as p', 'p.id', 'r.period_id')
    .innerJoin('framework as f', 'f.id', 'r.framework_id')
    .select([
      'r.id',
      'r.lineage_id',
      'r.version',
      'r.title',
      'r.status',
      'r.scope_kind',
      'r.org_id',
      'r.updated_at',
      't.id as territory_id',
      't.name as territory_name',
      't.path as territory_path',
      'p.name as period_name',
      'p.id as period_id',
      'f.id as framework_id',
      'f.name as framework_name',
    ])
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows
    .filter((r) => seesReport(ctx.actor, { territoryPath: r.territory_path, orgId: r.org_id, status: r.status }))
    .map((r) => ({
      id: r.id,
      lineageId: r.lineage_id ?? r.id,
      version: r.version,
      title: r.title,
      status: r.status,
      statusName: REPORT_STATUS_NAMES[r.status],
      territory: { id: r.territory_id, name: r.territory_name },
      period: { id: r.period_id, name: r.period_name },
      catalogue: { id: r.framework_id, name: r.framework_name },
      scopeKind: r.scope_kind,
      updatedAt: new Date(r.updated_at).toISOString(),
    }));
}

/** One report with its numbers, texts and the record of every step. */
export async function getReport(ctx: UseCaseContext, id: number): Promise<ReportDetail> {
  const report = await loadReport(ctx, id);
  const { db } = ctx;
  const steps = await db
    .selectFrom('report_step as s')
    .leftJoin('report_file as f', 'f.id', 's.file_id')
    .select(['s.step', 's.status_after', 's.details', 's.user_name', 's.at', 'f.id as file_id', 'f.file_name', 'f.size'])
    .where('s.report_id', '=', report.id)
    .orderBy('s.id')
    .execute();
  const run = await latestComputeRun(db, report.frameworkId, report.periodId);
  const newer = await db
    .selectFrom('report')
    .select('id')
    .where('lineage_id', '=', report.lineageId)
    .where('version', '>', report.version)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  const publication = await db
    .selectFrom('publication')
    .select('id')
    .where('report_id', '=', report.id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  const { territoryPath, ...rest } = report;
  return {
    ...rest,
    statusName: REPORT_STATUS_NAMES[report.status],
    frozen: isFrozen(report.status),
    canManage: isOperator(ctx.actor) && actorSees(ctx.actor, territoryPath),
    stale: report.status === 'draft' && (run?.id ?? null) !== report.computeRunId,
    steps: steps.map((s) => ({
      step: s.step,
      statusAfter: s.status_after,
      details: s.details,
      file: s.file_id !== null && s.file_name !== null ? { id: s.file_id, fileName: s.file_name, size: s.size ?? 0 } : null,
      userName: s.user_name,
      at: new Date(s.at).toISOString(),
    })),
    newerVersionId: newer?.id ?? null,
    publicationId: publication?.id ?? null,
    charts: planCharts(report.content).map((c) => ({ key: c.key, section: c.section, title: c.title })),
  };
}
