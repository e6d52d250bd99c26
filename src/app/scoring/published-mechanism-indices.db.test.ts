import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree, buildUser, type OrgTree } from '../../../test/helpers/factories.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import type { DatabaseHandle } from '../../db/create-database.ts';
import type { Role } from '../../domain/access/role.ts';
import { SYSTEM_ACTOR, type Actor } from '../actor.ts';
import { syncCatalogues } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { createRound } from './create-round.ts';
import { getRound } from './round-queries.ts';
import { exportRoundWorkbook, importRoundWorkbook } from './round-workbook.ts';

// Issue #27 §1: an expert scores Spassk-Dalny's 2021 assessment in the product's own workbook and gets what seed
// 004 (Введение) publishes: «система оценки качества подготовки обучающихся (79%)», «…школами,
// функционирующими в неблагоприятных социальных условиях (86%)», «…талантов у детей и молодежи – 35%»,
// «…профессиональной ориентации обучающихся (41%)» — «средний индекс … в рамках четырёх систем данного блока
// (с 57% в 2020 году до 60% в 2021 году)»; «…руководителей образовательных организаций (77%)»,
// «…профессионального развития педагогических работников (45%)», «…организации воспитания обучающихся
// составил 57%», «…качества дошкольного образования (92%)» — «(с 60% в 2020 году до 68% в 2021 году)».
const PUBLISHED: Record<string, number> = { D1: 79, D2: 86, D3: 35, D4: 41, D5: 77, D6: 45, D7: 57, D8: 92 };

const CATALOG_DIR = resolve(import.meta.dirname, '../../../catalogs');
let handle: DatabaseHandle;
let tree: OrgTree;
let roundId: number;
let expert: UseCaseContext;
let operator: UseCaseContext;

async function contextOf(userId: number): Promise<UseCaseContext> {
  const u = await handle.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.role', 'u.scope_org_id', 'o.path'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    userId: u.id,
    login: u.login,
    fullName: u.full_name,
    role: u.role as Role,
    scopeOrgId: u.scope_org_id,
    scopePath: u.path,
  };
  return { db: handle.db, actor, requestId: null };
}

async function open(file: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

beforeAll(async () => {
  // An empty system: no demo, only the shipped catalogues, one municipality scored by one expert.
  handle = await createTestDatabase();
  tree = await buildOrgTree(handle.db);
  const sync = await syncCatalogues(handle.db, CATALOG_DIR);
  expect(sync.refused).toEqual([]);
  const period = await handle.db
    .insertInto('period')
    .values({ code: '2021', kind: 'calendar_year', name: '2021 год', starts_on: '2021-01-01', ends_on: '2021-12-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const framework = await handle.db
    .selectFrom('framework')
    .select('id')
    .where('code', '=', 'fioko-mechanisms')
    .where('version', '=', 2)
    .executeTakeFirstOrThrow();
  const e = await buildUser(handle.db, 'expert', tree.m1.id, 'expert.spassk');
  const op = await buildUser(handle.db, 'regional_operator', tree.region.id, 'operator.region');
  expert = await contextOf(e.id);
  operator = await contextOf(op.id);
  const round = await createRound(
    { db: handle.db, actor: SYSTEM_ACTOR, requestId: null },
    {
      name: 'Механизмы управления качеством образования 2021',
      frameworkId: framework.id,
      periodId: period.id,
      scopeOrgId: tree.region.id,
      kind: 'expert',
      objects: [{ orgId: tree.m1.id, scorerIds: [e.id] }],
    },
  );
  roundId = round.id;
});
afterAll(async () => {
  await handle.close();
});

describe('the published mechanism indices of seed 004 through the scoring workbook (issue #27 §1)', () => {
  it('an expert fills «Баллы» and the round shows 79, 86, 35, 41 → 60 and 77, 45, 57, 92 → 68', async () => {
    const wb = await open((await exportRoundWorkbook(expert, roundId)).file);
    const ws = wb.getWorksheet('Баллы');
    if (!ws) throw new Error('no sheet «Баллы»');
    const headers = (ws.getRow(3).values as unknown[]).map((v) => String(v ?? ''));
    const col = (h: string) => headers.indexOf(h);
    // As an expert would: in each direction, confirm positions one after another up to the published points.
    const left = { ...PUBLISHED };
    let rows = 0;
    for (let n = 4; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      const direction = String(row.getCell(col('Код позиции')).value).split('.')[0] ?? '';
      const max = Number(row.getCell(col('Макс. балл')).value);
      const given = Math.min(max, left[direction] ?? 0);
      left[direction] = (left[direction] ?? 0) - given;
      row.getCell(col('Балл')).value = given;
      if (given < max) row.getCell(col('Комментарий')).value = 'Подтверждено не полностью: документов нет или их недостаточно';
      rows++;
    }
    expect(rows).toBe(372); // 8 directions, the optional ninth not in the round
    expect(Object.values(left)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = await importRoundWorkbook(expert, roundId, { bytes, fileName: 'Спасск-Дальний 2021.xlsx' });
    expect(report.changed).toBe(372);

    const [object] = (await getRound(operator, roundId)).objectsList;
    expect(Object.fromEntries((object?.directions ?? []).map((d) => [d.code, d.index.value]))).toEqual(PUBLISHED);
    // 004: the block figure is the mean of the four direction indices; (79 + 86 + 35 + 41) / 4 = 60,25 → 60 %,
    // (77 + 45 + 57 + 92) / 4 = 67,75 → 68 %. Step 7 of seed 000 stays beside it: 241 / 400 and 271 / 400.
    expect(object?.blocks.map((b) => [b.code, b.meanDirectionIndex.value, b.index.value])).toEqual([
      ['B1', 60.25, 60.25],
      ['B2', 67.75, 67.75],
    ]);
    expect(object?.blocks.map((b) => Math.round(b.meanDirectionIndex.value ?? Number.NaN))).toEqual([60, 68]);
  });

  it('the workbook «Индексы» shows the indices in whole percentages, as 004 prints them', async () => {
    const wb = await open((await exportRoundWorkbook(operator, roundId)).file);
    const ws = wb.getWorksheet('Индексы');
    if (!ws) throw new Error('no sheet «Индексы»');
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const shown = (header: RegExp) => {
      const i = headers.findIndex((h) => header.test(h));
      expect(i, String(header)).toBeGreaterThan(0);
      const cell = ws.getRow(2).getCell(i);
      expect(cell.numFmt).toBe('0" %"'); // whole percentages; the value itself stays unrounded
      return `${Math.round(Number(cell.value))} %`;
    };
    expect(shown(/^Блок B1: среднее индексов направлений/)).toBe('60 %');
    expect(shown(/^Блок B2: среднее индексов направлений/)).toBe('68 %');
    expect(shown(/^Блок B1\..*этап 7/)).toBe('60 %');
    expect(shown(/^Блок B2\..*этап 7/)).toBe('68 %');
    const directions = Object.keys(PUBLISHED).map((code) => shown(new RegExp(`^Направление ${code}\\.`)));
    expect(directions).toEqual(Object.values(PUBLISHED).map((p) => `${p} %`));
  });
});
