import { describe, expect, it } from 'vitest';
import { elementCodeFromHeader, mappingFits, mappingName, proposeMapping } from './data-table-mapping.ts';

describe('proposeMapping', () => {
  it('reads the Moscow ЕГЭ header: the school by name and ОГРН, the okrug, the rest ignored until the user maps it', () => {
    const header = ['global_id', 'AdmArea', 'District', 'EDU_NAME', 'OGRN', 'PASSED_NUMBER_FULL', 'PASSES_OVER_220', 'YEAR'];
    expect(proposeMapping(header, [{ code: 'passed_number_full', name: 'Выпускники' }]).columns).toEqual({
      global_id: { role: 'ignore' },
      AdmArea: { role: 'municipality' },
      District: { role: 'ignore' },
      EDU_NAME: { role: 'org_name' },
      OGRN: { role: 'org_ogrn' },
      PASSED_NUMBER_FULL: { role: 'value', element: 'passed_number_full' },
      PASSES_OVER_220: { role: 'ignore' },
      YEAR: { role: 'ignore' },
    });
  });
  it('finds an element by its name and Russian organisation columns', () => {
    const m = proposeMapping(
      ['Наименование ОО', 'ИНН', 'Муниципалитет', 'Число выпускников'],
      [{ code: 'grads', name: 'Число  выпускников' }],
    );
    expect(m.columns).toEqual({
      'Наименование ОО': { role: 'org_name' },
      ИНН: { role: 'org_inn' },
      Муниципалитет: { role: 'municipality' },
      'Число выпускников': { role: 'value', element: 'grads' },
    });
  });
});

describe('saved mappings', () => {
  it('fit the same header only, and are named by it', () => {
    const m = { columns: { a: { role: 'ignore' as const }, b: { role: 'org_name' as const } } };
    expect(mappingFits(m, ['a', 'b'])).toBe(true);
    expect(mappingFits(m, ['a', 'b', 'c'])).toBe(false);
    expect(mappingName(['a', 'b'])).toBe(mappingName(['a', 'b']));
    expect(mappingName(['a', 'b'])).not.toBe(mappingName(['a', 'c']));
  });
});

describe('elementCodeFromHeader', () => {
  it.each([
    ['PASSED_NUMBER_FULL', 'passed_number_full'],
    ['Число выпускников', 'chislo_vypusknikov'],
    ['2023', 'col_2023'],
    ['—', 'col_x'],
  ])('%s → %s', (h, code) => expect(elementCodeFromHeader(h)).toBe(code));
});
