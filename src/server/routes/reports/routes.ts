import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../../app/app-error.ts';
import { CAMPAIGN_OPERATORS } from '../../../app/campaigns/campaign-record.ts';
import { listOwnPublications, publishRating, withdrawPublication } from '../../../app/public/publications.ts';
import { generateReport } from '../../../app/reports/generate-report.ts';
import { chartPng, reportChart } from '../../../app/reports/report-charts.ts';
import { exportReport, REPORT_CONTENT_TYPES, type ReportFormat } from '../../../app/reports/report-export.ts';
import { downloadReportFile, REPORT_FILE_LIMIT_BYTES, uploadReportFile } from '../../../app/reports/report-files.ts';
import { getReport, listReports } from '../../../app/reports/report-queries.ts';
import { loadReport } from '../../../app/reports/report-record.ts';
import {
  approveReport,
  newReportVersion,
  publishReport,
  refreshNumbers,
  reviewReport,
  saveSections,
  unpublishReport,
} from '../../../app/reports/report-steps.ts';
import { getWorkingGroup, saveWorkingGroup } from '../../../app/reports/working-group.ts';
import { today } from '../../../app/today.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { ANY_USER, rolesOnly, writeRoles } from '../../route-policy.ts';
import { territoryParam } from '../../territory-param.ts';
import { contextOf } from '../../use-case-context.ts';
import {
  approveSchema,
  chartSchema,
  downloadFileSchema,
  exportSchema,
  generateReportSchema,
  getReportSchema,
  getWorkingGroupSchema,
  listPublicationsSchema,
  listReportsSchema,
  newVersionSchema,
  publishRatingSchema,
  refreshSchema,
  reviewSchema,
  saveSectionsSchema,
  saveWorkingGroupSchema,
  stepSchema,
  uploadFileSchema,
  withdrawSchema,
} from './schema.ts';
import { fileNameHeader } from '../../file-name-header.ts';
import type { IdParams } from '../../../api/common.ts';
import type { OwnPublicationList, Published, PublishRatingInput, Withdrawn } from '../../../api/publications.ts';
import type {
  ApprovalInput,
  ChartParams,
  GenerateReportInput,
  ReportFileOne,
  ReportFileParams,
  ReportList,
  ReportOne,
  ReviewInput,
  SaveSectionsInput,
} from '../../../api/reports.ts';
import type { WorkingGroupInput, WorkingGroupOne, WorkingGroupQuery } from '../../../api/working-group.ts';

const OPERATORS = writeRoles(...CAMPAIGN_OPERATORS);

export async function reportRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  app.get<{ Reply: ReportList }>('/api/reports', { config: { policy: ANY_USER }, schema: listReportsSchema }, async (request) => ({
    items: await listReports(contextOf(request, db)),
  }));

  app.post<{ Body: GenerateReportInput; Reply: ReportOne }>(
    '/api/reports',
    { config: { policy: OPERATORS }, schema: generateReportSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const b = request.body;
      const { id } = await generateReport(ctx, {
        catalogueId: b.catalogueId,
        periodId: b.periodId,
        scopeKind: b.scopeKind,
        territoryId: b.scopeKind === 'organisation' ? (b.territoryId ?? 0) : territoryParam(b.territoryId, ctx.actor.scopeOrgId),
        directionCode: b.directionCode ?? null,
        orgId: b.orgId ?? null,
      });
      return reply.status(201).send({ report: await getReport(ctx, id) });
    },
  );

  app.get<{ Params: IdParams; Reply: ReportOne }>(
    '/api/reports/:id',
    { config: { policy: ANY_USER }, schema: getReportSchema },
    async (request) => ({
      report: await getReport(contextOf(request, db), request.params.id),
    }),
  );

  app.put<{ Params: IdParams; Body: SaveSectionsInput; Reply: ReportOne }>(
    '/api/reports/:id/sections',
    { config: { policy: OPERATORS }, schema: saveSectionsSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      await saveSections(ctx, request.params.id, request.body);
      return { report: await getReport(ctx, request.params.id) };
    },
  );

  app.post<{ Params: IdParams; Reply: ReportOne }>(
    '/api/reports/:id/refresh',
    { config: { policy: OPERATORS }, schema: refreshSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      await refreshNumbers(ctx, request.params.id);
      return { report: await getReport(ctx, request.params.id) };
    },
  );

  app.post<{ Params: IdParams; Body: ReviewInput; Reply: ReportOne }>(
    '/api/reports/:id/review',
    { config: { policy: OPERATORS }, schema: reviewSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      await reviewReport(ctx, request.params.id, request.body, today());
      return { report: await getReport(ctx, request.params.id) };
    },
  );

  app.post<{ Params: IdParams; Body: ApprovalInput; Reply: ReportOne }>(
    '/api/reports/:id/approve',
    { config: { policy: OPERATORS }, schema: approveSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      await approveReport(ctx, request.params.id, request.body, today());
      return { report: await getReport(ctx, request.params.id) };
    },
  );

  app.post<{ Params: IdParams; Reply: ReportOne }>(
    '/api/reports/:id/publish',
    { config: { policy: OPERATORS }, schema: stepSchema('Опубликовать утверждённый отчёт в публичном разделе') },
    async (request) => {
      const ctx = contextOf(request, db);
      await publishReport(ctx, request.params.id);
      return { report: await getReport(ctx, request.params.id) };
    },
  );

  app.post<{ Params: IdParams; Reply: ReportOne }>(
    '/api/reports/:id/unpublish',
    { config: { policy: OPERATORS }, schema: stepSchema('Снять отчёт с публикации') },
    async (request) => {
      const ctx = contextOf(request, db);
      await unpublishReport(ctx, request.params.id);
      return { report: await getReport(ctx, request.params.id) };
    },
  );

  app.post<{ Params: IdParams; Reply: ReportOne }>(
    '/api/reports/:id/versions',
    { config: { policy: OPERATORS }, schema: newVersionSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const { id } = await newReportVersion(ctx, request.params.id);
      return reply.status(201).send({ report: await getReport(ctx, id) });
    },
  );

  for (const format of ['docx', 'pdf'] as ReportFormat[]) {
    app.get<{ Params: IdParams }>(
      `/api/reports/:id/report.${format}`,
      { config: { policy: ANY_USER }, schema: exportSchema(format.toUpperCase()) },
      async (request, reply) => {
        const { file, fileName } = await exportReport(contextOf(request, db), request.params.id, format);
        return reply
          .type(REPORT_CONTENT_TYPES[format])
          .header('Content-Disposition', attachment(fileName, `report-${request.params.id}.${format}`))
          .send(file);
      },
    );
  }

  app.get<{ Params: ChartParams }>(
    '/api/reports/:id/charts/:key',
    { config: { policy: ANY_USER }, schema: chartSchema },
    async (request, reply) => {
      const report = await loadReport(contextOf(request, db), request.params.id);
      const chart = reportChart(report.content, request.params.key);
      if (!chart) throw notFound(`Рисунок «${request.params.key}» отчёта`);
      return reply.type('image/png').header('Cache-Control', 'private, max-age=60').send(chartPng(chart));
    },
  );

  app.get<{ Params: ReportFileParams }>(
    '/api/reports/:id/files/:fileId',
    { config: { policy: ANY_USER }, schema: downloadFileSchema },
    async (request, reply) => {
      const file = await downloadReportFile(contextOf(request, db), request.params.id, request.params.fileId);
      return reply
        .type(file.contentType)
        .header('Content-Disposition', attachment(file.fileName, `file-${request.params.fileId}`))
        .send(file.content);
    },
  );

  await app.register(async (scoped) => {
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: REPORT_FILE_LIMIT_BYTES }, (_req, body, done) => done(null, body));
    scoped.post<{ Params: IdParams; Reply: ReportFileOne }>(
      '/api/reports/:id/files',
      { config: { policy: OPERATORS }, schema: uploadFileSchema, bodyLimit: REPORT_FILE_LIMIT_BYTES },
      async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const fileName = fileNameHeader(request.headers);
        if (fileName === null)
          throw new AppError('validation_failed', 'Укажите имя файла в заголовке x-file-name, например «Протокол №3.pdf».');
        const file = await uploadReportFile(contextOf(request, db), request.params.id, { fileName, bytes });
        return reply.status(201).send({ file });
      },
    );
  });

  app.get<{ Querystring: WorkingGroupQuery; Reply: WorkingGroupOne }>(
    '/api/working-group',
    { config: { policy: ANY_USER }, schema: getWorkingGroupSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      return { group: await getWorkingGroup(ctx, territoryParam(request.query.territoryId, ctx.actor.scopeOrgId)) };
    },
  );

  app.put<{ Body: WorkingGroupInput; Reply: WorkingGroupOne }>(
    '/api/working-group',
    { config: { policy: OPERATORS }, schema: saveWorkingGroupSchema },
    async (request) => {
      const ctx = contextOf(request, db);
      const { territoryId, ...input } = request.body;
      return { group: await saveWorkingGroup(ctx, territoryParam(territoryId, ctx.actor.scopeOrgId), input) };
    },
  );

  app.get<{ Reply: OwnPublicationList }>(
    '/api/publications',
    { config: { policy: rolesOnly(...CAMPAIGN_OPERATORS) }, schema: listPublicationsSchema },
    async (request) => ({
      items: await listOwnPublications(contextOf(request, db)),
    }),
  );

  app.post<{ Body: PublishRatingInput; Reply: Published }>(
    '/api/publications',
    { config: { policy: OPERATORS }, schema: publishRatingSchema },
    async (request, reply) => reply.status(201).send(await publishRating(contextOf(request, db), request.body)),
  );

  app.post<{ Params: IdParams; Reply: Withdrawn }>(
    '/api/publications/:id/withdraw',
    { config: { policy: OPERATORS }, schema: withdrawSchema },
    async (request) => {
      await withdrawPublication(contextOf(request, db), request.params.id);
      return { ok: true };
    },
  );
}
