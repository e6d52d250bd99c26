import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { IdParams } from '../../../api/common.ts';
import type {
  ExportRegisterQuery,
  RegisterApplyResult,
  RegisterImportSettings,
  RegisterImportView,
  UploadRegisterQuery,
} from '../../../api/org-register.ts';
import { AppError } from '../../../app/app-error.ts';
import { exportRegister } from '../../../app/org-register/export-register.ts';
import { REGISTER_CSV_BUDGET } from '../../../app/org-register/read-register-file.ts';
import { applyRegisterImport, previewRegisterImport, uploadRegisterFile } from '../../../app/org-register/register-imports.ts';
import { ORG_EDITORS } from '../../../domain/access/role.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { fileNameHeader } from '../../file-name-header.ts';
import { rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import * as s from './register-schema.ts';

const EDITORS = writeRoles(...ORG_EDITORS);
const UPLOAD_LIMIT_BYTES = REGISTER_CSV_BUDGET.maxBytes;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** «Реестр организаций → Загрузить» and «Выгрузить реестр»: administrators everywhere, operators within their scope. */
export async function orgRegisterRoutes(app: FastifyInstance, db: Kysely<Database>): Promise<void> {
  await app.register(async (scoped) => {
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES }, (_req, body, done) => done(null, body));
    scoped.post<{ Querystring: UploadRegisterQuery; Reply: RegisterImportView }>(
      '/api/orgs/register/imports',
      { config: { policy: EDITORS }, schema: s.uploadRegisterSchema, bodyLimit: UPLOAD_LIMIT_BYTES },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw new AppError('import_invalid', 'Пришёл пустой запрос: отправьте файл реестра (XLSX или CSV) в теле запроса.');
        const view = await uploadRegisterFile(contextOf(request, db), {
          fileName: fileNameHeader(request.headers) ?? 'реестр',
          bytes: new Uint8Array(body.buffer, body.byteOffset, body.length),
          territoryId: request.query.territoryId ?? null,
          region: request.query.region ?? null,
          sheet: request.query.sheet,
        });
        return reply.status(201).send(view);
      },
    );
  });

  app.post<{ Params: IdParams; Body: RegisterImportSettings; Reply: RegisterImportView }>(
    '/api/orgs/register/imports/:id/preview',
    { config: { policy: EDITORS }, schema: s.previewRegisterSchema },
    async (request) => previewRegisterImport(contextOf(request, db), request.params.id, request.body),
  );

  app.post<{ Params: IdParams; Reply: RegisterApplyResult }>(
    '/api/orgs/register/imports/:id/apply',
    { config: { policy: EDITORS }, schema: s.applyRegisterSchema },
    async (request) => applyRegisterImport(contextOf(request, db), request.params.id),
  );

  app.get<{ Querystring: ExportRegisterQuery }>(
    '/api/orgs/register/export',
    { config: { policy: rolesOnly(...ORG_EDITORS) }, schema: s.exportRegisterSchema },
    async (request, reply) => {
      const { file } = await exportRegister(contextOf(request, db), request.query.territoryId ?? null);
      return reply.type(XLSX_TYPE).header('Content-Disposition', attachment('Реестр организаций.xlsx', 'register.xlsx')).send(file);
    },
  );
}
