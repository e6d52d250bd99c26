import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { mergeDataElements, validateCatalogue, validateDataElementFile } from '../../domain/catalogue/validate-catalogue.ts';
import type { ElementValue } from '../../domain/indicator-values/element-values.ts';
import { computeIndicatorValues, type OrgRow } from '../../domain/indicator-values/indicator-values.ts';
import type { Outcome } from '../../domain/outcome.ts';
import { readCatalogueDir } from './read-catalogue-dir.ts';

// Issue #27 §5: formulas of the shipped catalogues read against the seeds' words (quoted in each test).
// Old versions stay as they were (results computed with them keep their version); the new ones fix the formulas.

const dir = readCatalogueDir(resolve(import.meta.dirname, '../../../catalogs'));
const elementFiles = dir.dataElementFiles.map((f) => {
  const checked = validateDataElementFile(f.raw, f.label);
  if (!checked.ok) throw new Error(`${f.label}: ${JSON.stringify(checked.issues)}`);
  return { label: f.label, elements: checked.value };
});
const merged = mergeDataElements(elementFiles);
if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
const elements = merged.value;

function catalogue(code: string, version: number): Catalogue {
  const file = dir.catalogueFiles.find((f) => f.label === `${code}.v${version}.yaml`);
  if (!file) throw new Error(`no ${code} v${version}`);
  const checked = validateCatalogue(file.raw, file.label, elements);
  if (!checked.ok) throw new Error(`${file.label}: ${JSON.stringify(checked.issues)}`);
  return checked.value;
}

const SCHOOL = 11;
const orgs: OrgRow[] = [{ id: SCHOOL, municipalityId: 10, type: 'school' }];
type Spec = Record<string, number | Record<string, number>>;
function valuesOf(spec: Spec): ElementValue[] {
  return Object.entries(spec).flatMap(([elementCode, v]) =>
    typeof v === 'number'
      ? [{ orgId: SCHOOL, elementCode, breakdown: '', value: v }]
      : Object.entries(v).map(([breakdown, value]) => ({ orgId: SCHOOL, elementCode, breakdown, value })),
  );
}
/** The school's value of one indicator of a catalogue version. */
function valueOf(c: Catalogue, code: string, spec: Spec): Outcome {
  const indicator = (c.indicators ?? []).find((i) => i.code === code);
  if (!indicator) throw new Error(`${c.code} v${c.version}: no ${code}`);
  const deps = (c.indicators ?? []).filter((i) => indicator.formula.includes(`@${i.code}`));
  const rows = computeIndicatorValues({ indicators: [indicator, ...deps], values: valuesOf(spec), orgs, regionId: 1 });
  const row = rows.find((r) => r.indicatorCode === code && r.level === 'organisation');
  if (!row) throw new Error(`${code}: no row`);
  return row.outcome;
}
const num = (o: Outcome) => (o.kind === 'ok' ? Number(o.value.toFixed(2)) : o.kind);
const grades = (pairs: Record<number, number>) =>
  Object.fromEntries(Object.entries(pairs).map(([g, n]) => [breakdownKey({ grade: g }), n]));

const seed001v1 = catalogue('seed001-municipal', 1);
const seed001 = catalogue('seed001-municipal', 2);
const motivatingV1 = catalogue('motivating-monitoring', 1);
const motivating = catalogue('motivating-monitoring', 2);

describe('seed001 v2: «доля участников оценочной процедуры (ЕГЭ, ОГЭ, ВПР, НИКО)» is a share of ONE procedure', () => {
  // 50 % below the ЕГЭ minimum; a large ВПР with few «2»: the pooled share of v1 hid the ЕГЭ.
  const school: Spec = {
    ege_participants: { [breakdownKey({ subject: 'rus' })]: 10 },
    ege_below_min: { [breakdownKey({ subject: 'rus' })]: 5 },
    oge_participants: 20,
    oge_below_min: 1,
    vpr_participants: 150,
    vpr_mark_2: 3,
    niko_participants: 20,
    niko_below_min: 0,
    ege_marks_confirmed: 4,
    oge_marks_confirmed: 18,
    vpr_marks_confirmed: 120,
    niko_marks_confirmed: 15,
    ege_marks_lowered: 5,
    oge_marks_lowered: 1,
    vpr_marks_lowered: 20,
    niko_marks_lowered: 4,
  };

  it('D1.17: «…не преодолевших минимальный порог» — ЕГЭ 5 of 10 is 50 %, not 4,5 % pooled with ВПР', () => {
    expect(num(valueOf(seed001v1, 'D1.17', school))).toBe(4.5); // (5 + 1 + 3 + 0) / 200
    expect(num(valueOf(seed001, 'D1.17.ege', school))).toBe(50);
    expect(num(valueOf(seed001, 'D1.17.oge', school))).toBe(5);
    expect(num(valueOf(seed001, 'D1.17.vpr', school))).toBe(2);
    expect(num(valueOf(seed001, 'D1.17.niko', school))).toBe(0);
  });

  it('D1.18: «…в параллели, успешно справившихся с заданиями» — per procedure', () => {
    expect(num(valueOf(seed001, 'D1.18.ege', school))).toBe(50);
    expect(num(valueOf(seed001, 'D1.18.vpr', school))).toBe(98);
  });

  it('D1.19: «…подтвердивших итоги промежуточной аттестации» — per procedure', () => {
    expect(num(valueOf(seed001v1, 'D1.19', school))).toBe(78.5); // 157 / 200
    expect(num(valueOf(seed001, 'D1.19.ege', school))).toBe(40);
    expect(num(valueOf(seed001, 'D1.19.niko', school))).toBe(75);
  });

  it('D2.01: «…(ЕГЭ, ОГЭ, ВПР, НИКО и др) понизивших» — per procedure', () => {
    expect(num(valueOf(seed001, 'D2.01.ege', school))).toBe(50);
    expect(num(valueOf(seed001, 'D2.01.vpr', school))).toBe(13.33);
  });

  it('the pooled indicators are gone from v2; each procedure keeps the directions of the seed', () => {
    const codes = (seed001.indicators ?? []).map((i) => i.code);
    for (const gone of ['D1.17', 'D1.18', 'D1.19', 'D2.01']) expect(codes).not.toContain(gone);
    const split = (seed001.indicators ?? []).filter((i) => /^(D1\.1[789]|D2\.01)\./.test(i.code));
    expect(split).toHaveLength(16);
    for (const i of split) expect(i.directions, i.code).toEqual(i.code.startsWith('D2.01') ? ['D2'] : ['D1', 'D2']);
  });
});

describe('seed001 v2: other formulas to the letter', () => {
  it('D1.02 «доля учащихся 1-4 классов, отличников учебы»: first-graders get no marks, so they are out of the denominator', () => {
    const school: Spec = {
      pupils_excellent: grades({ 1: 0, 2: 5, 3: 5, 4: 5 }),
      pupils_total: grades({ 1: 50, 2: 50, 3: 50, 4: 50 }),
      pupils_grade_1_4: 200,
    };
    expect(num(valueOf(seed001v1, 'D1.02', school))).toBe(7.5); // 15 of 200, first-graders included
    expect(num(valueOf(seed001, 'D1.02', school))).toBe(10); // 15 of 150 in grades 2–4
  });

  it('D1.12 «доля обучающихся, в отношении которых проводилась оценка функциональной грамотности от общего количества учащихся 1-4 классов»: every assessed pupil over grades 1–4', () => {
    const school: Spec = { fl_assessed_pupils: grades({ 1: 0, 2: 0, 3: 0, 4: 20, 7: 40 }), pupils_grade_1_4: 100 };
    expect(num(valueOf(seed001v1, 'D1.12', school))).toBe(20);
    expect(num(valueOf(seed001, 'D1.12', school))).toBe(60);
    expect(indicatorOf(seed001, 'D1.12').note).toMatch(/может превысить 100 %/);
  });

  it('D6.01 «…от общего количества педагогов»: the note and the formula name the same denominator', () => {
    const d601 = indicatorOf(seed001, 'D6.01');
    expect(d601.formula).toBe('ratio(ped_workers_deficit_diagnosed, ped_workers_total)');
    expect(d601.note).toMatch(/Знаменатель — «общее количество педагогов»: все педагогические работники \(ped_workers_total\)/);
    expect(indicatorOf(seed001v1, 'D6.01').note).toMatch(/к teachers_total/); // v1: the note said otherwise
  });
});

describe('motivating monitoring v2', () => {
  it('D2.01 «результаты всероссийской олимпиады школьников»: the regional stage is for grades 9–11, so grades 5–8 are out of the denominator', () => {
    const school: Spec = {
      olympiad_winners_prizewinners: { [breakdownKey({ assessment: 'regional_stage', grade: 10 })]: 3 },
      pupils_grade_5_9: 250,
      pupils_grade_10_11: 50,
      pupils_total: grades({ 5: 50, 6: 50, 7: 50, 8: 50, 9: 50, 10: 25, 11: 25 }),
    };
    expect(num(valueOf(motivatingV1, 'D2.01', school))).toBe(1); // 3 of 300
    expect(num(valueOf(motivating, 'D2.01', school))).toBe(3); // 3 of 100 in grades 9–11
  });

  it('D1.04 «кадровая обеспеченность»: staffing in positions, not people plus vacancies', () => {
    // 30 positions, 3 vacant; 40 people (part-timers) on the 27 filled positions
    const school: Spec = { ped_positions_total: 30, ped_vacancies: 3, ped_workers_total: 40 };
    expect(num(valueOf(motivatingV1, 'D1.04', school))).toBe(93.02); // 40 / (40 + 3): people + positions
    expect(num(valueOf(motivating, 'D1.04', school))).toBe(90); // 27 of 30 positions filled
  });
});

describe('seed003 v2: D2.01–D2.03 only for «…реализующих образовательные программы начального общего, основного общего и среднего общего образования»', () => {
  it('the three indicators require the levels НОО, ООО, СОО; version 1 counted every school', () => {
    const v1 = catalogue('seed003-leaders', 1);
    const v2 = catalogue('seed003-leaders', 2);
    for (const code of ['D2.01', 'D2.02', 'D2.03']) {
      expect(indicatorOf(v2, code).levels, code).toEqual(['НОО', 'ООО', 'СОО']);
      expect(indicatorOf(v1, code).levels, code).toBeUndefined();
    }
    expect((v2.indicators ?? []).filter((i) => i.levels).map((i) => i.code)).toEqual(['D2.01', 'D2.02', 'D2.03']);
  });

  it('a basic school with zeros no longer passes D2.03; a school of unknown levels is not counted either', () => {
    const d203 = indicatorOf(catalogue('seed003-leaders', 2), 'D2.03');
    const below = (orgId: number) =>
      ['rus', 'math_base', 'math_prof'].map((subject) => ({
        orgId,
        elementCode: 'ege_below_min',
        breakdown: breakdownKey({ subject }),
        value: 0,
      }));
    const schools: OrgRow[] = [
      { id: 1, municipalityId: 10, type: 'school', levels: ['НОО', 'ООО', 'СОО'] },
      { id: 2, municipalityId: 10, type: 'school', levels: ['НОО', 'ООО'] },
      { id: 3, municipalityId: 10, type: 'school', levels: null },
    ];
    const rows = computeIndicatorValues({
      indicators: [d203],
      values: [...below(1), ...below(2), ...below(3)],
      orgs: schools,
      regionId: 1,
    });
    expect(rows.filter((r) => r.level === 'organisation').map((r) => r.objectId)).toEqual([1]);
    expect(rows.find((r) => r.level === 'municipality')?.outcome).toEqual({ kind: 'ok', value: 100 });
  });
});

function indicatorOf(c: Catalogue, code: string) {
  const i = (c.indicators ?? []).find((x) => x.code === code);
  if (!i) throw new Error(`${c.code}: no ${code}`);
  return i;
}
