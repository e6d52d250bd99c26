import type { KyselyPlugin } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, AuditView } from '../../../api/audit.ts';
import { SYSTEM_ACTOR } from '../../../app/actor.ts';
import { listAudit } from '../../../app/audit-log.ts';
import { fillForm, startCampaign } from '../../../../test/helpers/campaign-fixtures.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

// The change log names what changed: organisations, users, campaigns and forms by their names,
// resolved by the server in the one query that reads the page (an empty database, no demo).

const t = useTestApp();
let campaignId = 0;

beforeAll(async () => {
  const { db } = t.handle;
  const campaign = await startCampaign(db, t.tree.m1.id, 'Мониторинг 2024/2025');
  campaignId = campaign.id;
  await fillForm(db, campaign.id, t.tree.s1.id, { 't_winners|': '10', 't_pupils|': '100' });
  await db
    .insertInto('audit_log')
    .values([
      { action: 'cyclogram.save', entity: 'cyclogram', entity_id: `${t.tree.m1.id}:2025`, before: 'null', after: 'null' },
      { action: 'org.update', entity: 'org', entity_id: '999999', before: 'null', after: 'null' },
      { action: 'auth.login_failed', entity: 'login', entity_id: 'nobody', before: 'null', after: 'null' },
    ])
    .execute();
});

const entries = async (): Promise<AuditView[]> => {
  const res = await t.get('/api/audit?limit=500', t.cookies.admin);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as AuditPage).items;
};

describe('GET /api/audit names the objects', () => {
  it('a form by its organisation and campaign, a campaign by its title, a user by name and login, a cyclogram by territory and year', async () => {
    const items = await entries();
    const form = items.find((e) => e.entity === 'submission');
    expect(form?.entityId).toBe(`${campaignId}:${t.tree.s1.id}`);
    expect(form?.entityName).toBe('Школа № 1 первого района, кампания «Мониторинг 2024/2025»');
    expect(items.find((e) => e.entity === 'campaign')?.entityName).toBe('«Мониторинг 2024/2025»');
    const users = items.filter((e) => e.entity === 'user' && e.action === 'user.create');
    expect(users.length).toBeGreaterThan(0);
    for (const u of users) expect(u.entityName).toMatch(/^Тест [a-z_]+ \([a-z_]+\.\d+\)$/);
    expect(items.find((e) => e.entity === 'cyclogram')?.entityName).toBe('Первый район, 2025 год');
  });

  it('leaves the name empty where there is none: a removed object, a login that is not an id', async () => {
    const items = await entries();
    expect(items.find((e) => e.entity === 'org' && e.entityId === '999999')?.entityName).toBeNull();
    expect(items.find((e) => e.entity === 'login')?.entityName).toBeNull();
  });

  it('reads a page in two queries (count and rows), however many rows it names', async () => {
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => Promise.resolve(args.result),
    };
    const db = t.handle.db.withPlugin(counting);
    const page = await listAudit({ db, actor: SYSTEM_ACTOR, requestId: null }, { limit: 500, offset: 0 });
    expect(page.items.length).toBeGreaterThan(5);
    expect(page.items.filter((e) => e.entityName !== null).length).toBeGreaterThan(5);
    expect(queries).toBe(2);
  });
});
