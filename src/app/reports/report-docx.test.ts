import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { SAMPLE_REPORT } from '../../../test/helpers/sample-report-document.ts';
import { tableLayout } from '../documents/docx-parts.ts';
import { boldSerifWidth, serifWidth } from '../documents/measure-words.ts';
import { buildReportDocx } from './report-docx.ts';

// The report's Word file read back: its title and headings are Word's heading styles (the
// navigation pane and a table of contents list them), not bold body text.

const documentXml = async (docx: Buffer) => (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');

describe('the report DOCX', () => {
  it('marks the title, the sections and their parts with Word heading styles', async () => {
    const docx = await buildReportDocx(SAMPLE_REPORT);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h1>1. Цели и задачи проведения анализа</h1>');
    expect(html).toContain('<h2>Дефициты</h2>');
    const xml = await documentXml(docx);
    expect(xml.match(/<w:pStyle w:val="Title"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1);
  });

  it('defines the heading styles in the document type (black Times New Roman) with their outline levels', async () => {
    const styles = await (await JSZip.loadAsync(await buildReportDocx(SAMPLE_REPORT))).file('word/styles.xml')!.async('string');
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
    ] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style, id).toContain('<w:color w:val="000000"/>');
      expect(style, id).toContain('w:ascii="Times New Roman"');
    }
  });

  it('gives every table column at least the width of its longest header word', async () => {
    const xml = await documentXml(await buildReportDocx(SAMPLE_REPORT));
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    // «Медиана» (weight 5 of 84) would get 540 twips by proportion; its word needs more at 10 pt bold
    const median = Math.ceil(boldSerifWidth('Медиана', 10) * 20);
    expect(median).toBeGreaterThan(540);
    expect(grid[4]).toBeGreaterThanOrEqual(median);
    expect(grid[5]).toBeGreaterThanOrEqual(Math.ceil(boldSerifWidth('Изменение', 10) * 20));
  });

  it('sets a table too wide for its words in smaller type rather than break a word', () => {
    const header = ['№', 'Содержание', 'Сроки', 'Ответственный', 'Целевые организации', 'Показатели', 'Состояние', 'Основание'];
    const rows = [
      ['1', 'Олимпиадная школа для учителей', '01.10.2024 — 31.12.2024', 'методист', 'Школа № 1', 'D1.01', 'Выполняется', 'рекомендации'],
    ];
    const layout = tableLayout(header, [4, 24, 13, 14, 15, 8, 11, 11], rows, 20);
    expect(layout.size).toBeLessThan(20);
    expect(layout.size).toBeGreaterThanOrEqual(16);
    const pt = layout.size / 2;
    expect(layout.widths[1]).toBeGreaterThanOrEqual(Math.ceil(serifWidth('Олимпиадная', pt) * 20));
    expect(layout.widths[3]).toBeGreaterThanOrEqual(Math.ceil(boldSerifWidth('Ответственный', pt) * 20));
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 1701 - 850);
  });
});
