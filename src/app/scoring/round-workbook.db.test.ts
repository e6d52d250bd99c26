import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/helpers/factories.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import type { Role } from '../../domain/access/role.ts';
import { SYSTEM_ACTOR, type Actor } from '../actor.ts';
import { AppError } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { createRound } from './create-round.ts';
import { getRound } from './round-queries.ts';
import { exportRoundWorkbook, importRoundWorkbook, type ImportReport } from './round-workbook.ts';

let t: TestApp;
let roundId: number;
let expertA: UseCaseContext;
let expertB: UseCaseContext;
let operator: UseCaseContext;

async function actorOf(userId: number): Promise<Actor> {
  const u = await t.handle.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.role', 'u.scope_org_id', 'o.path'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  return { userId: u.id, login: u.login, fullName: u.full_name, role: u.role as Role, scopeOrgId: u.scope_org_id, scopePath: u.path };
}
const ctxOf = async (userId: number): Promise<UseCaseContext> => ({ db: t.handle.db, actor: await actorOf(userId), requestId: null });

async function open(file: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as ArrayBuffer);
  return wb;
}
const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** The header row (3) of «Баллы» as texts, and the data rows as {row number, cells by header}. */
function scoresRows(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet('Баллы');
  if (!ws) throw new Error('no sheet «Баллы»');
  const headers = (ws.getRow(3).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  const rows: { n: number; get: (h: string) => unknown; set: (h: string, v: ExcelJS.CellValue) => void }[] = [];
  for (let n = 4; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const col = (h: string) => {
      const i = headers.indexOf(h);
      if (i < 0) throw new Error(`no column ${h}`);
      return i + 1;
    };
    rows.push({ n, get: (h) => row.getCell(col(h)).value, set: (h, v) => void (row.getCell(col(h)).value = v) });
  }
  return { ws, headers, rows };
}

const scoresOf = (userId: number) =>
  t.handle.db
    .selectFrom('expert_score')
    .select(['org_id', 'position_code', 'points', 'comment', 'links', 'source'])
    .where('round_id', '=', roundId)
    .where('user_id', '=', userId)
    .orderBy('position_code')
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.handle.db;
  const a = await buildUser(db, 'expert', t.tree.m1.id, 'expert.alpha');
  const b = await buildUser(db, 'expert', t.tree.m2.id, 'expert.beta');
  await db.updateTable('app_user').set({ full_name: 'Альфина А. А.' }).where('id', '=', a.id).execute();
  await db.updateTable('app_user').set({ full_name: 'Бетова Б. Б.' }).where('id', '=', b.id).execute();
  const frameworkId = (await db.selectFrom('framework').select('id').where('code', '=', 'test-mechanisms').executeTakeFirstOrThrow()).id;
  const periodId = (await db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id;
  const round = await createRound(
    { db, actor: SYSTEM_ACTOR, requestId: null },
    {
      name: 'Механизмы: 2024/2025',
      frameworkId,
      periodId,
      scopeOrgId: t.tree.region.id,
      kind: 'expert',
      objects: [
        { orgId: t.tree.m1.id, scorerIds: [a.id, b.id] },
        { orgId: t.tree.m2.id, scorerIds: [b.id] },
      ],
    },
  );
  roundId = round.id;
  expertA = await ctxOf(a.id);
  expertB = await ctxOf(b.id);
  const op = await db.selectFrom('app_user').select('id').where('role', '=', 'regional_operator').executeTakeFirstOrThrow();
  operator = await ctxOf(op.id);
});
afterAll(async () => {
  await t.close();
});

describe('the workbook of a scoring round', () => {
  let filled: Uint8Array;

  it('gives an expert their own objects, with only «Балл», «Комментарий», «Ссылки» open for input', async () => {
    const { file, fileName } = await exportRoundWorkbook(expertA, roundId);
    expect(fileName).toBe('Оценка — Механизмы, 2024-2025.xlsx');
    const wb = await open(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Инструкция', 'Индексы', 'Баллы']);
    const { ws, headers, rows } = scoresRows(wb);
    expect(headers).toEqual([
      'Код объекта',
      'Объект',
      'Направление',
      'Компонент',
      'Код позиции',
      'Позиция оценивания',
      'Макс. балл',
      'Балл',
      'Комментарий',
      'Ссылки',
    ]);
    expect(rows.map((r) => [r.get('Код объекта'), r.get('Код позиции'), r.get('Макс. балл'), r.get('Балл')])).toEqual([
      [t.tree.m1.code, 'D1.goals.1', 2, null],
      [t.tree.m1.code, 'D1.monitoring.1', 1, null],
    ]);
    expect(ws.getCell('H4').protection?.locked).toBe(false);
    expect(ws.getCell('J5').protection?.locked).toBe(false);
    expect(ws.getCell('A4').protection?.locked).not.toBe(false);
    expect(ws.getCell('G4').protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.getCell('H4').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 2] });
    const instruction = wb.getWorksheet('Инструкция');
    const text: string[] = [];
    instruction?.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text.join('\n')).toMatch(/целое число от 0/);
    expect(text.join('\n')).toMatch(/При 0 баллов обязательно напишите «Комментарий»/);
    expect(text.join('\n')).toMatch(/только ваши собственные баллы/);
    // the indices of the object, not computed yet, with the reason
    const indices = wb.getWorksheet('Индексы');
    expect(indices?.getCell(2, 1).value).toBe(t.tree.m1.code);
    expect(String(indices?.getCell(2, 4).value)).toMatch(/^не рассчитан \(Не оценены позиции: D1\.goals\.1, D1\.monitoring\.1/);
    expect(indices?.rowCount).toBe(2);

    rows[0]?.set('Балл', 2);
    rows[0]?.set('Ссылки', 'https://edu.example.ru/prikaz-12.pdf\nhttps://edu.example.ru/plan.pdf');
    rows[1]?.set('Балл', 0);
    rows[1]?.set('Комментарий', 'Нет графика мониторинга');
    filled = await bytesOf(wb);
  });

  it('imports the expert’s own scores as coming from a file, and changes nothing when the same file comes again', async () => {
    const report = await importRoundWorkbook(expertA, roundId, { bytes: filled, fileName: 'баллы.xlsx' });
    expect(report).toEqual<ImportReport>({ objects: [{ orgId: t.tree.m1.id, code: t.tree.m1.code, changed: 2 }], changed: 2 });
    const stored = await scoresOf(expertA.actor.userId);
    expect(stored.map((s) => [s.org_id, s.position_code, Number(s.points), s.comment, s.source])).toEqual([
      [t.tree.m1.id, 'D1.goals.1', 2, null, 'файл'],
      [t.tree.m1.id, 'D1.monitoring.1', 0, 'Нет графика мониторинга', 'файл'],
    ]);
    expect(stored[0]?.links.map((l) => l.url)).toEqual(['https://edu.example.ru/prikaz-12.pdf', 'https://edu.example.ru/plan.pdf']);

    const again = await importRoundWorkbook(expertA, roundId, { bytes: filled, fileName: 'баллы.xlsx' });
    expect(again.changed).toBe(0);
    // an exported file with the scores in it imports as no change either
    const exported = await exportRoundWorkbook(expertA, roundId);
    expect((await importRoundWorkbook(expertA, roundId, { bytes: exported.file, fileName: exported.fileName })).changed).toBe(0);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'scoring_round.import')
      .where('entity_id', '=', String(roundId))
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit[0]?.after).toMatchObject({ fileName: 'баллы.xlsx', changed: 2 });
    expect(audit[1]?.after).toMatchObject({ changed: 0 });
  });

  it('refuses a file with errors as a whole, naming each row, and changes nothing', async () => {
    const wb = await open(Buffer.from(filled));
    const { ws, rows } = scoresRows(wb);
    rows[0]?.set('Балл', 5);
    rows[1]?.set('Комментарий', null);
    // a row for an object the expert is not assigned to
    const extra = ws.getRow(6);
    extra.values = [t.tree.m2.code, 'Второй район', '', '', 'D1.goals.1', '', 2, 1];
    const before = await scoresOf(expertA.actor.userId);
    const error = await importRoundWorkbook(expertA, roundId, { bytes: await bytesOf(wb), fileName: 'с ошибками.xlsx' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('import_invalid');
    expect(appError.message).toMatch(/^Файл «с ошибками\.xlsx» не загружен: 3 ошибки\..*ничего не изменено/);
    expect(appError.details.map((d) => [d.sheet, d.row, d.column])).toEqual([
      ['Баллы', 4, 'H'],
      ['Баллы', 5, 'I'],
      ['Баллы', 6, 'A'],
    ]);
    expect(appError.details[0]?.message).toMatch(/ячейка H4.*балл 5 вне шкалы — укажите целое число от 0 до 2/);
    expect(appError.details[1]?.message).toMatch(/ячейка I5.*при 0 баллов напишите комментарий/);
    expect(appError.details[2]?.message).toMatch(/Вы не назначены экспертом объекта «Второй район».*строку удалите или оставьте пустой/);
    expect(await scoresOf(expertA.actor.userId)).toEqual(before);
  });

  it('finds the columns by their headers when a user inserts a column, and reads a text «Балл»', async () => {
    const { file } = await exportRoundWorkbook(expertB, roundId);
    const wb = await open(file);
    const { ws } = scoresRows(wb);
    ws.spliceColumns(3, 0, []);
    ws.getCell('C3').value = 'Мои заметки';
    const { rows } = scoresRows(wb);
    // expert B scores both objects' rows of m1 as A did; the rows of m2 stay empty (no change)
    expect(rows.map((r) => r.get('Код объекта'))).toEqual([t.tree.m1.code, t.tree.m1.code, t.tree.m2.code, t.tree.m2.code]);
    rows[0]?.set('Балл', '2');
    rows[1]?.set('Балл', 0);
    rows[1]?.set('Комментарий', 'График мониторинга не утверждён');
    const report = await importRoundWorkbook(expertB, roundId, { bytes: await bytesOf(wb), fileName: 'b.xlsx' });
    expect(report).toEqual({ objects: [{ orgId: t.tree.m1.id, code: t.tree.m1.code, changed: 2 }], changed: 2 });
  });

  it('gives the round’s operator every expert’s points, the agreed and counted points, and the indices as numbers', async () => {
    const detail = await getRound(operator, roundId);
    const m1 = detail.objectsList.find((o) => o.orgId === t.tree.m1.id);
    expect(m1?.index.value).toBeCloseTo((2 / 3) * 100, 10);

    const { file } = await exportRoundWorkbook(operator, roundId);
    const wb = await open(file);
    const { ws, headers, rows } = scoresRows(wb);
    expect(headers.slice(10)).toEqual(['Эксперт: Альфина А. А.', 'Эксперт: Бетова Б. Б.', 'Согласованный балл', 'Учитывается в индексе']);
    expect(
      rows.map((r) => [
        r.get('Код объекта'),
        r.get('Код позиции'),
        r.get('Балл'),
        r.get('Эксперт: Альфина А. А.'),
        r.get('Эксперт: Бетова Б. Б.'),
        r.get('Согласованный балл'),
        r.get('Учитывается в индексе'),
      ]),
    ).toEqual([
      [t.tree.m1.code, 'D1.goals.1', null, 2, 2, null, 2],
      [t.tree.m1.code, 'D1.monitoring.1', null, 0, 0, null, 0],
      [t.tree.m2.code, 'D1.goals.1', null, '—', null, null, 'не оценена'],
      [t.tree.m2.code, 'D1.monitoring.1', null, '—', null, null, 'не оценена'],
    ]);
    // the operator scores nothing: the sheet is for viewing, not protected
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).not.toBe(true);

    const indices = wb.getWorksheet('Индексы');
    if (!indices) throw new Error('no sheet «Индексы»');
    const head = (indices.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (re: RegExp) => head.findIndex((h) => re.test(h)) + 1;
    expect(head).toContain('Блок B1: среднее индексов направлений (не этап 7), %');
    const row = indices.getRow(2);
    expect(row.getCell(1).value).toBe(t.tree.m1.code);
    expect(row.getCell(col(/^Место$/)).value).toBe(1);
    expect(row.getCell(col(/этап 9/)).value).toBe(m1?.index.value);
    expect(row.getCell(col(/этап 9/)).numFmt).toBe('0.00" %"');
    expect(row.getCell(col(/этап 8/)).value).toBe(m1?.total.value);
    expect(row.getCell(col(/индекс блока \(этап 7/)).value).toBe(m1?.blocks[0]?.index.value);
    expect(row.getCell(col(/среднее индексов направлений/)).value).toBe(m1?.blocks[0]?.meanDirectionIndex.value);
    expect(row.getCell(col(/индекс направления \(этап 5\)/)).value).toBe(m1?.directions[0]?.index.value);
    expect(String(indices.getRow(3).getCell(col(/этап 9/)).value)).toMatch(/^не рассчитан \(/);
  });

  it('refuses to import into a closed round', async () => {
    await t.handle.db.updateTable('scoring_round').set({ closed_at: new Date() }).where('id', '=', roundId).execute();
    await expect(importRoundWorkbook(expertA, roundId, { bytes: filled, fileName: 'баллы.xlsx' })).rejects.toMatchObject({
      code: 'round_closed',
    });
  });
});
