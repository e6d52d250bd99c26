import { describe, expect, it } from 'vitest';
import {
  CYCLOGRAM_STAGE_NAMES,
  CYCLOGRAM_STAGES,
  STAGE_STATE_NAMES,
  checkCyclogram,
  defaultCyclogram,
  stageState,
  type CyclogramStage,
} from './cyclogram.ts';

const WHO = 'Управление образования, Иванова И. И., главный специалист';

describe('defaultCyclogram', () => {
  it('plans December of the year before to April of the monitoring year', () => {
    const stages = defaultCyclogram(2026, WHO);
    expect(stages.map((s) => [s.code, s.startsOn, s.endsOn])).toEqual([
      ['instruments', '2025-12-01', '2025-12-31'],
      ['collection', '2026-01-01', '2026-01-31'],
      ['analysis', '2026-02-01', '2026-03-31'],
      ['recommendations', '2026-04-01', '2026-04-30'],
    ]);
    expect(stages.map((s) => s.name)).toEqual([
      'Разработка инструментария мониторинга',
      'Сбор данных (мониторинговое исследование)',
      'Анализ результатов мониторинга',
      'Разработка адресных рекомендаций, мер и мероприятий',
    ]);
    expect(stages.every((s) => s.responsible === WHO && s.completedOn === null)).toBe(true);
    expect(checkCyclogram(stages)).toEqual([]);
  });

  it('ends each stage on the last day of its month in leap and century years alike', () => {
    for (const year of [2024, 2025, 2100, 2000]) {
      const stages = defaultCyclogram(year, WHO);
      expect(stages.map((s) => s.endsOn)).toEqual([`${year - 1}-12-31`, `${year}-01-31`, `${year}-03-31`, `${year}-04-30`]);
      expect(checkCyclogram(stages)).toEqual([]);
    }
  });

  it('returns fresh objects each call', () => {
    const a = defaultCyclogram(2026, WHO);
    a[0]!.completedOn = '2025-12-20';
    expect(defaultCyclogram(2026, WHO)[0]!.completedOn).toBeNull();
  });
});

describe('stageState', () => {
  const analysis = defaultCyclogram(2026, WHO)[2]!; // 01.02.2026–31.03.2026

  it.each([
    ['2026-01-31', 'planned'],
    ['2026-02-01', 'current'],
    ['2026-03-15', 'current'],
    ['2026-03-31', 'current'],
    ['2026-04-01', 'overdue'],
  ] as const)('on %s the stage is %s', (today, state) => {
    expect(stageState(analysis, today)).toBe(state);
  });

  it('is done once completed, early or late, whatever today is', () => {
    for (const today of ['2026-01-01', '2026-02-10', '2026-05-01'])
      expect(stageState({ ...analysis, completedOn: '2026-04-10' }, today)).toBe('done');
  });

  it('names every state in Russian', () => {
    expect(STAGE_STATE_NAMES).toEqual({ planned: 'Запланирован', current: 'Идёт', done: 'Выполнен', overdue: 'Просрочен' });
  });
});

describe('checkCyclogram', () => {
  const base = () => defaultCyclogram(2026, WHO);
  const with_ = (i: number, patch: Partial<CyclogramStage>): CyclogramStage[] =>
    base().map((s, j) => (j === i ? Object.assign({}, s, patch) : s));

  it('asks to swap a start after the end', () => {
    expect(checkCyclogram(with_(2, { startsOn: '2026-03-31', endsOn: '2026-02-01' }))).toEqual([
      {
        index: 2,
        field: 'startsOn',
        message: 'Этап «Анализ результатов мониторинга»: дата начала позже даты окончания — поменяйте их местами.',
      },
    ]);
  });

  it('accepts a one-day stage', () => {
    expect(checkCyclogram(with_(1, { startsOn: '2026-01-15', endsOn: '2026-01-15' }))).toEqual([]);
  });

  it('refuses missing, malformed and non-existent dates', () => {
    const issues = checkCyclogram([...base().slice(0, 3), { ...base()[3]!, startsOn: '', endsOn: '2026-02-30' }]);
    expect(issues).toEqual([
      {
        index: 3,
        field: 'startsOn',
        message: 'Этап «Разработка адресных рекомендаций, мер и мероприятий»: не указана дата начала.',
      },
      {
        index: 3,
        field: 'endsOn',
        message: 'Этап «Разработка адресных рекомендаций, мер и мероприятий»: дата окончания указана неверно — укажите существующую дату.',
      },
    ]);
    expect(checkCyclogram(with_(0, { startsOn: '01.12.2025' }))[0]).toMatchObject({ index: 0, field: 'startsOn' });
    expect(checkCyclogram(with_(0, { endsOn: '2025-13-01' }))[0]).toMatchObject({ index: 0, field: 'endsOn' });
  });

  it('asks for a name and a responsible person', () => {
    expect(checkCyclogram(with_(1, { name: '  ', responsible: '' }))).toEqual([
      {
        index: 1,
        field: 'name',
        message: 'Этап 2: не указано наименование — укажите его, например «Сбор данных (мониторинговое исследование)».',
      },
      {
        index: 1,
        field: 'responsible',
        message:
          'Этап «Сбор данных (мониторинговое исследование)»: не указан ответственный исполнитель — укажите должностное лицо или подразделение.',
      },
    ]);
  });

  it('wants each of the four stages exactly once', () => {
    const stages = base();
    const issues = checkCyclogram([stages[0]!, stages[1]!, stages[1]!, stages[3]!]);
    expect(issues).toEqual([
      {
        index: 2,
        field: 'name',
        message: 'Этап «Сбор данных (мониторинговое исследование)» указан в циклограмме повторно — удалите лишнюю строку.',
      },
      { index: -1, field: 'name', message: 'В циклограмме нет этапа «Анализ результатов мониторинга» — добавьте его.' },
    ]);
    expect(checkCyclogram([]).map((i) => i.message)).toEqual(
      CYCLOGRAM_STAGES.map((c) => `В циклограмме нет этапа «${CYCLOGRAM_STAGE_NAMES[c]}» — добавьте его.`),
    );
  });

  it('refuses an unknown stage code coming from outside', () => {
    const odd = { ...base()[0]!, code: 'party' } as unknown as CyclogramStage;
    expect(checkCyclogram([...base(), odd])).toEqual([
      { index: 4, field: 'name', message: 'Этап «Разработка инструментария мониторинга»: неизвестный этап циклограммы — удалите строку.' },
    ]);
  });

  it('wants stages to start in their order, overlaps allowed', () => {
    expect(checkCyclogram(with_(2, { startsOn: '2025-12-15' }))).toEqual([
      {
        index: 2,
        field: 'startsOn',
        message:
          'Этап «Анализ результатов мониторинга» начинается раньше предыдущего этапа «Сбор данных (мониторинговое исследование)» — этапы идут по порядку: инструментарий, сбор данных, анализ, рекомендации.',
      },
    ]);
    // analysis may start while collection still runs, and on the same day as it
    expect(checkCyclogram(with_(2, { startsOn: '2026-01-20' }))).toEqual([]);
    expect(checkCyclogram(with_(2, { startsOn: '2026-01-01' }))).toEqual([]);
    // rows in any order are checked by stage, not by row
    expect(checkCyclogram([...base()].reverse())).toEqual([]);
  });
});
