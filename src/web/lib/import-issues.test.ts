import { describe, expect, it } from 'vitest';
import { importIssues } from './import-issues.ts';

describe('importIssues', () => {
  it('keeps every detail without the repeated location, tolerating missing or odd fields', () => {
    expect(
      importIssues([
        { sheet: 'Показатели', row: 12, column: 'F', message: 'лист «Показатели», строка 12, столбец F: неизвестная единица «%%»' },
        { sheet: 'Методика', row: '3', message: 'нет кода' },
        'книга пуста',
        { sheet: 'x' },
        null,
      ]),
    ).toEqual([
      { sheet: 'Показатели', row: 12, column: 'F', message: 'неизвестная единица «%%»' },
      { sheet: 'Методика', row: 3, column: null, message: 'нет кода' },
      { sheet: null, row: null, column: null, message: 'книга пуста' },
    ]);
    expect(importIssues(undefined)).toEqual([]);
  });
});
