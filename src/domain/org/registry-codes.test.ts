import { describe, expect, it } from 'vitest';
import { innCheckDigit, isValidLegalInn, isValidOgrn, ogrnCheckDigit } from './registry-codes.ts';

describe('registry codes', () => {
  it('computes the ИНН check digit', () => {
    // 7707083893 (a well-known legal-entity ИНН): weights·digits = 2*7+4*7+10*0+3*7+5*0+9*8+4*3+6*8+8*9 = 267; 267 % 11 = 3
    expect(innCheckDigit('770708389')).toBe(3);
    expect(isValidLegalInn('7707083893')).toBe(true);
    expect(isValidLegalInn('7707083894')).toBe(false);
    expect(isValidLegalInn('77070838')).toBe(false);
  });

  it('computes the ОГРН check digit', () => {
    // 1027700132195: 102770013219 % 11 = 5
    expect(ogrnCheckDigit('102770013219')).toBe(5);
    expect(isValidOgrn('1027700132195')).toBe(true);
    expect(isValidOgrn('1027700132196')).toBe(false);
  });
});
