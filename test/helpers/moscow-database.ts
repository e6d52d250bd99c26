import type { Actor } from '../../src/app/actor.ts';
import type { UseCaseContext } from '../../src/app/context.ts';
import type { DatabaseHandle } from '../../src/db/create-database.ts';
import type { OrgRow } from '../../src/db/schema.ts';
import { buildOrg, buildUser } from './factories.ts';
import { createTestDatabase } from './test-database.ts';

/**
 * A test database as the first-run setup leaves it for the Moscow open-data tables: the region
 * «Москва» (code 77), the school year 2015/2016, and the context of an administrator `login`.
 */
export async function moscowDatabase(login: string): Promise<{ handle: DatabaseHandle; ctx: UseCaseContext; region: OrgRow }> {
  const handle = await createTestDatabase();
  const region = await buildOrg(handle.db, null, { name: 'Москва', code: '77' });
  await handle.db
    .insertInto('period')
    .values({ code: '2015/2016', kind: 'school_year', name: '2015/2016 учебный год', starts_on: '2015-09-01', ends_on: '2016-08-31' })
    .execute();
  const admin = await buildUser(handle.db, 'admin', null, login);
  const actor: Actor = { userId: admin.id, login: admin.login, fullName: admin.fullName, role: 'admin', scopeOrgId: null, scopePath: null };
  return { handle, ctx: { db: handle.db, actor, requestId: null }, region };
}
