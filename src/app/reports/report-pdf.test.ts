import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfStructure, pdfText, pdfToolsEnabled } from '../../../test/helpers/document-tools.ts';
import { SAMPLE_REPORT, SAMPLE_ROWS } from '../../../test/helpers/sample-report-document.ts';
import { buildReportPdf } from './report-pdf.ts';

// A report long enough for a table to run over a page, read back by poppler: the PDF is tagged,
// its structure tree holds the headings, lists and tables with their header cells, and what only
// decorates the page (page numbers, a repeated table header) is outside the tree.

const report = SAMPLE_REPORT;
const rows = SAMPLE_ROWS;

describe.skipIf(!pdfToolsEnabled)('the report PDF for the public', () => {
  it('is tagged PDF 1.7 with its title shown and Russian as its language', async () => {
    const pdf = await buildReportPdf(report);
    const info = pdfInfo(pdf);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Аналитический отчёт по направлению «Олимпиады»$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/Lang \(ru-RU\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('holds the headings, the list and the table (rows, header and data cells) in its structure tree', async () => {
    const pdf = await buildReportPdf(report);
    const tree = pdfStructure(pdf);
    const lines = tree.split('\n');
    // «TH:» when the element has attributes (then printed below it), «H1 (block)» or «TR» otherwise
    const elements = (type: string) => lines.filter((l) => new RegExp(`^\\s*${type}(:| \\(|$)`).test(l));
    expect(elements('Document')).toHaveLength(1);
    expect(tree).toMatch(/H1[^\n]*\n\s*"Аналитический отчёт по направлению «Олимпиады»/);
    expect(tree).toMatch(/H2[^\n]*\n\s*"1\. Цели и задачи проведения анализа/);
    expect(tree).toMatch(/H3[^\n]*\n\s*"Дефициты/);
    expect(elements('L')).toHaveLength(1);
    expect(elements('LI')).toHaveLength(2);
    expect(elements('Table')).toHaveLength(1);
    expect(elements('Caption')).toHaveLength(1);
    // one header row read once (its repeats on later pages are artifacts) and a row per line of data
    expect(elements('TR')).toHaveLength(1 + rows.length);
    expect(elements('TH')).toHaveLength(6);
    expect(elements('TD')).toHaveLength(6 * rows.length);
    expect(tree).toContain('"Медиана"');
    expect(tree.match(/\/Scope \/Column/g)).toHaveLength(6); // header cells name their column
    expect(tree).toContain('"−0,01"');
    // page numbers are artifacts: the text layer has them, the structure tree does not
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(pdfInfo(pdf))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(pdf).split('\f').length).toBeGreaterThan(1);
    expect(tree).not.toMatch(/^\s*"2"\s*$/m);
  });

  it('makes every table column as wide as the longest word of its header: no «Меди|ана»', async () => {
    const text = pdfText(await buildReportPdf(report));
    for (const word of ['Медиана', 'Изменение', 'Значение', 'Показатель']) expect(text, word).toContain(word);
  });
});
