import { describe, expect, it } from 'vitest';
import { reportFileName } from './report-export.ts';

describe('reportFileName', () => {
  it('keeps the title readable: a colon becomes a comma, 2024/2025 becomes 2024-2025', () => {
    expect(reportFileName('Аналитический отчёт по направлению «Олимпиады»: Первый район, 2024/2025 учебный год', 1, 'pdf')).toBe(
      'Аналитический отчёт по направлению «Олимпиады», Первый район, 2024-2025 учебный год, версия 1.pdf',
    );
  });

  it('cuts a long title at a whole word and keeps the version and the extension', () => {
    const title =
      'Аналитический отчёт по направлению «Система работы со школами с низкими результатами обучения и школами, ' +
      'функционирующими в неблагоприятных социальных условиях»: Промышленновский муниципальный округ, 2025/2026 учебный год';
    const name = reportFileName(title, 12, 'docx');
    expect(name.length).toBeLessThanOrEqual(150 + '.docx'.length);
    expect(name.endsWith('…, версия 12.docx')).toBe(true);
    // every word before the cut is whole: the name minus «…, версия 12.docx» is a prefix of the title ending at a word
    const kept = name.slice(0, -'…, версия 12.docx'.length);
    const words = title.replace(':', ',').split(' ');
    expect(words).toContain(kept.split(' ').at(-1));
    expect(name).not.toMatch(/ {2}/);
  });
});
