import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildRegulationDocx, type RegulationInput } from './regulation-document.ts';

const input: RegulationInput = {
  authorityName: 'Управление образования Промышленновского муниципального округа',
  territoryName: 'Промышленновский муниципальный округ',
  campaignName: 'Мониторинг качества подготовки обучающихся 2026',
  catalogueName: 'Показатели МСОКО Промышленновского муниципального округа',
  periodName: '2025/2026 учебный год',
  startsOn: '2026-01-12',
  deadline: '2026-02-06',
  responsible: 'Петрова Анна Сергеевна, главный специалист управления образования',
  participants: [
    { code: 'OO-001', name: 'МБОУ «Промышленновская СОШ № 2»', typeName: 'Общеобразовательная организация' },
    { code: 'OO-002', name: 'МБОУ «Падунская ООШ»', typeName: 'Общеобразовательная организация' },
    { code: 'DOO-014', name: 'МБДОУ «Детский сад № 5 «Солнышко»»', typeName: 'Дошкольная образовательная организация' },
  ],
  indicators: [
    {
      code: '1.1.1',
      name: 'Доля обучающихся, достигших базового уровня',
      directionName: 'Достижение базовых результатов',
      methodLabel: 'Форма сбора',
      unitLabel: '%',
    },
    {
      code: '1.1.2',
      name: 'Доля обучающихся, достигших высокого уровня',
      directionName: 'Достижение базовых результатов',
      methodLabel: 'Форма сбора',
      unitLabel: '%',
    },
    {
      code: '2.3.1',
      name: 'Наличие программы работы со школами с низкими результатами',
      directionName: 'Работа со школами с низкими результатами',
      methodLabel: 'Загрузка файла',
      unitLabel: 'да/нет',
    },
    {
      code: '3.1.4',
      name: 'Средний балл ОГЭ по математике',
      directionName: 'Объективность оценки',
      methodLabel: 'Внешние данные',
      unitLabel: 'балл',
    },
  ],
  stages: [
    { name: 'Разработка инструментария мониторинга', startsOn: '2025-12-01', endsOn: '2025-12-31', responsible: 'Петрова А. С.' },
    { name: 'Сбор данных (мониторинговое исследование)', startsOn: '2026-01-01', endsOn: '2026-01-31', responsible: 'Петрова А. С.' },
    { name: 'Анализ результатов мониторинга', startsOn: '2026-02-01', endsOn: '2026-03-31', responsible: 'Петрова А. С.' },
    {
      name: 'Разработка адресных рекомендаций, мер и мероприятий',
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
      responsible: 'Петрова А. С.',
    },
  ],
  order: null,
  generatedOn: '2025-11-20',
};

const textOf = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value;

describe('buildRegulationDocx', () => {
  it('is a DOCX (a zip) with the terms, participants, indicators and the responsible person', async () => {
    const buffer = await buildRegulationDocx(input);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = await textOf(buffer);

    expect(text).toContain(input.authorityName);
    expect(text).toContain('Регламент мониторинга');
    expect(text).toContain(input.campaignName);
    expect(text).toContain(input.catalogueName);
    expect(text).toContain('2025/2026 учебный год');
    expect(text).toContain('с 12.01.2026 по 06.02.2026');
    expect(text).toContain('не позднее 06.02.2026');
    for (const p of input.participants) {
      expect(text).toContain(p.name);
      expect(text).toContain(p.code);
    }
    for (const x of input.indicators) {
      expect(text).toContain(x.code);
      expect(text).toContain(x.name);
    }
    expect(text).toContain(input.responsible);
    for (const s of input.stages) expect(text).toContain(s.name);
    expect(text).toContain('01.02.2026');
    expect(text).toContain('31.03.2026');
    for (const section of [
      '1. Общие положения',
      '2. Сроки проведения',
      '3. Участники мониторинга',
      '4. Показатели мониторинга',
      '5. Ответственный',
      '6. Использование результатов',
    ])
      expect(text).toContain(section);
    expect(text).toContain('«МСОКО»');
    expect(text).toContain('Проект (приказ об утверждении не издан)');
    expect(text).not.toContain('УТВЕРЖДЁН');
    expect(text).toContain('сформирован в системе СОКО 20.11.2025');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no ISO dates left for readers
  });

  it('carries the approval order when approved', async () => {
    const text = await textOf(await buildRegulationDocx({ ...input, order: { number: '245-од', date: '2025-11-28' } }));
    expect(text).toContain('УТВЕРЖДЁН');
    expect(text).toContain('приказом от 28.11.2025 № 245-од');
    expect(text).not.toContain('Проект');
  });

  it('says so when there are no stages, participants or indicators yet', async () => {
    const text = await textOf(await buildRegulationDocx({ ...input, stages: [], participants: [], indicators: [] }));
    expect(text).toContain('Циклограмма мониторинга не установлена');
    expect(text).toContain('Участники мониторинга не определены');
    expect(text).toContain('Показатели мониторинга не определены');
  });
});
