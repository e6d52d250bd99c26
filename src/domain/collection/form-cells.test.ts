import { describe, expect, it } from 'vitest';
import type { DataElement } from '../catalogue/catalogue.ts';
import { breakdownLabel, fieldName } from './breakdown-label.ts';
import { formCells } from './form-cells.ts';

const element = (code: string, extra: Partial<DataElement> = {}): DataElement => ({
  code,
  name: code,
  valueType: 'integer',
  unit: 'persons',
  level: 'organisation',
  breakdowns: [],
  ...extra,
});

describe('the fields of a form', () => {
  const elements = new Map(
    [
      element('pupils_total', { breakdowns: ['grade'], orgTypes: ['school'] }),
      element('pupils_excellent', { breakdowns: ['grade'] }),
      element('pupils_grade_1_4'),
      element('municipal_budget', { level: 'municipality' }),
      element('children', { orgTypes: ['kindergarten'] }),
    ].map((e) => [e.code, e]),
  );
  const directionNames = new Map([
    ['D1', 'Качество подготовки'],
    ['D2', 'Профориентация'],
  ]);
  const indicators = [
    {
      code: 'I2',
      name: 'Доля отличников',
      formula: 'ratio(pupils_excellent[grade=4], pupils_grade_1_4)',
      directions: ['D2'],
      orgTypes: ['school' as const],
    },
    {
      code: 'I1',
      name: 'Доля старшеклассников',
      formula: 'ratio(sum(pupils_total[grade=10], pupils_total[grade=11]), pupils_total)',
      directions: ['D1'],
      orgTypes: ['school' as const],
    },
    { code: 'I3', name: 'Охват', formula: 'ratio(children, municipal_budget)', directions: ['D1'], orgTypes: ['kindergarten' as const] },
  ];

  it('asks a school for the organisation-level elements its indicators use, split as the engine sums them, by direction', () => {
    const cells = formCells({ indicators, elements, directionNames, orgType: 'school' });
    // pupils_total is referenced unfiltered too: collected by grades 1–11 (never a total beside them)
    expect(cells.filter((c) => c.element === 'pupils_total').map((c) => c.breakdown)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((g) => `grade=${g}`),
    );
    // only the filter used
    expect(cells.filter((c) => c.element === 'pupils_excellent').map((c) => c.key)).toEqual(['pupils_excellent|grade=4']);
    // D1 (first direction of the catalogue) comes first, whatever the indicator order
    expect(cells[0]?.direction).toEqual({ code: 'D1', name: 'Качество подготовки' });
    expect(cells.at(-1)?.direction.code).toBe('D2');
    expect(cells.find((c) => c.element === 'pupils_total')).toMatchObject({
      breakdownLabel: '1 класс',
      indicators: [{ code: 'I1', name: 'Доля старшеклассников' }],
    });
    expect(cells.some((c) => c.element === 'municipal_budget' || c.element === 'children')).toBe(false);
  });

  it('asks a kindergarten only for its own elements, never for the municipality’s', () => {
    expect(formCells({ indicators, elements, directionNames, orgType: 'kindergarten' }).map((c) => c.key)).toEqual(['children|']);
  });

  it('names breakdowns as users read them', () => {
    expect(breakdownLabel({ subject: 'rus', grade: '9' })).toBe('русский язык, 9 класс');
    expect(breakdownLabel({})).toBe('');
    expect(breakdownLabel({ assessment: 'regional_stage' })).toBe('региональный этап');
    expect(breakdownLabel({ assessment: 'regional' })).toBe('региональный уровень');
    expect(breakdownLabel({ subject: 'chem', grade: '11' })).toBe('химия, 11 класс');
    // a value nobody named yet still says which dimension it is, in Russian
    expect(breakdownLabel({ assessment: 'city_olympiad' })).toBe('процедура: city_olympiad');
    expect(fieldName('Число призёров', 'assessment=regional')).toBe('«Число призёров» (региональный уровень)');
  });
});
