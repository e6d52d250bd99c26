import { describe, expect, it } from 'vitest';
import { softHyphens } from './soft-hyphens.ts';

const shown = (text: string): string => softHyphens(text).replace(/\u00ad/g, '-');

describe('softHyphens', () => {
  it('splits long Russian words between syllables', () => {
    expect(shown('Управленческие решения')).toBe('Уп-рав-лен-чес-кие решения');
    expect(shown('Мониторинг показателей')).toBe('Мо-ни-то-ринг по-ка-за-те-лей');
    expect(shown('Анализ эффективности')).toBe('Анализ эф-фек-тив-нос-ти');
  });
  it('never leaves ь, ъ or й at the start of a line and keeps short words whole', () => {
    expect(shown('объективность')).not.toMatch(/-[ьъй]/);
    expect(shown('Цели')).toBe('Цели');
  });
});
