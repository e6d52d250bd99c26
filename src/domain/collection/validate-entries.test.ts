import { describe, expect, it } from 'vitest';
import { ratioRules, validateEntries, type EntryElement } from './validate-entries.ts';

const element = (
  code: string,
  name: string,
  valueType: EntryElement['valueType'],
  unit: EntryElement['unit'] = 'persons',
): EntryElement => ({
  code,
  name,
  valueType,
  unit,
});
const elements = new Map(
  [
    element('pupils_1_4', 'Численность обучающихся 1–4 классов', 'integer'),
    element('basic_1_4', 'Из них достигших базового уровня', 'integer'),
    element('site', 'Сайт организации соответствует требованиям', 'boolean', 'flag'),
    element('avg_score', 'Средний балл', 'number', 'points'),
    element('share_own', 'Доля, рассчитанная организацией', 'number', 'percent'),
  ].map((e) => [e.code, e]),
);
const rules = ratioRules([
  { code: 'D1.01', name: 'доля достигших базового уровня', unit: 'percent', formula: 'ratio(basic_1_4, pupils_1_4)' },
  { code: 'X', name: 'не доля', unit: 'persons', formula: 'ratio(avg_score, pupils_1_4)' }, // not a percentage: no rule
  { code: 'Y', name: 'ссылка', unit: 'percent', formula: 'ratio(@D1.01, pupils_1_4)' }, // refers to an indicator: no rule
]);

describe('validateEntries', () => {
  it('accepts good values written as people write them', () => {
    const r = validateEntries({
      elements,
      rules,
      entries: [
        { element: 'pupils_1_4', breakdown: '', raw: '1 204' },
        { element: 'basic_1_4', breakdown: '', raw: 1100 },
        { element: 'site', breakdown: '', raw: '1' },
        { element: 'avg_score', breakdown: '', raw: '4,25' },
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.values).toContainEqual({ element: 'avg_score', breakdown: '', value: 4.25 });
    expect(rules.map((x) => x.indicator.code)).toEqual(['D1.01']);
  });

  it('lists every problem with its place and a Russian message, cell by cell', () => {
    const r = validateEntries({
      elements,
      rules,
      required: [{ element: 'site', breakdown: '' }],
      entries: [
        { element: 'pupils_1_4', breakdown: '', raw: '12,5', at: 'Форма!C5' },
        { element: 'basic_1_4', breakdown: '', raw: '-3', at: 'Форма!C6' },
        { element: 'avg_score', breakdown: '', raw: 'четыре', at: 'Форма!C7' },
        { element: 'share_own', breakdown: '', raw: '120', at: 'Форма!C8' },
        { element: 'site', breakdown: '', raw: '', at: 'Форма!C9' },
        { element: 'nope', breakdown: '', raw: '1', at: 'Форма!C10' },
      ],
    });
    expect(r.issues.map((i) => [i.code, i.at])).toEqual([
      ['not_integer', 'Форма!C5'],
      ['negative', 'Форма!C6'],
      ['not_a_number', 'Форма!C7'],
      ['percent_over_100', 'Форма!C8'],
      ['unknown_element', 'Форма!C10'],
      ['required', 'Форма!C9'],
    ]);
    expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(r.issues[0]?.message).toBe('«Численность обучающихся 1–4 классов»: 12,5 — это количество, укажите целое число.');
    expect(r.issues.find((i) => i.code === 'required')?.message).toBe('«Сайт организации соответствует требованиям»: не заполнено.');
  });

  it('refuses a numerator above its denominator and half of a pair, from the catalogue’s percentages', () => {
    const over = validateEntries({
      elements,
      rules,
      entries: [
        { element: 'pupils_1_4', breakdown: '', raw: 100 },
        { element: 'basic_1_4', breakdown: '', raw: 101 },
      ],
    });
    expect(over.issues).toHaveLength(1);
    expect(over.issues[0]).toMatchObject({ code: 'numerator_over_denominator', element: 'basic_1_4' });
    expect(over.issues[0]?.message).toContain('(101) больше, чем «Численность обучающихся 1–4 классов» (100)');
    expect(over.issues[0]?.message).toContain('D1.01');

    const half = validateEntries({ elements, rules, entries: [{ element: 'basic_1_4', breakdown: '', raw: 5 }] });
    expect(half.issues.map((i) => i.code)).toEqual(['incomplete_pair']);
    expect(half.issues[0]?.message).toContain('Заполните и «Численность обучающихся 1–4 классов»');

    const neither = validateEntries({ elements, rules, entries: [] });
    expect(neither.issues).toEqual([]);
  });

  it('says once what is wrong with a value typed wrong, never asking to fill the field just filled', () => {
    const cell = (code: string) => ({ element: code, breakdown: '' });
    const r = validateEntries({
      elements,
      rules,
      required: [cell('pupils_1_4'), cell('basic_1_4')],
      entries: [
        { element: 'pupils_1_4', breakdown: '', raw: '1,5', at: 'C5' },
        { element: 'basic_1_4', breakdown: '', raw: 1, at: 'C6' },
      ],
    });
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'not_integer',
        at: 'C5',
        message: '«Численность обучающихся 1–4 классов»: 1,5 — это количество, укажите целое число.',
      }),
    ]);
    // an empty field is still asked for
    const empty = validateEntries({ elements, rules, required: [cell('pupils_1_4')], entries: [{ ...cell('basic_1_4'), raw: 1 }] });
    expect(empty.issues.map((i) => i.code)).toEqual(['required', 'incomplete_pair']);
  });

  it('reads yes/no as 1 or 0 only', () => {
    const r = validateEntries({ elements, entries: [{ element: 'site', breakdown: '', raw: '2' }] });
    expect(r.issues.map((i) => i.code)).toEqual(['not_boolean']);
  });
});
