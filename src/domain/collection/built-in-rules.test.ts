import { describe, expect, it } from 'vitest';
import { builtInRules } from './built-in-rules.ts';
import { validateEntries, type EntryElement } from './validate-entries.ts';

const el = (code: string, name: string): EntryElement => ({ code, name, valueType: 'integer', unit: 'persons' });
const elements = new Map([
  ['pupils_total', el('pupils_total', 'Численность обучающихся')],
  ['pupils_grade_1_4', el('pupils_grade_1_4', 'Численность обучающихся 1–4 классов')],
]);

describe('built-in cross-field rules', () => {
  const rules = builtInRules(new Set(['pupils_total', 'pupils_grade_1_4']));

  it('apply only when the form has both sides', () => {
    expect(rules.map((r) => r.reason)).toEqual(['обучающиеся 1–4 классов входят в общую численность обучающихся']);
    expect(builtInRules(new Set(['pupils_grade_1_4']))).toEqual([]);
  });

  it('refuse pupils of grades 1–4 above all pupils (summed over grades), naming the field', () => {
    const entries = [
      { element: 'pupils_grade_1_4', breakdown: '', raw: '50' },
      ...[1, 2, 3, 4].map((g) => ({ element: 'pupils_total', breakdown: `grade=${g}`, raw: '10' })),
    ];
    const { issues } = validateEntries({ elements, entries, rules });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'numerator_over_denominator',
        element: 'pupils_grade_1_4',
        breakdown: '',
        message:
          '«Численность обучающихся 1–4 классов» (50) больше, чем «Численность обучающихся» (40): обучающиеся 1–4 классов входят в общую численность обучающихся.',
      }),
    ]);
  });

  it('do not ask for a pair: one side alone is fine', () => {
    expect(validateEntries({ elements, entries: [{ element: 'pupils_grade_1_4', breakdown: '', raw: '50' }], rules }).issues).toEqual([]);
  });
});
