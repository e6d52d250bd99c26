import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { getPublic, listPublic, publicDocumentFile } from '../../../app/public/public-queries.ts';
import { REPORT_CONTENT_TYPES, type ReportFormat } from '../../../app/reports/report-export.ts';
import { today } from '../../../app/today.ts';
import type { Database } from '../../../db/schema.ts';
import { attachment } from '../../content-disposition.ts';
import { PUBLIC } from '../../route-policy.ts';
import { getPublicSchema, listPublicSchema, publicFileSchema } from './schema.ts';
import type { IdParams } from '../../../api/common.ts';
import type { PublicDocumentOne, PublicList, PublicQuery } from '../../../api/public.ts';

/** The public «МСОКО» section: no login, only what the operators published (seed 004 §2.2). */
export function publicRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: PublicQuery; Reply: PublicList }>(
    '/api/public/documents',
    { config: { policy: PUBLIC }, schema: listPublicSchema },
    async (request) => ({ items: await listPublic(db, request.query.territoryId) }),
  );

  app.get<{ Params: IdParams; Reply: PublicDocumentOne }>(
    '/api/public/documents/:id',
    { config: { policy: PUBLIC }, schema: getPublicSchema },
    async (request) => ({ document: await getPublic(db, request.params.id) }),
  );

  for (const format of ['docx', 'pdf'] as ReportFormat[]) {
    app.get<{ Params: IdParams }>(
      `/api/public/documents/:id/document.${format}`,
      { config: { policy: PUBLIC }, schema: publicFileSchema(format) },
      async (request, reply) => {
        const { file, fileName } = await publicDocumentFile(db, request.params.id, format, today());
        return reply
          .type(REPORT_CONTENT_TYPES[format])
          .header('Content-Disposition', attachment(fileName, `document-${request.params.id}.${format}`))
          .send(file);
      },
    );
  }
}
