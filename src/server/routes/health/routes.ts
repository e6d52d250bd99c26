import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { isDemoDatabase } from '../../../demo/loader/load-demo.ts';
import type { Database } from '../../../db/schema.ts';
import { PUBLIC } from '../../route-policy.ts';
import { healthSchema, metaSchema } from './schema.ts';
import type { Health, Meta } from '../../../api/health.ts';

export const APP_VERSION = '0.1.0';

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Reply: Health }>('/api/health', { config: { policy: PUBLIC }, schema: healthSchema }, async () => {
    await db.selectFrom('system_setting').select('key').limit(1).execute();
    return { status: 'ok' };
  });
  app.get<{ Reply: Meta }>(
    '/api/meta',
    { config: { policy: PUBLIC }, schema: metaSchema },
    // The login page needs the demo flag; the version tells an attacker which flaws to try, so
    // only a signed-in user gets it.
    async (request) => ({ demo: await isDemoDatabase(db), ...(request.actor ? { version: APP_VERSION } : {}) }),
  );
}
