import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { isDemoDatabase } from '../../../demo/loader/load-demo.ts';
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
        summary: 'Сведения о системе: демо-режим (для страницы входа) и версия (только после входа)',
        response: {
          200: { type: 'object', properties: { demo: { type: 'boolean' }, version: { type: 'string' } }, required: ['demo'] },
        },
      },
    },
    // The login page needs the demo flag; the version tells an attacker which flaws to try, so
    // only a signed-in user gets it.
    async (request) => ({ demo: await isDemoDatabase(db), ...(request.actor ? { version: APP_VERSION } : {}) }),
  );
}
