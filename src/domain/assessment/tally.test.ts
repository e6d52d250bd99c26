import { describe, expect, it } from 'vitest';
import { proposeMapping } from './column-mapping.ts';
import { elementValues } from './element-values.ts';
import { readAggregateRow, readPupilRow, type RowContext } from './read-result-row.ts';
import { subjectCode } from './subjects.ts';
import { ResultTally } from './tally.ts';
import { thresholdOf, defaultThresholds } from './thresholds.ts';

const thresholds = defaultThresholds([2024]);
const tallyOf = () => new ResultTally((kind, subject, year) => thresholdOf(thresholds, kind, subject, year));
const header = ['Код ОО', 'Код участника', 'Класс', 'Предмет', 'Отметка', 'Отметка по журналу'];
const vpr: RowContext = { kind: 'vpr', year: 2024, stage: null, header };

describe('column mapping', () => {
  it('proposes fields from the header texts', () => {
    expect(proposeMapping(header)).toEqual({ orgCode: 0, pupil: 1, className: 2, subject: 3, mark: 4, termMark: 5 });
    expect(proposeMapping(['Наименование ОО', 'Учебный предмет', 'Тестовый балл', 'Год'])).toEqual({
      orgName: 0,
      subject: 1,
      score: 2,
      year: 3,
    });
    expect(proposeMapping(['Школа', 'Предмет', 'Приняло участие', 'Не преодолели минимальный порог', 'Средний балл'])).toMatchObject({
      orgName: 0,
      participants: 2,
      belowMin: 3,
      average: 4,
    });
  });
  it('knows subjects as files write them', () => {
    expect(subjectCode('Математика профильная')).toBe('math_prof');
    expect(subjectCode('Информатика и ИКТ')).toBe('inf');
    expect(subjectCode('Английский язык (устный)')).toBe('eng_oral');
    expect(subjectCode('Математическая грамотность')).toBe('math_literacy');
    expect(subjectCode('Пение')).toBeNull();
  });
});

describe('pupil rows', () => {
  const mapping = proposeMapping(header);
  it('counts marks, «2» and objectivity per school × subject × grade', () => {
    const t = tallyOf();
    const rows = [
      ['001', 'a', '5А', 'Математика', '2', '3'],
      ['001', 'b', '5Б', 'Математика', '4', '4'],
      ['001', 'c', '5А', 'Математика', '5', '4'],
      ['001', 'd', '5А', 'Русский язык', '3', '3'],
    ];
    rows.forEach((cells, i) => {
      const r = readPupilRow(cells, mapping, vpr, { line: i + 2 });
      expect(r.problems).toEqual([]);
      expect(t.addPupil(r.value!)).toBeNull();
    });
    const { groups, perOrg } = t.result();
    const values = elementValues(groups, perOrg).filter((v) => v.breakdown === 'grade=5;subject=math');
    expect(Object.fromEntries(values.map((v) => [v.element, v.value]))).toEqual({
      vpr_participants: 3,
      vpr_mark_2: 1,
      vpr_mark_3: 0,
      vpr_mark_4: 1,
      vpr_mark_5: 1,
      vpr_marks_confirmed: 1,
      vpr_marks_lowered: 1,
      vpr_marks_raised: 1,
    });
  });
  it('reports impossible marks, unknown subjects and repeated rows with their lines', () => {
    const bad = readPupilRow(['001', 'a', '5А', 'Математика', '6', ''], mapping, vpr, { line: 7 });
    expect(bad.value).toBeNull();
    expect(bad.problems[0]).toMatchObject({ code: 'bad_mark', source: { line: 7 }, column: 'Отметка' });
    expect(bad.problems[0]!.message).toContain('строка 7');
    expect(readPupilRow(['001', 'a', '5А', 'Пение', '4', ''], mapping, vpr, { line: 8 }).problems[0]!.code).toBe('bad_subject');
    const t = tallyOf();
    const row = readPupilRow(['001', 'a', '5А', 'Математика', '4', ''], mapping, vpr, { line: 2 }).value!;
    expect(t.addPupil(row)).toBeNull();
    expect(t.addPupil({ ...row, source: { line: 9 } })).toMatchObject({
      code: 'duplicate',
      message: expect.stringContaining('повтор строки 2'),
    });
  });
  it('places ЕГЭ scores against the threshold of the year and counts the bands and electives', () => {
    const h = ['Код ОО', 'Код участника', 'Предмет', 'Тестовый балл'];
    const ctx: RowContext = { kind: 'ege', year: 2024, stage: null, header: h };
    const m = proposeMapping(h);
    const t = tallyOf();
    const rows = [
      ['001', 'p1', 'Русский язык', '23'],
      ['001', 'p2', 'Русский язык', '24'],
      ['001', 'p1', 'Физика', '100'],
      ['001', 'p2', 'Физика', '75'],
      ['001', 'p2', 'Химия', '85'],
    ];
    rows.forEach((cells, i) => t.addPupil(readPupilRow(cells, m, ctx, { line: i + 2 }).value!));
    const v = elementValues(t.result().groups, t.result().perOrg);
    const get = (e: string, b = '') => v.find((x) => x.element === e && x.breakdown === b)?.value;
    expect(get('ege_below_min', 'subject=rus')).toBe(1);
    expect(get('ege_score_sum', 'subject=rus')).toBe(47);
    expect(get('ege_score_ge_70', 'subject=phys')).toBe(2);
    expect(get('ege_score_100', 'subject=phys')).toBe(1);
    expect(get('ege_score_ge_70', 'subject=rus')).toBe(0);
    // each graduate once, by the best elective score: p1 100, p2 85
    expect(get('ege_elective_graduates_ge_80')).toBe(2);
    expect(get('ege_elective_graduates_ge_90')).toBe(1);
    expect(get('ege_elective_graduates_100')).toBe(1);
  });
  it('leaves «below the threshold» out where a subject has no threshold for the year', () => {
    const h = ['Код ОО', 'Предмет', 'Тестовый балл'];
    const t = tallyOf();
    t.addPupil(
      readPupilRow(['001', 'Русский язык', '50'], proposeMapping(h), { kind: 'ege', year: 2019, stage: null, header: h }, { line: 2 })
        .value!,
    );
    const v = elementValues(t.result().groups, t.result().perOrg);
    expect(v.some((x) => x.element === 'ege_participants')).toBe(true);
    expect(v.some((x) => x.element === 'ege_below_min')).toBe(false);
  });
  it('counts an olympiad participant once per stage, a winner once', () => {
    const h = ['Код ОО', 'Код участника', 'Класс', 'Предмет', 'Статус'];
    const ctx: RowContext = { kind: 'olympiad', year: 2024, stage: 'municipal_stage', header: h };
    const m = proposeMapping(h);
    const t = tallyOf();
    [
      ['001', 'p1', '9', 'Физика', 'победитель'],
      ['001', 'p1', '9', 'Химия', 'участник'],
      ['001', 'p2', '9', 'Химия', 'призёр'],
    ].forEach((cells, i) => expect(t.addPupil(readPupilRow(cells, m, ctx, { line: i + 2 }).value!)).toBeNull());
    const v = elementValues(t.result().groups, t.result().perOrg);
    const get = (e: string) => v.find((x) => x.element === e)?.value;
    expect(get('olympiad_participants')).toBe(2);
    expect(get('olympiad_winners')).toBe(1);
    expect(get('olympiad_winners_prizewinners')).toBe(2);
    expect(v[0]!.breakdown).toBe('assessment=municipal_stage;grade=9');
  });
});

describe('aggregate rows', () => {
  it('reads counts and turns an average into a sum of scores', () => {
    const h = ['Код ОО', 'Предмет', 'Приняло участие', 'Не преодолели минимальный порог', '80 баллов и более', 'Средний балл'];
    const r = readAggregateRow(
      ['001', 'Химия', '10', '2', '1', '55,5'],
      proposeMapping(h),
      { kind: 'ege', year: 2024, stage: null, header: h },
      { line: 3 },
    );
    expect(r.value?.counts).toEqual({ participants: 10, belowMin: 2, ge80: 1, scoreSum: 555 });
  });
  it('refuses a count above the participants', () => {
    const h = ['Код ОО', 'Предмет', 'Приняло участие', 'Не преодолели минимальный порог'];
    const r = readAggregateRow(
      ['001', 'Химия', '10', '12'],
      proposeMapping(h),
      { kind: 'ege', year: 2024, stage: null, header: h },
      { line: 4 },
    );
    expect(r.value).toBeNull();
    expect(r.problems[0]).toMatchObject({ code: 'impossible_count', source: { line: 4 } });
  });
});
