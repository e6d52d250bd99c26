import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/create-database.ts';
import { REPORT_SECTIONS } from '../../domain/report/report-content.ts';
import { systemContext } from '../../../test/helpers/campaign-fixtures.ts';
import {
  docxToPdf,
  documentTestsEnabled,
  loose,
  ocrRussian,
  pdfFonts,
  pdfInfo,
  pdfPages,
  pdfStructure,
  pdfText,
  pdfToolsEnabled,
} from '../../../test/helpers/document-tools.ts';
import mammoth from 'mammoth';
import { buildOrgTree } from '../../../test/helpers/factories.ts';
import { reportFixtures } from '../../../test/helpers/report-fixtures.ts';
import { TEST_CATALOG_DIR } from '../../../test/helpers/test-app.ts';
import { createTestDatabase } from '../../../test/helpers/test-database.ts';
import { syncCatalogues } from '../catalogues/sync-catalogues.ts';
import { exportReport } from './report-export.ts';
import { METHODS_APPENDIX } from './report-methods.ts';

// The report's two files read back by other programs: the DOCX converted by LibreOffice and its
// pages drawn and read by OCR; the application's own PDF (PDFKit) checked for its sections and
// for the Cyrillic fonts embedded in it.

let handle: DatabaseHandle;
let reportId: number;
const HEADINGS = REPORT_SECTIONS.map((s, i) => `${i + 1}. ${s.title}`);
const shots = join(import.meta.dirname, '../../../test-results');

beforeAll(async () => {
  handle = await createTestDatabase();
  const tree = await buildOrgTree(handle.db);
  await syncCatalogues(handle.db, TEST_CATALOG_DIR);
  await handle.db
    .insertInto('period')
    .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025 учебный год', starts_on: '2024-09-01', ends_on: '2025-08-31' })
    .execute();
  const f = await reportFixtures(handle.db, tree);
  reportId = await f.reportIn('approved');
});
afterAll(async () => {
  await handle.close();
});

describe.skipIf(!documentTestsEnabled)('report documents read back', () => {
  it('DOCX: LibreOffice opens it; its pages carry the title, the approval and every section in Russian', async () => {
    const { file, fileName } = await exportReport(systemContext(handle.db), reportId, 'docx');
    expect(fileName).toBe('Аналитический отчёт по направлению «Олимпиады», Первый район, 2024-2025 учебный год, версия 1.docx');
    const pdf = docxToPdf(file);
    const text = loose(pdfText(pdf));
    for (const h of [
      ...HEADINGS,
      'Утверждаю',
      'Иванова А. П.',
      'Аналитический отчёт по направлению «Олимпиады»',
      'Дефициты',
      'Успешные практики',
    ]) {
      expect(text, h).toContain(loose(h));
    }
    // The first page drawn as a picture and read by OCR: the Russian text is really on the page.
    const [first] = pdfPages(pdf, 150, 1);
    if (!first) throw new Error('no page drawn');
    expect(statSync(first).size).toBeGreaterThan(10_000);
    mkdirSync(shots, { recursive: true });
    copyFileSync(first, join(shots, 'report-docx-page-1.png'));
    const seen = loose(ocrRussian(first));
    for (const word of ['аналитический отчет', 'олимпиады', 'утверждаю', 'цели и задачи проведения анализа'])
      expect(seen, word).toContain(word);
  });

  it('PDF: made by the application with DejaVu embedded, every section there', async () => {
    const { file } = await exportReport(systemContext(handle.db), reportId, 'pdf');
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    const fonts = pdfFonts(file)
      .split('\n')
      .filter((l) => l.includes('DejaVu'));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    // columns: name type encoding emb sub uni — every font embedded
    for (const line of fonts) expect(line, line).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    expect(pdfFonts(file)).not.toMatch(/\bno\s+no\s+no\b/);
    const text = loose(pdfText(file));
    for (const h of [...HEADINGS, 'Утверждаю', 'Первый район', 'Сведения об отчёте']) expect(text, h).toContain(loose(h));
    const [first] = pdfPages(file, 150, 1);
    if (!first) throw new Error('no page drawn');
    copyFileSync(first, join(shots, 'report-pdf-page-1.png'));
    expect(loose(ocrRussian(first))).toContain('аналитический отчет');
  });
});

describe.skipIf(!pdfToolsEnabled)('a generated report read back by poppler and mammoth', () => {
  it('PDF: tagged, every section an H2 under the title H1, the tables in the structure tree', async () => {
    const { file, fileName } = await exportReport(systemContext(handle.db), reportId, 'pdf');
    expect(fileName).toBe('Аналитический отчёт по направлению «Олимпиады», Первый район, 2024-2025 учебный год, версия 1.pdf');
    expect(pdfInfo(file)).toMatch(/^Tagged:\s+yes$/m);
    const tree = pdfStructure(file);
    expect(tree).toMatch(/^\s*H1 \(block\)\n\s*"Аналитический отчёт по направлению «Олимпиады»/m);
    for (const h of [...HEADINGS, METHODS_APPENDIX, 'Сведения об отчёте']) expect(tree, h).toContain(`"${h}"`);
    expect(tree.match(/^\s*H2 \(block\)$/gm)?.length).toBe(HEADINGS.length + 2);
    expect(tree).toMatch(/^\s*Table \(block\)$/m);
    expect(tree).toMatch(/^\s*TH:$/m);
    expect(tree).toMatch(/^\s*TD$/m);
  });

  it('PDF: the body says in words what the appendix gives by codes and formulas', async () => {
    const { file } = await exportReport(systemContext(handle.db), reportId, 'pdf');
    const text = loose(pdfText(file));
    const at = (h: string) => text.indexOf(loose(h));
    const directions = text.slice(at(HEADINGS[1]!), at(HEADINGS[2]!));
    expect(directions).toContain(loose('Олимпиады (1 показатель)'));
    expect(directions).toContain(loose('Перечни показателей каждого направления'));
    expect(directions).toContain(loose('в приложении «Методика расчёта»'));
    expect(directions).not.toMatch(/D1\.01/);
    const appendix = text.slice(at(METHODS_APPENDIX), at('Сведения об отчёте'));
    expect(appendix).toMatch(/d1\.01 доля/);
    expect(appendix).toContain(loose('Правила выявления дефицитов и успешных практик'));
    // the rules moved: the findings section refers to them
    const findings = text.slice(at(HEADINGS[5]!), at(HEADINGS[6]!));
    expect(findings).toContain(loose('Правила, по которым выявлены дефициты и успешные практики'));
    expect(text.slice(0, at(METHODS_APPENDIX))).not.toMatch(/k-means|z-оценк|зерн/);
  });

  it('DOCX: the title, the sections and the appendix are Word headings', async () => {
    const { file } = await exportReport(systemContext(handle.db), reportId, 'docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: file });
    for (const h of [...HEADINGS, METHODS_APPENDIX, 'Сведения об отчёте']) expect(html, h).toContain(`<h1>${h}</h1>`);
    for (const h of ['Дефициты', 'Успешные практики', 'Показатели направлений']) expect(html, h).toContain(`<h2>${h}</h2>`);
  });
});
