import { describe, expect, it } from 'vitest';
import { orgNameKey, territoryNameKey } from './org-name-key.ts';
import { recogniseOrgType } from './org-type-words.ts';
import { planRegisterImport, type RegisterOrg } from './plan-register-import.ts';
import { readRegisterRows } from './read-register-rows.ts';
import { proposeRegisterMapping } from './register-fields.ts';
import { parseDecimal } from './register-values.ts';

describe('register columns', () => {
  it('proposes fields from the Moscow directory header and from Russian headers', () => {
    const moscow = proposeRegisterMapping([
      'ROWNUM',
      'name',
      'adress',
      'okrug',
      'rayon',
      'form_of_incorporation',
      'vid_uchrezhdeniyz',
      'X',
      'Y',
      'global_id',
    ]);
    expect(moscow).toEqual({
      ROWNUM: 'ignore',
      name: 'name',
      adress: 'address',
      okrug: 'municipality',
      rayon: 'attribute',
      form_of_incorporation: 'ownership',
      vid_uchrezhdeniyz: 'type',
      X: 'longitude',
      Y: 'latitude',
      global_id: 'attribute',
    });
    const ru = proposeRegisterMapping([
      'Полное наименование',
      'Краткое наименование',
      'Тип',
      'ИНН',
      'КПП',
      'ОГРН',
      'Логин ФИС ОКО',
      'Муниципальный район',
      'Число обучающихся',
      'Директор',
    ]);
    expect(Object.values(ru)).toEqual([
      'name',
      'shortName',
      'type',
      'inn',
      'kpp',
      'ogrn',
      'fisOkoCode',
      'municipality',
      'pupils',
      'attribute',
    ]);
  });
});

describe('organisation type from words', () => {
  it.each([
    ['Средняя общеобразовательная школа', 'school'],
    ['МБОУ СОШ № 5', 'school'],
    ['ООШ', 'school'],
    ['Лицей', 'school'],
    ['Гимназия', 'school'],
    ['Детский сад № 12 «Солнышко»', 'kindergarten'],
    ['МБДОУ', 'kindergarten'],
    ['ДЮСШ', 'supplementary'],
    ['Дом детского творчества', 'supplementary'],
    ['МБУ ДО ЦДО', 'supplementary'],
    ['Энский педагогический колледж', 'college'],
    ['Техникум', 'college'],
  ])('%s → %s', (text, type) => expect(recogniseOrgType(text)).toBe(type));

  it('does not guess what it does not know', () => {
    expect(recogniseOrgType('Учреждение')).toBeNull();
    expect(recogniseOrgType('')).toBeNull();
  });
});

describe('name keys', () => {
  it('ignores quotes, «№», case, ё and legal forms written out', () => {
    expect(orgNameKey('МБОУ "СОШ №5"')).toBe(
      orgNameKey('Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»'),
    );
    expect(orgNameKey('Лицей  № 1546 "Плехановец"')).toBe(orgNameKey('лицей №1546 «плехановец»'));
    expect(orgNameKey('Школа Ёлочка')).toBe(orgNameKey('школа елочка'));
    expect(orgNameKey('Школа № 5')).not.toBe(orgNameKey('Школа № 50'));
  });

  it('reads okrug names with and without the generic words', () => {
    expect(territoryNameKey('Северный административный округ')).toBe('северный');
    expect(territoryNameKey('Центральный')).toBe(territoryNameKey('Центральный административный округ'));
    expect(territoryNameKey('г. Энск')).toBe(territoryNameKey('Город Энск'));
  });
});

const headers = ['Наименование', 'Тип', 'ОГРН', 'ИНН', 'Округ', 'Широта'];
const read = (cells: string[][]) =>
  readRegisterRows(
    headers,
    cells.map((c, i) => ({ line: i + 2, cells: c })),
    proposeRegisterMapping(headers),
  );

describe('row checks', () => {
  it('names row, column, what is wrong and how to fix it', () => {
    const { issues } = read([
      ['', 'СОШ', '1027700132196', '7707083894', 'Северный', '95,5'],
      ['Школа 2', 'СОШ', '1027700132195', '', 'Северный', '55,75'],
    ]);
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'Наименование'],
      [2, 'ИНН'],
      [2, 'ОГРН'],
      [2, 'Широта'],
    ]);
    expect(issues[2]!.message).toContain('ОГРН «1027700132196» неверен');
    expect(issues[2]!.fix).toContain('ЕГРЮЛ');
  });
});

describe('planning', () => {
  const region: RegisterOrg = {
    id: 1,
    parentId: null,
    kind: 'region',
    type: null,
    name: 'Москва',
    shortName: null,
    code: '01',
    inn: null,
    ogrn: null,
    fisOkoCode: null,
    aliases: [],
    attributes: {},
    version: 1,
  };
  const north: RegisterOrg = {
    ...region,
    id: 2,
    parentId: 1,
    kind: 'municipality',
    name: 'Северный административный округ',
    code: '01-01',
  };
  const school: RegisterOrg = {
    ...region,
    id: 3,
    parentId: 2,
    kind: 'organisation',
    type: 'school',
    name: 'Школа № 1',
    code: '01-01-001',
    attributes: { latitude: 55.1 },
  };
  const root = { kind: 'region' as const, id: 1, name: 'Москва', code: '01' };

  it('matches by name in the okrug, shows changes field by field, creates what is new, lists the rest', () => {
    const { rows, issues } = read([
      ['Школа №1', 'СОШ', '', '', 'Северный АО', '55,2'],
      ['Гимназия № 2', 'Гимназия', '', '', 'Северный', ''],
      ['Гимназия № 2', 'Гимназия', '', '', 'Северный', ''],
      ['Школа № 3', 'СОШ', '', '', 'Южный административный округ', ''],
      ['Школа № 4', 'СОШ', '', '', '', ''],
      ['Учреждение № 5', 'Центр', '', '', 'Северный', ''],
    ]);
    const plan = planRegisterImport({ rows, issues, register: [region, north, school], root });
    expect(plan.updated).toEqual([
      expect.objectContaining({
        orgId: 3,
        by: 'name',
        changes: [{ field: 'attributes.latitude', label: 'Широта', before: 55.1, after: 55.2 }],
      }),
    ]);
    expect(plan.created.map((c) => [c.line, c.code])).toEqual([
      [3, '01-01-002'],
      [5, '01-02-001'],
    ]);
    expect(plan.notes.map((n) => n.line)).toEqual([4]);
    expect(plan.territories.map((t) => [t.name, t.orgId, t.code])).toEqual([
      ['Северный административный округ', 2, '01-01'],
      ['Южный административный округ', null, '01-02'],
    ]);
    expect(plan.unplaced.map((u) => u.line)).toEqual([6]);
    expect(plan.unknownTypes).toEqual([{ key: 'центр', text: 'Центр', perRow: false, lines: [7] }]);
    expect(plan.unconfirmedTerritories).toBe(1);
    expect(plan.ready).toBe(false);
  });

  it('an ОГРН shared by two different rows is an error', () => {
    const { rows, issues } = read([
      ['Школа 1', 'СОШ', '1027700132195', '', 'Северный', ''],
      ['Школа 2', 'СОШ', '1027700132195', '', 'Северный', ''],
    ]);
    const plan = planRegisterImport({ rows, issues, register: [region, north], root, decisions: { createTerritories: true } });
    expect(plan.errors).toEqual([
      expect.objectContaining({ line: 3, message: 'ОГРН 1027700132195 — как в строке 2, а организация другая' }),
    ]);
    expect(plan.ready).toBe(false);
  });
});

describe('parseDecimal', () => {
  it('reads numbers as people write them and refuses the rest', () => {
    expect(parseDecimal('37,205531')).toBe(37.205531);
    expect(parseDecimal('1 234')).toBe(1234);
    expect(parseDecimal('1\u00a0234,5')).toBe(1234.5);
    expect(parseDecimal('-55.75')).toBe(-55.75);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('55,75 с.ш.')).toBeNull();
    expect(parseDecimal('12 34')).toBeNull();
  });
});
