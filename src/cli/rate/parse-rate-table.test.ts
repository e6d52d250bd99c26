import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-rate-table.ts';

describe('parseNumber', () => {
  it.each([
    ['12,5', { value: 12.5 }],
    ['12.5', { value: 12.5 }],
    ['1 234,5', { value: 1234.5 }],
    ['1\u00a0234', { value: 1234 }],
    [7, { value: 7 }],
    ['', { empty: true }],
    ['н/д', { empty: true }],
    ['—', { empty: true }],
    ['нет данных', { empty: true }],
    ['1\u202f234,5', { value: 1234.5 }],
    ['12 34', { error: '«12 34» — не число' }],
    [{ error: 'в ячейке ошибка Excel #DIV/0!' }, { error: 'в ячейке ошибка Excel #DIV/0!' }],
    [null, { empty: true }],
    ['12,5%', { error: '«12,5%» — не число' }],
    ['1,2,3', { error: '«1,2,3» — не число' }],
  ] as const)('%j', (cell, expected) => {
    expect(parseNumber(cell)).toEqual(expected);
  });
});
