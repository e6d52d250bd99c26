import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../app/actor.ts';
import { insertFramework, syncCatalogues } from '../../app/catalogues/sync-catalogues.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { buildOrgTree, buildUser, type OrgTree } from '../../../test/helpers/factories.ts';
import { TEST_CATALOG_DIR } from '../../../test/helpers/test-app.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import type { DatabaseHandle } from '../create-database.ts';
import { catalogueRepository } from './catalogue-repository.ts';
import { orgRepository } from './org-repository.ts';
import { userRepository } from './user-repository.ts';

let handle: DatabaseHandle;
let tree: OrgTree;
beforeAll(async () => {
  handle = await createTestDatabase();
  await syncCatalogues(handle.db, TEST_CATALOG_DIR);
  tree = await buildOrgTree(handle.db);
});
afterAll(async () => {
  await handle.close();
});

describe('orgRepository', () => {
  it('finds organisations by a list of ids, none for no ids, and skips ids that do not exist', async () => {
    const found = await orgRepository.findByIds(handle.db, [tree.s2.id, tree.m1.id, 999_999]);
    expect(found.map((o) => o.name).sort()).toEqual(['Первый район', 'Школа № 1 второго района']);
    expect(await orgRepository.findByIds(handle.db, [])).toEqual([]);
  });

  it('finds one by id and by code, undefined when there is none', async () => {
    expect((await orgRepository.findById(handle.db, tree.k1.id))?.type).toBe('kindergarten');
    expect((await orgRepository.findByCode(handle.db, tree.s1.code))?.id).toBe(tree.s1.id);
    expect(await orgRepository.findByCode(handle.db, 'no-such-code')).toBeUndefined();
  });

  it('inserts a child with the materialised path and depth of its parent', async () => {
    const m = await orgRepository.insert(
      handle.db,
      {
        parentId: tree.region.id,
        kind: 'municipality',
        type: null,
        name: 'Третий район',
        shortName: null,
        code: 'repo-test-m3',
        inn: null,
        ogrn: null,
        fisOkoCode: null,
        aliases: [],
        attributes: {},
        isDemo: false,
      },
      tree.region.path,
      tree.region.depth,
    );
    expect(m.path).toBe(`${tree.region.path}${m.id}/`);
    expect(m.depth).toBe(tree.region.depth + 1);
  });

  it('reads a subtree: the node at a path and everything under it, at any depth, nothing beside it', async () => {
    const ids = (await orgRepository.under(handle.db, tree.m1.path).select('id').execute()).map((r) => r.id);
    expect(ids).toContain(tree.m1.id);
    expect(ids).toContain(tree.s1.id);
    expect(ids).not.toContain(tree.m2.id);
    expect(ids).not.toContain(tree.s2.id);
    expect(ids).not.toContain(tree.region.id);
    const all = await orgRepository.under(handle.db, tree.region.path).select('id').execute();
    expect(all.length).toBeGreaterThan(ids.length);
  });

  it('locks the row inside the caller’s transaction', async () => {
    const name = await handle.db.transaction().execute(async (trx) => {
      await orgRepository.lock(trx, tree.m2.id);
      return (await orgRepository.findById(trx, tree.m2.id))?.name;
    });
    expect(name).toBe('Второй район');
  });
});

describe('userRepository', () => {
  it('reads an account with its scope path, and none for the whole system', async () => {
    const operator = await buildUser(handle.db, 'municipal_operator', tree.m1.id, 'repo.operator');
    const admin = await buildUser(handle.db, 'admin', null, 'repo.admin');
    expect(await userRepository.withScopeById(handle.db, operator.id)).toMatchObject({ login: 'repo.operator', scope_path: tree.m1.path });
    expect(await userRepository.withScopeByLogin(handle.db, 'repo.admin')).toMatchObject({ id: admin.id, scope_path: null });
    expect(await userRepository.withScopeByLogin(handle.db, 'nobody')).toBeUndefined();
  });

  it('sets the password hash with or without a forced change, and blocks and unblocks', async () => {
    const user = await buildUser(handle.db, 'viewer', tree.region.id, 'repo.viewer');
    await userRepository.setPassword(handle.db, user.id, 'hash-1', true);
    expect(await userRepository.findByLogin(handle.db, 'repo.viewer')).toMatchObject({
      password_hash: 'hash-1',
      must_change_password: true,
    });
    await userRepository.setPassword(handle.db, user.id, 'hash-2', false);
    await userRepository.setActive(handle.db, user.id, false);
    expect(await userRepository.findById(handle.db, user.id)).toMatchObject({
      password_hash: 'hash-2',
      must_change_password: false,
      is_active: false,
    });
    await userRepository.setActive(handle.db, user.id, true);
    expect((await userRepository.findById(handle.db, user.id))?.is_active).toBe(true);
  });
});

describe('catalogueRepository', () => {
  it('finds the newest version of a code, and a version by id', async () => {
    const first = await catalogueRepository.newestByCode(handle.db, 'test-indicators');
    expect(first?.version).toBe(1);
    const next = { ...(first!.content as Catalogue), version: 2 };
    const id = await insertFramework(
      handle.db,
      next,
      { origin: 'import', fileName: null, loadedBy: null },
      { actor: SYSTEM_ACTOR, requestId: null },
    );
    expect(await catalogueRepository.newestByCode(handle.db, 'test-indicators')).toMatchObject({ id, version: 2 });
    expect((await catalogueRepository.findById(handle.db, first!.id))?.version).toBe(1);
    expect(await catalogueRepository.newestByCode(handle.db, 'no-such-catalogue')).toBeUndefined();
    // a given version, or the newest without one
    expect(await catalogueRepository.byCode(handle.db, 'test-indicators', 1)).toMatchObject({ id: first!.id, version: 1 });
    expect(await catalogueRepository.byCode(handle.db, 'test-indicators')).toMatchObject({ id, version: 2 });
    expect(await catalogueRepository.byCode(handle.db, 'test-indicators', 7)).toBeUndefined();
    // one row per code of the kind, each its newest version
    const newest = await catalogueRepository.newestOfEachCode(handle.db, 'indicators');
    expect(newest.map((r) => r.code)).toEqual([...new Set(newest.map((r) => r.code))]);
    expect(newest.find((r) => r.code === 'test-indicators')).toMatchObject({ id, version: 2 });
    expect(newest.every((r) => r.kind === 'indicators')).toBe(true);
  });
});
