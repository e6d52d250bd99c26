import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutralise-formula.ts';

describe('text a spreadsheet would run as a formula', () => {
  it('gets an apostrophe when it begins with =, +, -, @, a tab or a carriage return', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+7 999', '-1+1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });
  it('is left alone otherwise, including a formula sign inside the text', () => {
    for (const text of ['МБОУ «СОШ № 1»', 'a=b', '', '1 234,5', "'уже с апострофом"]) expect(neutraliseFormula(text)).toBe(text);
  });
});
