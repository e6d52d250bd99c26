import { describe, expect, it } from 'vitest';
import { localizeExplanation } from './localize-explanation.ts';

describe('localizeExplanation', () => {
  it('writes decimals with a comma and names objects', () => {
    const names = new Map([['12', 'МБОУ «СОШ № 1»']]);
    expect(localizeExplanation('лучшее 90.29126213592232 у «12» среди 14', names)).toBe('лучшее 90,2913 у МБОУ «СОШ № 1» среди 14');
    expect(localizeExplanation('среднее (D1.01, D2) = 83.7; округление до 0.01', names)).toBe(
      'среднее (D1.01, D2) = 83,7; округление до 0,01',
    );
    expect(localizeExplanation('делит место с «99»', names)).toBe('делит место с «99»');
  });
});
