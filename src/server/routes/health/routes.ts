import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { isDemoDatabase } from '../../../app/demo/load-demo.ts';
import type { Database } from '../../../db/schema.ts';
import { PUBLIC } from '../../route-policy.ts';

export const APP_VERSION = '0.1.0';

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get(
    '/api/health',
    {
      config: { policy: PUBLIC },
      schema: {
        tags: ['Служебное'],
        summary: 'Проверка работоспособности',
        response: { 200: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] } },
      },
    },
    async () => {
      await db.selectFrom('system_setting').select('key').limit(1).execute();
      return { status: 'ok' };
    },
  );
  app.get(
    '/api/meta',
    {
      config: { policy: PUBLIC },
      schema: {
        tags: ['Служебное'],
        summary: 'Сведения о системе: версия, демо-режим',
        response: {
          200: { type: 'object', properties: { demo: { type: 'boolean' }, version: { type: 'string' } }, required: ['demo', 'version'] },
        },
      },
    },
    async () => ({ demo: await isDemoDatabase(db), version: APP_VERSION }),
  );
}
