import { describe, expect, it } from 'vitest';
import { checkMapping } from './check-mapping.ts';

describe('checkMapping', () => {
  it('accepts a mapping with organisation, value and new-element columns and a share', () => {
    const raw = {
      columns: {
        OGRN: { role: 'org_ogrn' },
        A: { role: 'value', element: 'pupils_total' },
        B: { role: 'new_element', name: 'Выпускники', unit: 'persons', valueType: 'integer', code: 'grads' },
        C: { role: 'ignore' },
      },
      shares: [{ name: 'Доля', numerator: 'A', denominator: 'B' }],
    };
    expect(checkMapping(raw)).toEqual({ ok: true, mapping: raw });
  });
  it('lists every problem with where it is', () => {
    expect(
      checkMapping({
        columns: { A: { role: 'sum' }, B: { role: 'new_element', name: 'x', unit: 'kg', valueType: 'integer' } },
        shares: [{}],
      }),
    ).toEqual({
      ok: false,
      problems: [
        'columns["A"]: неизвестная роль «sum» (ignore, org_name, org_ogrn, org_inn, org_code, municipality, region, value, new_element)',
        'columns["B"]: unit — одно из percent, persons, units, flag, hours, points, rubles',
        'shares[0]: укажите name, numerator и denominator (заголовки столбцов или коды элементов)',
      ],
    });
    expect(checkMapping([])).toEqual({ ok: false, problems: ['нужен объект с полем columns: { "заголовок столбца": { "role": … } }'] });
  });
});
