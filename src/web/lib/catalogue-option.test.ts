import { describe, expect, it } from 'vitest';
import { catalogueOption, catalogueTitle } from './catalogue-option.ts';

describe('catalogueOption', () => {
  const c = { id: 7, name: 'Показатели мотивирующего мониторинга', code: 'motivating-monitoring', version: 2 };

  it('labels a methodology by its title and version, the code only in the tooltip', () => {
    expect(catalogueOption(c)).toEqual({
      value: 7,
      label: 'Показатели мотивирующего мониторинга, версия 2',
      title: 'Код методики: motivating-monitoring',
    });
    expect(catalogueOption(c).label).not.toContain(c.code);
    expect(catalogueTitle(c)).toBe('Показатели мотивирующего мониторинга, версия 2');
  });
});
