import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../app/app-error.ts';
import {
  applyImport,
  cancelImport,
  createImport,
  getImport,
  listImports,
  startReading,
} from '../../../app/assessments/assessment-imports.ts';
import { newUploadPath } from '../../../app/assessments/import-files.ts';
import { listMappings, listThresholds, saveThresholds } from '../../../app/assessments/assessment-thresholds.ts';
import { CAMPAIGN_OPERATORS } from '../../../app/campaigns/campaign-record.ts';
import type { Database } from '../../../db/schema.ts';
import { ANY_USER, rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import * as s from './schema.ts';
import { fileNameHeader } from '../../file-name-header.ts';
import type { IdParams } from '../../../api/common.ts';
import type {
  ApplyImportBody,
  ImportList,
  ImportOne,
  ReadSettingsBody,
  SavedMappingList,
  ThresholdList,
  ThresholdsBody,
  UploadQuery,
} from '../../../api/assessment-imports.ts';

const OPERATORS = writeRoles(...CAMPAIGN_OPERATORS);
const OPERATOR_READS = rolesOnly(...CAMPAIGN_OPERATORS);
/** Pupil-level files of a region run to hundreds of megabytes; they are streamed to disk, never held in memory. */
export const RESULTS_UPLOAD_LIMIT_BYTES = 1024 * 1024 * 1024;

/** Writes an upload to a file of its own, refusing it past the limit (the partial file is removed). */
async function saveUpload(body: Readable, path: string): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > RESULTS_UPLOAD_LIMIT_BYTES)
        done(new AppError('payload_too_large', 'Файл больше 1 ГБ: разделите его по годам или процедурам.'));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return size;
}

/** Uploaded files are kept in `uploadsDir` (the data directory's private uploads folder) until applied, cancelled or expired. */
export async function assessmentRoutes(app: FastifyInstance, db: Kysely<Database>, uploadsDir: string): Promise<void> {
  app.get<{ Reply: ImportList }>(
    '/api/assessments/imports',
    { config: { policy: OPERATOR_READS }, schema: s.listImportsSchema },
    async (request) => ({
      imports: await listImports(contextOf(request, db)),
    }),
  );

  await app.register(async (scoped) => {
    scoped.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    scoped.post<{ Querystring: UploadQuery; Reply: ImportOne }>(
      '/api/assessments/imports',
      { config: { policy: OPERATORS }, schema: s.uploadImportSchema, bodyLimit: RESULTS_UPLOAD_LIMIT_BYTES },
      async (request, reply) => {
        const ctx = contextOf(request, db);
        const fileName = fileNameHeader(request.headers) ?? 'results.csv';
        const path = newUploadPath(uploadsDir);
        const body = request.body as Readable | undefined;
        if (!body || typeof (body as Readable).pipe !== 'function')
          throw new AppError('import_invalid', 'Пришёл пустой запрос: отправьте файл результатов в теле запроса.');
        const size = await saveUpload(body, path);
        if (size === 0) {
          await rm(path, { force: true });
          throw new AppError('import_invalid', 'Файл пуст: выберите файл с результатами.');
        }
        // A refused upload (another territory, a non-operator) leaves no pupil's data behind.
        const created = await createImport(ctx, { territoryId: request.query.territoryId ?? null, fileName, path }).catch(
          async (error: unknown) => {
            await rm(path, { force: true });
            throw error;
          },
        );
        return reply.status(201).send({ import: created });
      },
    );
  });

  app.get<{ Params: IdParams; Reply: ImportOne }>(
    '/api/assessments/imports/:id',
    { config: { policy: OPERATOR_READS }, schema: s.getImportSchema },
    async (request) => ({
      import: await getImport(contextOf(request, db), request.params.id),
    }),
  );

  app.post<{ Params: IdParams; Body: ReadSettingsBody; Reply: ImportOne }>(
    '/api/assessments/imports/:id/read',
    { config: { policy: OPERATORS }, schema: s.readImportSchema },
    async (request, reply) => {
      const { started, done } = await startReading(contextOf(request, db), request.params.id, request.body);
      // The reading goes on; the client follows it with GET. Its failures are recorded on the import;
      // one that could not even be read back is logged, never left to end the process.
      done.catch((error: unknown) => request.log.error({ err: error, importId: request.params.id }, 'import reading ended badly'));
      return reply.status(202).send({ import: started });
    },
  );

  app.post<{ Params: IdParams; Body: ApplyImportBody; Reply: ImportOne }>(
    '/api/assessments/imports/:id/apply',
    { config: { policy: OPERATORS }, schema: s.applyImportSchema },
    async (request) => ({
      import: await applyImport(contextOf(request, db), request.params.id, {
        decisions: request.body.decisions ?? {},
        acceptProposals: request.body.acceptProposals === true,
        skipErrors: request.body.skipErrors === true,
      }),
    }),
  );

  app.post<{ Params: IdParams; Reply: ImportOne }>(
    '/api/assessments/imports/:id/cancel',
    { config: { policy: OPERATORS }, schema: s.cancelImportSchema },
    async (request) => ({
      import: await cancelImport(contextOf(request, db), request.params.id),
    }),
  );

  app.get<{ Reply: ThresholdList }>(
    '/api/assessments/thresholds',
    { config: { policy: ANY_USER }, schema: s.listThresholdsSchema },
    async (request) => ({
      thresholds: await listThresholds(contextOf(request, db)),
    }),
  );

  app.put<{ Body: ThresholdsBody; Reply: ThresholdList }>(
    '/api/assessments/thresholds',
    { config: { policy: writeRoles('admin', 'regional_operator') }, schema: s.saveThresholdsSchema },
    async (request) => ({ thresholds: await saveThresholds(contextOf(request, db), request.body.thresholds) }),
  );

  app.get<{ Reply: SavedMappingList }>(
    '/api/assessments/mappings',
    { config: { policy: OPERATOR_READS }, schema: s.listMappingsSchema },
    async (request) => ({
      mappings: await listMappings(contextOf(request, db)),
    }),
  );
}
