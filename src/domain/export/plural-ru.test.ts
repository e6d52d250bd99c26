import { describe, expect, it } from 'vitest';
import { pluralRu } from './plural-ru.ts';

const errors = (n: number) => `${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}`;

describe('pluralRu', () => {
  it.each([
    [0, '0 ошибок'],
    [1, '1 ошибка'],
    [2, '2 ошибки'],
    [4, '4 ошибки'],
    [5, '5 ошибок'],
    [11, '11 ошибок'],
    [12, '12 ошибок'],
    [14, '14 ошибок'],
    [21, '21 ошибка'],
    [22, '22 ошибки'],
    [25, '25 ошибок'],
    [101, '101 ошибка'],
    [111, '111 ошибок'],
    [1002, '1002 ошибки'],
    [-1, '-1 ошибка'],
  ])('%d → %s', (n, text) => {
    expect(errors(n)).toBe(text);
  });

  it('a fraction takes the genitive singular', () => {
    expect(pluralRu(1.5, 'балл', 'балла', 'баллов')).toBe('балла');
  });
});
