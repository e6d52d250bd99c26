import { describe, expect, it } from 'vitest';
import { parseEnteredNumber } from './parse-entered-number.ts';

describe('parseEnteredNumber', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234', 1234],
    ['1 234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1234.5', 1234.5],
    ['-1 234,5', -1234.5],
    ['+3', 3],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['-3', -3],
    ['0', 0],
    [7, 7],
  ] as const)('reads %j as %d', (raw, expected) => {
    expect(parseEnteredNumber(raw)).toEqual({ kind: 'number', value: expected });
  });

  it.each([[''], ['   '], [null], [undefined]] as const)('reads %j as empty', (raw) => {
    expect(parseEnteredNumber(raw)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['abc'],
    ['12,5,3'],
    ['1.234,5'],
    ['12%'],
    ['12 %'],
    ['1e3'],
    ['∞'],
    ['12 34'],
    ['1 2345'],
    ['0x10'],
    ['--3'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ] as const)('refuses %j with a Russian reason', (raw) => {
    const r = parseEnteredNumber(raw);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.reason).toMatch(/не число/);
  });
});
