import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../../app/app-error.ts';
import { applyDataImport } from '../../../app/data-import/apply-data-import.ts';
import { prepareDataImport } from '../../../app/data-import/prepare-data-import.ts';
import type { Database } from '../../../db/schema.ts';
import { checkMapping } from '../../../domain/data-import/check-mapping.ts';
import type { DataTableMapping } from '../../../domain/data-import/data-table-mapping.ts';
import type { DataImportApplyRequest, DataImportPreview, DataImportRequest, DataImportResult } from '../../../api/data-imports.ts';
import { rolesOnly, writeRoles } from '../../route-policy.ts';
import { contextOf } from '../../use-case-context.ts';
import { applyDataImportSchema, previewDataImportSchema } from './schema.ts';

/** The largest table accepted (bytes of the file itself). */
export const DATA_TABLE_UPLOAD_BYTES = 20 * 1024 * 1024;

function inputOf(body: DataImportRequest) {
  const bytes = Buffer.from(body.content, 'base64');
  if (bytes.length === 0) throw new AppError('import_invalid', 'Файл пуст или не в base64: выберите файл таблицы (.xlsx или .csv) снова.');
  if (bytes.length > DATA_TABLE_UPLOAD_BYTES)
    throw new AppError(
      'payload_too_large',
      `Файл больше ${DATA_TABLE_UPLOAD_BYTES / 1024 / 1024} МБ: разделите таблицу или загрузите её через soko data import.`,
    );
  let mapping: DataTableMapping | null = null;
  if (body.mapping !== undefined) {
    const checked = checkMapping(body.mapping);
    if (!checked.ok)
      throw new AppError(
        'validation_failed',
        `Сопоставление столбцов: ${checked.problems.join('; ')}.`,
        checked.problems.map((message) => ({ path: 'body.mapping', message })),
      );
    mapping = checked.mapping;
  }
  return { bytes, fileName: body.fileName, periodCode: body.period, territoryCode: body.territory ?? null, mapping };
}

/** «Загрузить таблицу данных»: preview, then apply (the file is sent again; nothing is kept between). */
export async function dataImportRoutes(app: FastifyInstance, db: Kysely<Database>, uploadsDir: string): Promise<void> {
  const roles = ['admin', 'regional_operator', 'municipal_operator'] as const;
  app.post<{ Body: DataImportRequest; Reply: DataImportPreview }>(
    '/api/data-imports/preview',
    // a preview reads and compares: it writes nothing, so it leaves no audit row
    { config: { policy: rolesOnly(...roles) }, schema: previewDataImportSchema, bodyLimit: 30 * 1024 * 1024 },
    async (request) => (await prepareDataImport(contextOf(request, db), inputOf(request.body))).preview,
  );
  app.post<{ Body: DataImportApplyRequest; Reply: DataImportResult }>(
    '/api/data-imports/apply',
    { config: { policy: writeRoles(...roles) }, schema: applyDataImportSchema, bodyLimit: 30 * 1024 * 1024 },
    async (request) =>
      applyDataImport(contextOf(request, db), {
        ...inputOf(request.body),
        decisions: request.body.decisions ?? {},
        acceptProposals: request.body.acceptProposals,
        uploadsDir,
      }),
  );
}
