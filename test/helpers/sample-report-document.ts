import type { ReportDocument } from '../../src/app/reports/report-document.ts';

/** Rows of a table long enough to run over a page. */
export const SAMPLE_ROWS = Array.from({ length: 70 }, (_, i) => [
  `D1.${String(i + 1).padStart(2, '0')}`,
  `Показатель номер ${i + 1}: доля обучающихся, ставших победителями олимпиад`,
  '%',
  '12,5',
  '10',
  '−0,01',
]);

/** A report document as the DOCX and the PDF render it: title, sections, a part of a section, a list, a long table. */
export const SAMPLE_REPORT: ReportDocument = {
  title: 'Аналитический отчёт по направлению «Олимпиады»',
  approval: { post: 'начальник управления', name: 'Иванова А. П.', date: '02.12.2024' },
  subtitle: ['Первый район', '2024/2025 учебный год'],
  blocks: [
    { kind: 'heading', text: '1. Цели и задачи проведения анализа', level: 1 },
    { kind: 'paragraph', text: 'Анализ проведён по данным мониторинга. '.repeat(20) },
    { kind: 'bullets', items: ['Первая цель', 'Вторая цель'] },
    { kind: 'heading', text: 'Дефициты', level: 2 },
    {
      kind: 'table',
      caption: 'Итоговые показатели',
      header: ['Код', 'Показатель', 'Ед.', 'Значение', 'Медиана', 'Изменение'],
      rows: SAMPLE_ROWS,
      widths: [9, 50, 5, 10, 5, 5],
    },
  ],
};
