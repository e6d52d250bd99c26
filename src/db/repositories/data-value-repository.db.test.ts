import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../app/catalogues/sync-catalogues.ts';
import { buildOrgTree } from '../../../test/helpers/factories.ts';
import { TEST_CATALOG_DIR } from '../../../test/helpers/test-app.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import type { DatabaseHandle } from '../create-database.ts';
import { dataValueRepository } from './data-value-repository.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await syncCatalogues(handle.db, TEST_CATALOG_DIR);
});
afterAll(async () => {
  await handle.close();
});

describe('the value store', () => {
  it('keeps one value per (org, period, element, breakdown) and feeds the engine only accepted and demo values', async () => {
    const { db } = handle;
    const tree = await buildOrgTree(db);
    const period = await db
      .insertInto('period')
      .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025 учебный год', starts_on: '2024-09-01', ends_on: '2025-08-31' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const base = { periodId: period.id, source: 'тест', enteredBy: null };
    await dataValueRepository.upsert(db, {
      ...base,
      orgId: tree.s1.id,
      elementCode: 't_pupils',
      breakdown: { grade: 4 },
      value: 30,
      status: 'draft',
    });
    await dataValueRepository.upsert(db, {
      ...base,
      orgId: tree.s1.id,
      elementCode: 't_pupils',
      breakdown: { grade: 4 },
      value: 31.5,
      status: 'accepted',
    });
    await dataValueRepository.upsert(db, {
      ...base,
      orgId: tree.s2.id,
      elementCode: 't_pupils',
      breakdown: {},
      value: 50,
      status: 'submitted',
    });
    await dataValueRepository.upsert(db, { ...base, orgId: tree.k1.id, elementCode: 't_winners', breakdown: {}, value: 2, status: 'demo' });
    const rows = await db.selectFrom('data_value').select(['version']).where('org_id', '=', tree.s1.id).execute();
    expect(rows).toEqual([{ version: 2 }]);
    expect(await dataValueRepository.forEngine(db, period.id, ['t_pupils', 't_winners'])).toEqual([
      { orgId: tree.s1.id, elementCode: 't_pupils', breakdown: 'grade=4', value: 31.5 },
      { orgId: tree.k1.id, elementCode: 't_winners', breakdown: '', value: 2 },
    ]);
  });
});
