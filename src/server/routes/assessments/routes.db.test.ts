import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { assessmentCalls } from '../../../../test/helpers/assessment-calls.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

// Sample files of each kind in the layouts the README documents, made here: a pupil-level ВПР
// CSV in Windows-1251 with bad lines, a school-level ЕГЭ workbook matched by name and alias, an
// olympiad CSV. Uploaded, read, checked, matched and applied through the API.

let t: TestApp;
const { call, upload, readAndWait } = assessmentCalls(() => t);

import { cp1251 } from '../../../../test/helpers/cp1251.ts';

/** Uploads a CSV as the municipal operator and reads it as of 2025 with the proposed mapping. */
async function uploadAndRead(csv: string, fileName: string, kind: string) {
  const up = await upload(t.cookies.municipal_operator, Buffer.from(csv), fileName);
  const { id, preview } = up.json().import;
  return { preview, imp: await readAndWait(t.cookies.municipal_operator, id, { kind, year: 2025, mapping: preview.mapping }) };
}

/** Applies a read import as the municipal operator. */
async function applyRead(id: number, body: object = {}) {
  const applied = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.municipal_operator, body);
  expect(applied.statusCode, applied.body).toBe(200);
}

const valueOf = async (orgId: number, element: string, breakdown: string) =>
  (
    await t.handle.db
      .selectFrom('data_value')
      .select(['value', 'source', 'status'])
      .where('org_id', '=', orgId)
      .where('data_element_code', '=', element)
      .where('breakdown', '=', breakdown)
      .executeTakeFirst()
  )?.value;

beforeAll(async () => {
  t = await createTestApp();
  await syncCatalogues(t.handle.db, resolve(import.meta.dirname, '../../../../catalogs'));
}, 120_000);
afterAll(async () => t.close());

describe('a pupil-level ВПР file in Windows-1251', () => {
  let id: number;
  const s1code = () => t.tree.s1.code;
  it('is previewed with its encoding and a proposed mapping', async () => {
    const csv = [
      'Код ОО;Код участника;Класс;Предмет;Отметка;Отметка по журналу',
      `${s1code()};p1;5А;Математика;2;3`,
      `${s1code()};p2;5А;Математика;7;4`,
      `${s1code()};p3;5Б;Математика;4;4`,
      `${s1code()};p1;5А;Математика;2;3`,
      `${s1code()};p4;5Б;Математика;5;4`,
      `${s1code()};p5;5Б;Русский язык;3;3`,
      '99-99-999;p6;5А;Математика;3;3',
    ].join('\r\n');
    const r = await upload(t.cookies.municipal_operator, cp1251(csv), 'ВПР_2025.csv');
    expect(r.statusCode, r.body).toBe(201);
    const imp = r.json().import;
    id = imp.id;
    expect(imp.preview).toMatchObject({ format: 'csv', encoding: 'windows-1251', kind: 'vpr', year: 2025 });
    expect(imp.preview.header[3]).toBe('Предмет');
    expect(imp.preview.mapping).toEqual({ orgCode: 0, pupil: 1, className: 2, subject: 3, mark: 4, termMark: 5 });
  });

  it('is read with every bad line named, nothing applied yet', async () => {
    const imp = await readAndWait(t.cookies.municipal_operator, id, {
      kind: 'vpr',
      year: 2025,
      mapping: { orgCode: 0, pupil: 1, className: 2, subject: 3, mark: 4, termMark: 5 },
      saveMappingAs: 'ВПР, выгрузка ФИС ОКО',
    });
    expect(imp.status).toBe('ready');
    const problems = imp.report.problems as { code: string; source: { line: number }; message: string }[];
    expect(problems.find((p) => p.code === 'bad_mark')).toMatchObject({ source: { line: 3 } });
    expect(problems.find((p) => p.code === 'duplicate')).toMatchObject({
      source: { line: 5 },
      message: expect.stringContaining('повтор строки 2'),
    });
    expect(problems.find((p) => p.code === 'unknown_org')?.message).toContain('99-99-999');
    expect(imp.report.errorRows).toBe(2);
    expect(await valueOf(t.tree.s1.id, 'vpr_participants', 'grade=5;subject=math')).toBeUndefined();
  });

  it('is refused while bad lines and unknown organisations are not decided, then applied all at once', async () => {
    const unconfirmed = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.municipal_operator, {});
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().message).toContain('строк с ошибками');
    const undecided = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.municipal_operator, { skipErrors: true });
    expect(undecided.statusCode).toBe(409);
    expect(undecided.json().message).toContain('99-99-999');
    const applied = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.municipal_operator, {
      skipErrors: true,
      decisions: { 'code:99-99-999': { action: 'skip' } },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().import.applied).toMatchObject({ organisations: 1, skippedPlaces: 1, periods: ['2024/2025'] });
    expect(await valueOf(t.tree.s1.id, 'vpr_participants', 'grade=5;subject=math')).toBe(3);
    expect(await valueOf(t.tree.s1.id, 'vpr_mark_2', 'grade=5;subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'vpr_marks_lowered', 'grade=5;subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'vpr_marks_raised', 'grade=5;subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'vpr_participants', 'grade=5;subject=rus')).toBe(1);
    const again = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.municipal_operator, {
      skipErrors: true,
      acceptProposals: true,
    });
    expect(again.statusCode).toBe(409);
  });

  it('keeps the saved mapping and proposes it for the next file with that header', async () => {
    const r = await call('GET', '/api/assessments/mappings', t.cookies.municipal_operator);
    expect(r.json().mappings[0]).toMatchObject({ name: 'ВПР, выгрузка ФИС ОКО', kind: 'vpr' });
    const next = await upload(
      t.cookies.municipal_operator,
      cp1251('Предмет;Код ОО;Код участника;Класс;Отметка;Отметка по журналу\r\nФизика;x;y;8;4;4'),
      'файл.csv',
    );
    expect(next.json().import.preview).toMatchObject({
      kind: 'vpr',
      mapping: { subject: 0, orgCode: 1, pupil: 2, className: 3, mark: 4, termMark: 5 },
    });
    expect(next.json().import.preview.savedMappings[0].name).toBe('ВПР, выгрузка ФИС ОКО');
  });
});

describe('a school-level ЕГЭ workbook', () => {
  it('matches schools by name and alias and stores counts, bands and sums of scores', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ЕГЭ');
    ws.addRow([
      'Наименование ОО',
      'Предмет',
      'Приняло участие',
      'Не преодолели минимальный порог',
      '80 баллов и более',
      '100 баллов',
      'Средний балл',
    ]);
    ws.addRow(['СОШ № 1', 'Русский язык', 20, 1, 3, 1, 68.5]);
    ws.addRow(['Школа № 1 первого района', 'Математика профильная', 10, 2, 0, 0, 51]);
    ws.addRow(['СОШ № 1', 'Химия', 4, 5, 0, 0, 40]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const up = await upload(t.cookies.regional_operator, bytes, 'ege.xlsx', t.tree.m1.id);
    expect(up.statusCode, up.body).toBe(201);
    const id = up.json().import.id;
    const imp = await readAndWait(t.cookies.regional_operator, id, { kind: 'ege', year: 2025, mapping: up.json().import.preview.mapping });
    expect(imp.report.layout).toBe('aggregate');
    expect(imp.report.problems[0]).toMatchObject({ code: 'impossible_count', source: { sheet: 'ЕГЭ', line: 4 } });
    const places = imp.report.places as { label: string; orgId: number; by: string }[];
    expect(places.find((p) => p.label === 'СОШ № 1')).toMatchObject({ orgId: t.tree.s1.id, by: 'alias' });
    const applied = await call('POST', `/api/assessments/imports/${id}/apply`, t.cookies.regional_operator, { skipErrors: true });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await valueOf(t.tree.s1.id, 'ege_participants', 'subject=rus')).toBe(20);
    expect(await valueOf(t.tree.s1.id, 'ege_score_ge_80', 'subject=rus')).toBe(3);
    expect(await valueOf(t.tree.s1.id, 'ege_score_sum', 'subject=rus')).toBe(1370);
    expect(await valueOf(t.tree.s1.id, 'ege_below_min', 'subject=math_prof')).toBe(2);
    expect(await valueOf(t.tree.s1.id, 'ege_participants', 'subject=chem')).toBeUndefined();
  });
});

describe('an olympiad file in UTF-8', () => {
  it('counts each pupil once per stage', async () => {
    const csv = `Код ОО,Код участника,Класс,Предмет,Этап,Статус\n${t.tree.s1.code},o1,9,Физика,муниципальный,победитель\n${t.tree.s1.code},o1,9,Химия,муниципальный,участник\n${t.tree.s1.code},o2,9,Химия,муниципальный,призёр\n`;
    const { imp } = await uploadAndRead(csv, 'олимпиада 2025.csv', 'olympiad');
    expect(imp.report.errorRows).toBe(0);
    await applyRead(imp.id);
    expect(await valueOf(t.tree.s1.id, 'olympiad_participants', 'assessment=municipal_stage;grade=9')).toBe(2);
    expect(await valueOf(t.tree.s1.id, 'olympiad_winners_prizewinners', 'assessment=municipal_stage;grade=9')).toBe(2);
  });
});

describe('a pupil-level ОГЭ file with marks, primary scores and term marks', () => {
  it('counts marks, «2» as below the threshold, the sum of scores and objectivity', async () => {
    const c = t.tree.s1.code;
    const csv = [
      'Код ОО;Код участника;Предмет;Первичный балл;Отметка;Годовая отметка',
      `${c};g1;Математика;5;2;3`,
      `${c};g2;Математика;15;4;4`,
      `${c};g3;Математика;25;5;4`,
      `${c};g4;Математика;12;3;4`,
      `${c};g1;Русский язык;20;4;4`,
    ].join('\n');
    const { preview, imp } = await uploadAndRead(csv, 'ОГЭ 2025.csv', 'oge');
    expect(preview).toMatchObject({ kind: 'oge', year: 2025 });
    expect(imp.report.errorRows).toBe(0);
    await applyRead(imp.id);
    expect(await valueOf(t.tree.s1.id, 'oge_participants', 'subject=math')).toBe(4);
    expect(await valueOf(t.tree.s1.id, 'oge_below_min', 'subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'oge_mark_4', 'subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'oge_mark_5', 'subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'oge_score_sum', 'subject=math')).toBe(57);
    expect(await valueOf(t.tree.s1.id, 'oge_marks_confirmed', 'subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'oge_marks_lowered', 'subject=math')).toBe(2);
    expect(await valueOf(t.tree.s1.id, 'oge_marks_raised', 'subject=math')).toBe(1);
    expect(await valueOf(t.tree.s1.id, 'oge_below_min', 'subject=rus')).toBe(0);
  });
});

describe('a class-level НИКО file', () => {
  it('sums the classes of a grade and reports a count above the participants', async () => {
    const c = t.tree.s1.code;
    const csv = [
      'Код ОО,Класс,Предмет,Участников,Не преодолели минимальный порог',
      `${c},7А,История,20,3`,
      `${c},7Б,История,18,2`,
      `${c},8А,История,10,12`,
    ].join('\r\n');
    const { imp } = await uploadAndRead(csv, 'нико-2025.csv', 'niko');
    expect(imp.report.layout).toBe('aggregate');
    expect(imp.report.problems).toMatchObject([{ code: 'impossible_count', severity: 'error', source: { line: 4 } }]);
    await applyRead(imp.id, { skipErrors: true });
    expect(await valueOf(t.tree.s1.id, 'niko_participants', 'grade=7;subject=hist')).toBe(38);
    expect(await valueOf(t.tree.s1.id, 'niko_below_min', 'grade=7;subject=hist')).toBe(5);
    expect(await valueOf(t.tree.s1.id, 'niko_participants', 'grade=8;subject=hist')).toBeUndefined();
  });
});

describe('a pupil-level functional-literacy file', () => {
  it('counts the pupils at the base level and above per area and grade', async () => {
    const c = t.tree.s1.code;
    const csv = [
      'Код ОО;Код участника;Класс;Область грамотности;Уровень',
      `${c};f1;8А;Читательская грамотность;базовый`,
      `${c};f2;8А;Читательская грамотность;повышенный`,
      `${c};f3;8А;Читательская грамотность;недостаточный`,
      `${c};f1;8А;Математическая грамотность;низкий`,
    ].join('\n');
    const { imp } = await uploadAndRead(csv, 'ФГ 2025.csv', 'fl');
    expect(imp.report.errorRows, JSON.stringify(imp.report.problems)).toBe(0);
    await applyRead(imp.id);
    expect(await valueOf(t.tree.s1.id, 'fl_participants', 'grade=8;subject=reading_literacy')).toBe(3);
    expect(await valueOf(t.tree.s1.id, 'fl_success', 'grade=8;subject=reading_literacy')).toBe(2);
    expect(await valueOf(t.tree.s1.id, 'fl_success', 'grade=8;subject=math_literacy')).toBe(0);
  });
});

describe('access and bad input', () => {
  it('lets only operators import, each within their territory', async () => {
    expect((await upload(t.cookies.expert, Buffer.from('a;b\n1;2'), 'x.csv')).statusCode).toBe(403);
    expect((await upload(t.cookies.org_representative, Buffer.from('a;b\n1;2'), 'x.csv')).statusCode).toBe(403);
    expect((await upload(t.cookies.municipal_operator, Buffer.from('a;b\n1;2'), 'x.csv', t.tree.m2.id)).statusCode).toBe(403);
    const mine = await upload(t.cookies.municipal_operator, Buffer.from('Код ОО;Предмет\n1;Физика'), 'x.csv');
    const other = await t.handle.db.selectFrom('app_user').select('id').where('role', '=', 'municipal_operator').executeTakeFirstOrThrow();
    expect(other.id).toBeGreaterThan(0);
    expect((await call('GET', `/api/assessments/imports/${mine.json().import.id}`, t.cookies.regional_operator)).statusCode).toBe(200);
    expect((await call('GET', `/api/assessments/imports/${mine.json().import.id}`, t.cookies.expert)).statusCode).toBe(403);
  });
  it('refuses an incomplete mapping, an unknown kind and a binary file with Russian messages', async () => {
    const up = await upload(t.cookies.municipal_operator, Buffer.from('Код ОО;Предмет\n1;Физика'), 'x.csv');
    const id = up.json().import.id;
    const noKind = await call('POST', `/api/assessments/imports/${id}/read`, t.cookies.municipal_operator, { kind: 'exam', mapping: {} });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().message).toContain('вид оценочной процедуры');
    const noResult = await readAndWait(t.cookies.municipal_operator, id, { kind: 'vpr', year: 2025, mapping: { orgCode: 0, subject: 1 } });
    expect(noResult.status).toBe('failed');
    expect(noResult.error).toContain('столбец результата');
    const binary = await upload(t.cookies.municipal_operator, Buffer.from([1, 0, 2, 0, 3]), 'x.csv');
    expect(binary.statusCode).toBe(400);
    expect(binary.json().message).toContain('двоичные данные');
  });
  it('keeps thresholds as data the regional operator edits', async () => {
    const list = await call('GET', '/api/assessments/thresholds', t.cookies.viewer);
    expect(list.json().thresholds.find((x: { subject: string; year: number }) => x.subject === 'rus' && x.year === 2025)).toMatchObject({
      minScore: 24,
    });
    const put = { thresholds: [{ kind: 'ege', subject: 'rus', year: 2025, minScore: 36, note: 'для поступления' }] };
    expect((await call('PUT', '/api/assessments/thresholds', t.cookies.municipal_operator, put)).statusCode).toBe(403);
    const saved = await call('PUT', '/api/assessments/thresholds', t.cookies.regional_operator, put);
    expect(saved.json().thresholds.find((x: { subject: string; year: number }) => x.subject === 'rus' && x.year === 2025)).toMatchObject({
      minScore: 36,
    });
  });
});
