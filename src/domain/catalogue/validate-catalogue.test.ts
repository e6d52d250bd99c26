import { describe, expect, it } from 'vitest';
import type { DataElement } from './catalogue.ts';
import { mergeDataElements, validateCatalogue, validateDataElementFile } from './validate-catalogue.ts';

const elements = new Map<string, DataElement>([
  [
    'pupils_total',
    { code: 'pupils_total', name: 'Число обучающихся', valueType: 'integer', unit: 'persons', level: 'organisation', breakdowns: [] },
  ],
  [
    'winners',
    { code: 'winners', name: 'Победители', valueType: 'integer', unit: 'persons', level: 'organisation', breakdowns: ['subject'] },
  ],
]);

function indicatorCatalogue(overrides: Record<string, unknown> = {}) {
  return {
    code: 'test',
    version: 1,
    kind: 'indicators',
    name: 'Тест',
    validFrom: '2022-01-01',
    validTo: null,
    source: 'seed',
    blocks: [{ code: 'B1', name: 'Блок', directions: [{ code: 'D1', name: 'Направление' }] }],
    indicators: [
      {
        code: 'D1.01',
        name: 'доля победителей',
        directions: ['D1'],
        unit: 'percent',
        polarity: 'higher_better',
        periodKind: 'school_year',
        orgTypes: ['school'],
        method: 'form',
        formula: 'ratio(winners, pupils_total)',
        source: '§1',
      },
    ],
    ...overrides,
  };
}

describe('validateCatalogue', () => {
  it('accepts the scoring rules of issue 27 and refuses unknown ones', () => {
    const scoring = { missingRule: 'exclude', missingRuleNote: 'решение управления', placePrecision: 1, inversion: 'ratio' };
    expect(validateCatalogue(indicatorCatalogue({ scoring }), 'test.v1.yaml', elements).ok).toBe(true);
    expect(validateCatalogue(indicatorCatalogue({ scoring: { missingRule: 'skip' } }), 'test.v1.yaml', elements).ok).toBe(false);
    expect(validateCatalogue(indicatorCatalogue({ scoring: { inversion: 'log' } }), 'test.v1.yaml', elements).ok).toBe(false);
    const wrong = validateCatalogue(
      indicatorCatalogue({ scoring: { inversionByIndicator: { 'D1.01': 'ratio' } } }),
      'test.v1.yaml',
      elements,
    );
    expect(wrong.ok === false && wrong.issues.map((i) => i.path)).toEqual(['test.v1.yaml.scoring.inversionByIndicator.D1.01']);
  });

  it('accepts a valid catalogue', () => {
    const result = validateCatalogue(indicatorCatalogue(), 'test.v1.yaml', elements);
    expect(result.ok).toBe(true);
  });

  it('names the file, the item and the field of a schema error', () => {
    const bad = indicatorCatalogue();
    (bad.indicators[0] as Record<string, unknown>).unit = 'kg';
    const result = validateCatalogue(bad, 'test.v1.yaml', elements);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'test.v1.yaml.indicators.0.unit',
          message:
            'Поле «test.v1.yaml.indicators.0.unit» должно принимать одно из значений: «percent», «persons», «units», «flag», «hours», «points», «rubles».',
        },
      ],
    });
  });

  it('reports unknown data elements and directions with the indicator code and formula position', () => {
    const bad = indicatorCatalogue();
    bad.indicators[0] = { ...bad.indicators[0]!, directions: ['D9'], formula: 'ratio(winers, pupils_total)' };
    const result = validateCatalogue(bad, 'test.v1.yaml', elements);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'test.v1.yaml.indicators.0 (D1.01).directions', message: 'Направление «D9» не описано в blocks.' },
      {
        path: 'test.v1.yaml.indicators.0 (D1.01).formula',
        message: 'Ошибка в формуле «ratio(winers, pupils_total)», символ 7: неизвестный элемент данных «winers».',
      },
    ]);
  });

  it('refuses duplicate indicator codes and cycles between indicators', () => {
    const base = indicatorCatalogue().indicators[0]!;
    const dup = indicatorCatalogue({ indicators: [base, { ...base }] });
    const r1 = validateCatalogue(dup, 'x', elements);
    expect(r1.ok ? [] : r1.issues.map((i) => i.message)).toEqual([
      'Код показателя «D1.01» повторяется: коды уникальны в пределах версии методики.',
    ]);
    const cyclic = indicatorCatalogue({
      indicators: [
        { ...base, code: 'K3', formula: '@K7 + 1' },
        { ...base, code: 'K7', formula: '@K3 * 2' },
      ],
    });
    const r2 = validateCatalogue(cyclic, 'x', elements);
    expect(r2.ok ? [] : r2.issues.map((i) => [i.message, i.code])).toEqual([
      ['Показатель K3 зависит сам от себя: K3 → K7 → K3.', 'formula_cycle'],
    ]);
  });

  it('requires components and positions for a mechanisms catalogue', () => {
    const mech = {
      ...indicatorCatalogue({ kind: 'mechanisms', indicators: undefined }),
      components: [{ code: 'goals', name: 'Цели', block: 'conceptual' }],
      blocks: [
        {
          code: 'B1',
          name: 'Блок',
          directions: [
            { code: 'D1', name: 'Первое', positions: [{ code: 'P1', component: 'aims', name: 'Цели есть', maxPoints: 1, source: '000' }] },
            { code: 'D2', name: 'Второе' },
          ],
        },
      ],
    };
    delete (mech as Record<string, unknown>).indicators;
    const result = validateCatalogue(mech, 'm', elements);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'Неизвестный компонент цикла «aims».',
      'У направления «Второе» нет позиций оценивания.',
    ]);
  });
});

describe('data elements', () => {
  it('validates a file and merges identical duplicates, refusing conflicting ones', () => {
    const file = validateDataElementFile({ dataElements: [...elements.values()] }, 'a.yaml');
    expect(file.ok).toBe(true);
    const same = mergeDataElements([
      { label: 'a.yaml', elements: [...elements.values()] },
      { label: 'b.yaml', elements: [elements.get('winners')!] },
    ]);
    expect(same.ok && same.value.size).toBe(2);
    const conflict = mergeDataElements([
      { label: 'a.yaml', elements: [elements.get('winners')!] },
      { label: 'b.yaml', elements: [{ ...elements.get('winners')!, unit: 'units' }] },
    ]);
    expect(conflict.ok ? [] : conflict.issues[0]?.message).toBe(
      'Элемент данных «winners» уже описан иначе в a.yaml: код элемента глобален, используйте одно описание.',
    );
  });
});
