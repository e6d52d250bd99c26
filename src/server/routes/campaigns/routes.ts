import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../app/app-error.ts';
import { campaignProgressWorkbook, campaignTemplate, uploadCampaignFile } from '../../../app/campaigns/campaign-files.ts';
import { getCampaign, listCampaigns } from '../../../app/campaigns/campaign-queries.ts';
import { CAMPAIGN_OPERATORS } from '../../../app/campaigns/campaign-record.ts';
import { approveRegulation, campaignRegulation, publishRegulation } from '../../../app/campaigns/campaign-regulation.ts';
import { createCampaign } from '../../../app/campaigns/create-campaign.ts';
import { getCyclogram, saveCyclogram } from '../../../app/campaigns/cyclogram-store.ts';
import { getForm } from '../../../app/campaigns/get-form.ts';
import { saveForm } from '../../../app/campaigns/save-form.ts';
import { acceptForm, reopenForm, returnForm, submitForm } from '../../../app/campaigns/submission-actions.ts';
import { today } from '../../../app/today.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { ANY_USER, rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { UPLOAD_LIMIT_BYTES, XLSX_TYPE } from '../catalogues/routes.ts';
import {
  acceptSchema,
  approveSchema,
  createCampaignSchema,
  fileSchema,
  getCampaignSchema,
  getCyclogramSchema,
  getFormSchema,
  listCampaignsSchema,
  publishSchema,
  reopenSchema,
  returnSchema,
  saveCyclogramSchema,
  saveFormSchema,
  submitSchema,
  templateQuery,
  uploadSchema,
} from './schema.ts';
import { fileNameHeader } from '../../file-name-header.ts';
import type { IdParams } from '../../../api/common.ts';
import type {
  AcceptReportOne,
  CampaignInput,
  CampaignList,
  CampaignOne,
  CyclogramInput,
  CyclogramOne,
  CyclogramQuery,
  FormOne,
  FormParams,
  RegulationOrder,
  ReopenFormBody,
  ReturnFormBody,
  SaveFormBody,
  SubmitFormBody,
  TemplateQuery,
  UploadReportOne,
} from '../../../api/campaigns.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const OPERATORS = [...CAMPAIGN_OPERATORS];
const FORM_WRITERS = writeRoles(...OPERATORS, 'org_representative');

export async function campaignRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  app.get<{ Reply: CampaignList }>('/api/campaigns', { config: { policy: ANY_USER }, schema: listCampaignsSchema }, async (request) => ({
    items: await listCampaigns(contextOf(request, db), today()),
  }));

  app.post<{ Body: CampaignInput; Reply: CampaignOne }>(
    '/api/campaigns',
    { config: { policy: writeRoles(...OPERATORS) }, schema: createCampaignSchema },
    async (request, reply) => {
      const ctx = contextOf(request, db);
      const created = await createCampaign(ctx, request.body);
      return reply.status(201).send({ campaign: await getCampaign(ctx, created.id, today()) });
    },
  );

  app.get<{ Params: IdParams; Reply: CampaignOne }>(
    '/api/campaigns/:id',
    { config: { policy: ANY_USER }, schema: getCampaignSchema },
    async (request) => ({
      campaign: await getCampaign(contextOf(request, db), request.params.id, today()),
    }),
  );

  app.get<{ Params: IdParams }>(
    '/api/campaigns/:id/progress.xlsx',
    { config: { policy: rolesOnly(...OPERATORS, 'expert', 'viewer') }, schema: fileSchema('Ход сбора списком (XLSX)') },
    async (request, reply) => {
      const { file, fileName } = await campaignProgressWorkbook(contextOf(request, db), request.params.id, today());
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', attachment(fileName, `campaign-${request.params.id}-progress.xlsx`))
        .send(file);
    },
  );

  app.get<{ Params: IdParams; Querystring: TemplateQuery }>(
    '/api/campaigns/:id/template.xlsx',
    {
      config: { policy: rolesOnly(...OPERATORS, 'org_representative') },
      schema: fileSchema('Шаблон Excel: форма одной организации или всех', templateQuery),
    },
    async (request, reply) => {
      const { file, fileName } = await campaignTemplate(contextOf(request, db), request.params.id, request.query.orgId);
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', attachment(fileName, `campaign-${request.params.id}-template.xlsx`))
        .send(file);
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/campaigns/:id/regulation.docx',
    { config: { policy: ANY_USER }, schema: fileSchema('Регламент мониторинга (DOCX)') },
    async (request, reply) => {
      const { file, fileName } = await campaignRegulation(contextOf(request, db), request.params.id, today());
      return reply
        .type(DOCX_TYPE)
        .header('Content-Disposition', attachment(fileName, `campaign-${request.params.id}-regulation.docx`))
        .send(file);
    },
  );

  app.post<{ Params: IdParams; Body: RegulationOrder; Reply: CampaignOne }>(
    '/api/campaigns/:id/regulation/approve',
    { config: { policy: writeRoles(...OPERATORS) }, schema: approveSchema },
    async (request) => ({ campaign: await approveRegulation(contextOf(request, db), request.params.id, request.body, today()) }),
  );

  app.post<{ Params: IdParams; Reply: CampaignOne }>(
    '/api/campaigns/:id/regulation/publish',
    { config: { policy: writeRoles(...OPERATORS) }, schema: publishSchema },
    async (request) => ({ campaign: await publishRegulation(contextOf(request, db), request.params.id, today()) }),
  );

  app.get<{ Params: FormParams; Reply: FormOne }>(
    '/api/campaigns/:id/forms/:orgId',
    { config: { policy: rolesOnly(...OPERATORS, 'org_representative') }, schema: getFormSchema },
    async (request) => ({ form: await getForm(contextOf(request, db), request.params.id, request.params.orgId, today()) }),
  );

  app.put<{ Params: FormParams; Body: SaveFormBody; Reply: FormOne }>(
    '/api/campaigns/:id/forms/:orgId',
    { config: { policy: FORM_WRITERS }, schema: saveFormSchema },
    async (request) => ({ form: await saveForm(contextOf(request, db), request.params.id, request.params.orgId, request.body, today()) }),
  );

  app.post<{ Params: FormParams; Body: SubmitFormBody; Reply: FormOne }>(
    '/api/campaigns/:id/forms/:orgId/submit',
    { config: { policy: FORM_WRITERS }, schema: submitSchema },
    async (request) => ({
      form: await submitForm(contextOf(request, db), request.params.id, request.params.orgId, request.body.version, today()),
    }),
  );

  app.post<{ Params: FormParams; Body: ReturnFormBody; Reply: FormOne }>(
    '/api/campaigns/:id/forms/:orgId/return',
    { config: { policy: writeRoles(...OPERATORS) }, schema: returnSchema },
    async (request) => ({
      form: await returnForm(contextOf(request, db), request.params.id, request.params.orgId, request.body.comment, today()),
    }),
  );

  app.post<{ Params: FormParams; Reply: AcceptReportOne }>(
    '/api/campaigns/:id/forms/:orgId/accept',
    { config: { policy: writeRoles(...OPERATORS) }, schema: acceptSchema },
    async (request) => ({ report: await acceptForm(contextOf(request, db), request.params.id, request.params.orgId, today()) }),
  );

  app.post<{ Params: FormParams; Body: ReopenFormBody; Reply: FormOne }>(
    '/api/campaigns/:id/forms/:orgId/reopen',
    { config: { policy: writeRoles(...OPERATORS) }, schema: reopenSchema },
    async (request) => ({
      form: await reopenForm(contextOf(request, db), request.params.id, request.params.orgId, request.body.reason, today()),
    }),
  );

  app.get<{ Querystring: CyclogramQuery; Reply: CyclogramOne }>(
    '/api/cyclogram',
    { config: { policy: rolesOnly(...OPERATORS, 'expert', 'viewer') }, schema: getCyclogramSchema },
    async (request) => ({ cyclogram: await getCyclogram(contextOf(request, db), request.query.scopeOrgId, request.query.year, today()) }),
  );

  app.put<{ Body: CyclogramInput; Reply: CyclogramOne }>(
    '/api/cyclogram',
    { config: { policy: writeRoles(...OPERATORS) }, schema: saveCyclogramSchema },
    async (request) => ({ cyclogram: await saveCyclogram(contextOf(request, db), request.body, today()) }),
  );

  // The upload gets its own body parser (raw .xlsx or .csv bytes) and the larger size limit.
  await app.register(async (scoped) => {
    scoped.addContentTypeParser(
      [XLSX_TYPE, 'application/octet-stream', 'text/csv'],
      { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scoped.post<{ Params: IdParams; Reply: UploadReportOne }>(
      '/api/campaigns/:id/upload',
      { config: { policy: FORM_WRITERS }, schema: uploadSchema, bodyLimit: UPLOAD_LIMIT_BYTES },
      async (request) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw new AppError('import_invalid', 'Пришёл пустой запрос: отправьте заполненный шаблон .xlsx или файл .csv в теле запроса.');
        }
        const fileName = fileNameHeader(request.headers) ?? 'файл';
        return { report: await uploadCampaignFile(contextOf(request, db), request.params.id, { bytes: request.body, fileName }) };
      },
    );
  });
}
