import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { getPublic, listPublic, publicDocumentFile } from '../../../app/public/public-queries.ts';
import { REPORT_CONTENT_TYPES, type ReportFormat } from '../../../app/reports/report-export.ts';
import { today } from '../../../app/today.ts';
import type { Database } from '../../../db/schema.ts';
import { errorSchema, idParamsSchema } from '../../common-schemas.ts';
import { attachment } from '../../content-disposition.ts';
import { PUBLIC } from '../../route-policy.ts';

const tags = ['Публичный раздел'];
const anyObject = { type: 'object', additionalProperties: true } as const;
const errors = { 400: errorSchema, 404: errorSchema } as const;

/** The public «МСОКО» section: no login, only what the operators published (seed 004 §2.2). */
export function publicRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: { territoryId?: number } }>(
    '/api/public/documents',
    {
      config: { policy: PUBLIC },
      schema: {
        tags,
        summary: 'Опубликованные документы: аналитические отчёты, приказы, рейтинги',
        querystring: { type: 'object', properties: { territoryId: { type: 'integer', minimum: 1 } }, additionalProperties: false },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } }, required: ['items'] }, ...errors },
      },
    },
    async (request) => ({ items: await listPublic(db, request.query.territoryId) }),
  );

  app.get<{ Params: { id: number } }>(
    '/api/public/documents/:id',
    {
      config: { policy: PUBLIC },
      schema: {
        tags,
        summary: 'Опубликованный документ по его постоянному номеру',
        params: idParamsSchema,
        response: { 200: { type: 'object', properties: { document: anyObject }, required: ['document'] }, ...errors },
      },
    },
    async (request) => ({ document: await getPublic(db, request.params.id) }),
  );

  for (const format of ['docx', 'pdf'] as ReportFormat[]) {
    app.get<{ Params: { id: number } }>(
      `/api/public/documents/:id/document.${format}`,
      {
        config: { policy: PUBLIC },
        schema: { tags, summary: `Файл опубликованного документа (${format.toUpperCase()})`, params: idParamsSchema, response: errors },
      },
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
