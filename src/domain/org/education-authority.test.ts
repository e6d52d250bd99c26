import { describe, expect, it } from 'vitest';
import { educationAuthorityName, territoryGenitive } from './education-authority.ts';

describe('territoryGenitive', () => {
  it('declines the adjectives and the head noun, and keeps the proper name after it', () => {
    expect(territoryGenitive('Промышленновский муниципальный округ')).toBe('Промышленновского муниципального округа');
    expect(territoryGenitive('Клетский муниципальный район')).toBe('Клетского муниципального района');
    expect(territoryGenitive('Береговой муниципальный район')).toBe('Берегового муниципального района');
    expect(territoryGenitive('Городской округ Северогорск')).toBe('городского округа Северогорск');
    expect(territoryGenitive('Кемеровская область — Кузбасс')).toBe('Кемеровской области — Кузбасс');
    expect(territoryGenitive('Первый район')).toBe('Первого района');
  });

  it('gives up on a name of another shape', () => {
    expect(territoryGenitive('Кузбасс')).toBeNull();
    expect(territoryGenitive('Промышленновский')).toBeNull();
  });
});

describe('educationAuthorityName', () => {
  it('reads the name written on the territory card', () => {
    const org = {
      kind: 'municipality',
      name: 'Промышленновский муниципальный округ',
      attributes: { authority: ' Управление образования Промышленновского муниципального округа ' },
    };
    expect(educationAuthorityName(org)).toBe('Управление образования Промышленновского муниципального округа');
  });

  it('makes the usual name from the territory when none is written, never «Орган управления образованием: …»', () => {
    expect(educationAuthorityName({ kind: 'municipality', name: 'Промышленновский муниципальный округ', attributes: {} })).toBe(
      'Управление образования администрации Промышленновского муниципального округа',
    );
    expect(educationAuthorityName({ kind: 'region', name: 'Кемеровская область — Кузбасс', attributes: { authority: '' } })).toBe(
      'Министерство образования Кемеровской области — Кузбасс',
    );
    expect(educationAuthorityName({ kind: 'municipality', name: 'Кузбасс', attributes: {} })).toBe('Управление образования (Кузбасс)');
  });
});
