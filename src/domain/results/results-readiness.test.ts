import { describe, expect, it } from 'vitest';
import { readinessMessage, readinessSteps, RESULT_COMPUTERS_TEXT } from './results-readiness.ts';

const full = { catalogues: 5, periods: 2, organisations: 10, values: 300 };

describe('readiness of results', () => {
  it('names, in the order they are done, what an empty system lacks and where it is done', () => {
    const empty = { catalogues: 5, periods: 0, organisations: 0, values: 0 };
    expect(readinessSteps(empty).map((s) => [s.gap, s.path])).toEqual([
      ['periods', '/periods'],
      ['organisations', '/orgs/register'],
      ['values', '/data-import'],
    ]);
    expect(readinessMessage(empty, false)).toBe(
      'Рейтинги рассчитывать пока не из чего: нет отчётных периодов, организаций, данных показателей. ' +
        'Что сделать: создайте отчётный период (учебный или календарный год); загрузите реестр организаций; ' +
        'загрузите данные показателей за период из файла или соберите их кампанией. ' +
        'Затем результаты рассчитывает администратор или региональный оператор.',
    );
  });

  it('says who computes when only the computation is missing, and nothing is missing when all is there', () => {
    expect(readinessSteps(full)).toEqual([]);
    expect(RESULT_COMPUTERS_TEXT).toBe('администратор или региональный оператор');
    expect(readinessMessage(full, false)).toContain('рассчитывает администратор или региональный оператор');
    expect(readinessMessage(full, true)).toContain('выберите другой период');
  });
});
