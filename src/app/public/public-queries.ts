import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { REPORT_SECTIONS } from '../../domain/report/report-content.ts';
import { approvalSteps } from '../../domain/report/report-workflow.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { AppError, notFound } from '../app-error.ts';
import { campaignRegulation } from '../campaigns/campaign-regulation.ts';
import { findCampaign } from '../campaigns/campaign-record.ts';
import { findReport } from '../reports/report-record.ts';
import { renderReport, type ReportFormat } from '../reports/report-export.ts';
import type { PublicDocument, PublicItem, PublishedRating } from '../../api/public.ts';

export const PUBLICATION_KIND_NAMES = {
  report: 'Аналитический отчёт',
  regulation: 'Приказ: регламент мониторинга',
  rating: 'Рейтинг',
} as const;

export type { PublicDocument, PublicItem } from '../../api/public.ts';

/** The public «МСОКО» section: what the operators chose to publish and have not withdrawn, newest first. */
export async function listPublic(db: Kysely<Database>, territoryId?: number): Promise<PublicItem[]> {
  let q = db
    .selectFrom('publication as p')
    .innerJoin('org as o', 'o.id', 'p.scope_org_id')
    .select(['p.id', 'p.kind', 'p.title', 'p.published_at', 'o.id as territory_id', 'o.name as territory_name'])
    .where('p.withdrawn_at', 'is', null)
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id', 'desc');
  if (territoryId !== undefined) q = q.where('p.scope_org_id', '=', territoryId);
  return (await q.execute()).map((r) => ({
    id: r.id,
    kind: r.kind,
    kindName: PUBLICATION_KIND_NAMES[r.kind],
    title: r.title,
    territory: { id: r.territory_id, name: r.territory_name },
    publishedAt: new Date(r.published_at).toISOString(),
  }));
}

async function published(db: Kysely<Database>, id: number) {
  const row = await db
    .selectFrom('publication as p')
    .innerJoin('org as o', 'o.id', 'p.scope_org_id')
    .selectAll('p')
    .select(['o.name as territory_name'])
    .where('p.id', '=', id)
    .where('p.withdrawn_at', 'is', null)
    .executeTakeFirst();
  // A withdrawn document is answered as absent: its link says nothing of what it was.
  if (!row) throw notFound(`Опубликованный документ № ${id}`);
  return row;
}

/** One published document by its stable id, for anyone. */
export async function getPublic(db: Kysely<Database>, id: number): Promise<PublicDocument> {
  const row = await published(db, id);
  const base: PublicDocument = {
    id: row.id,
    kind: row.kind,
    kindName: PUBLICATION_KIND_NAMES[row.kind],
    title: row.title,
    territory: { id: row.scope_org_id, name: row.territory_name },
    publishedAt: new Date(row.published_at).toISOString(),
    downloads: [],
  };
  if (row.kind === 'report' && row.report_id !== null) {
    const report = await findReport(db, row.report_id);
    if (!report) throw notFound(`Опубликованный документ № ${id}`);
    const steps = await db.selectFrom('report_step').select(['step', 'details']).where('report_id', '=', report.id).orderBy('id').execute();
    const { review, approval: approve } = approvalSteps(steps);
    return {
      ...base,
      downloads: ['pdf', 'docx'].map((format) => ({ format, url: `/api/public/documents/${row.id}/document.${format}` })),
      report: {
        version: report.version,
        content: report.content,
        sections: REPORT_SECTIONS.map((s) => ({ key: s.key, title: s.title, text: report.sections[s.key] ?? '' })),
        review: review
          ? {
              meetingDate: String(review.details.meetingDate),
              minutesNumber: String(review.details.minutesNumber),
              decisionName: String(review.details.decisionName),
            }
          : null,
        approval: approve
          ? { name: String(approve.details.name), post: String(approve.details.post), date: String(approve.details.date) }
          : null,
      },
    };
  }
  if (row.kind === 'regulation' && row.campaign_id !== null) {
    const c = await findCampaign(db, row.campaign_id);
    if (!c) throw notFound(`Опубликованный документ № ${id}`);
    return {
      ...base,
      downloads: [{ format: 'docx', url: `/api/public/documents/${row.id}/document.docx` }],
      regulation: {
        name: c.name,
        periodName: c.periodName,
        startsOn: c.startsOn,
        deadline: c.deadline,
        responsible: c.responsible,
        orderNumber: c.orderNumber,
        orderDate: c.orderDate,
      },
    };
  }
  return { ...base, rating: row.content as PublishedRating };
}

/** A published document's file: a report as PDF or DOCX, a regulation as DOCX. */
export async function publicDocumentFile(
  db: Kysely<Database>,
  id: number,
  format: ReportFormat,
  today: string,
): Promise<{ file: Buffer; fileName: string }> {
  const row = await published(db, id);
  const ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
  if (row.kind === 'report' && row.report_id !== null) {
    const report = await findReport(db, row.report_id);
    if (!report) throw notFound(`Опубликованный документ № ${id}`);
    const steps = await db
      .selectFrom('report_step')
      .select(['step', 'details', 'user_name', 'at'])
      .where('report_id', '=', report.id)
      .orderBy('id')
      .execute();
    return renderReport(
      {
        ...report,
        steps: steps.map((s) => ({ step: s.step, details: s.details, userName: s.user_name, at: new Date(s.at).toISOString() })),
      },
      format,
    );
  }
  if (row.kind === 'regulation' && row.campaign_id !== null && format === 'docx') return campaignRegulation(ctx, row.campaign_id, today);
  throw new AppError(
    'not_found',
    `У документа «${row.title}» нет файла в формате ${format.toUpperCase()}: он читается на странице публикации.`,
  );
}
