import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportContent, ReportScopeKind } from '../../domain/report/report-content.ts';
import type { ReportStatus } from '../../domain/report/report-workflow.ts';
import { forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { seesReport } from './report-access.ts';

/** A report row as the use cases read it. */
export interface ReportRecord {
  id: number;
  lineageId: number;
  version: number;
  territoryId: number;
  territoryName: string;
  territoryPath: string;
  frameworkId: number;
  periodId: number;
  scopeKind: ReportScopeKind;
  directionCode: string | null;
  orgId: number | null;
  title: string;
  status: ReportStatus;
  content: ReportContent;
  sections: Record<string, string>;
  computeRunId: number | null;
  editVersion: number;
  createdAt: string;
  updatedAt: string;
}

export async function findReport(db: Kysely<Database>, id: number): Promise<ReportRecord | undefined> {
  const r = await db
    .selectFrom('report as r')
    .innerJoin('org as t', 't.id', 'r.scope_org_id')
    .selectAll('r')
    .select(['t.name as territory_name', 't.path as territory_path'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    lineageId: r.lineage_id ?? r.id,
    version: r.version,
    territoryId: r.scope_org_id,
    territoryName: r.territory_name,
    territoryPath: r.territory_path,
    frameworkId: r.framework_id,
    periodId: r.period_id,
    scopeKind: r.scope_kind,
    directionCode: r.direction_code,
    orgId: r.org_id,
    title: r.title,
    status: r.status,
    content: r.content as ReportContent,
    sections: r.sections,
    computeRunId: r.compute_run_id,
    editVersion: r.edit_version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The report if the caller may read it (see report-access). */
export async function loadReport(ctx: UseCaseContext, id: number): Promise<ReportRecord> {
  const report = await findReport(ctx.db, id);
  if (!report) throw notFound(`Отчёт с id ${id}`);
  if (!seesReport(ctx.actor, { territoryPath: report.territoryPath, orgId: report.orgId, status: report.status })) {
    throw forbidden('Этот отчёт вне вашей зоны доступа.');
  }
  return report;
}
