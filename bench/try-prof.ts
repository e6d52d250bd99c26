import { SYSTEM_ACTOR } from '../src/app/actor.ts';
import { syncCatalogues } from '../src/app/catalogues/sync-catalogues.ts';
import { loadDemo } from '../src/demo/loader/load-demo.ts';
import { readConfig } from '../src/cli/config.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { getComparison } from '../src/app/results/rating-queries.ts';
import { orgCard } from '../src/app/results/org-card.ts';
const h = await createDatabase({ kind: 'pglite', dataDir: null });
await migrateToLatest(h.db);
await syncCatalogues(h.db, readConfig({}).catalogDir);
await loadDemo(h.db);
const ctx = { db: h.db, actor: SYSTEM_ACTOR, requestId: null };
const t = (label: string, f: () => Promise<unknown>) => async () => {
  const times = [];
  let r;
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    r = await f();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(label, times[7]!.toFixed(1));
  return r;
};
await t('view no explain', () => getComparison(ctx, 3, 10, 'municipality:2:school'))();
const r = await t('view explain', () => getComparison(ctx, 3, 10, 'municipality:2:school', { explain: true }))();
await t('stringify view', async () => JSON.stringify(r))();
console.log('size', JSON.stringify(r).length);
const c = await t('card', () => orgCard(ctx, { catalogueId: 3, orgId: 3 }))();
await t('stringify card', async () => JSON.stringify(c))();
