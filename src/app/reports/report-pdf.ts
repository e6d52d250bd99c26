import PDFDocument from 'pdfkit';
import { columnWordWidths, fitColumnWidths } from '../../domain/export/fit-column-widths.ts';
import { chartPng } from './report-charts.ts';
import type { DocBlock, ReportDocument } from './report-document.ts';
import { REPORT_FONTS } from './report-fonts.ts';

// A4 in points with the margins of the Word version (30 mm left, 15 mm right, 20 mm top and bottom).
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const BODY = 12;
const SMALL = 9;
const PAD = 3;

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

// The PDF is tagged (ГОСТ Р 52872-2019 asks it of a document published for the public): every
// piece of text belongs to an element of the structure tree — headings H1–H3, paragraphs, lists,
// tables with their header cells, figures with their alternative text — and what only decorates
// the page (cell borders, a header repeated on a new page, page numbers) is marked as an artifact.

/** Draws what a reader must skip (borders, fills, repeated headers, page numbers) as an artifact. */
function artifact(doc: Doc, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A structure element whose content is what `draw` puts on the page, added to `parent`. */
function tagged(doc: Doc, parent: Struct, type: string, draw: () => void, options: { alt?: string; scope?: 'Column' } = {}): void {
  // PDFKit writes `scope` as the Table attribute /Scope of a header cell; its typings lack it.
  parent.add(doc.struct(type, options as Parameters<Doc['struct']>[1], draw));
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
}

const rowHeight = (doc: Doc, cells: string[], widths: number[], bold: boolean) => {
  doc.font(bold ? 'sans-bold' : 'sans').fontSize(SMALL);
  return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 20) - 2 * PAD }))) + 2 * PAD;
};

/** One row: its borders as an artifact, each cell's text as a TH or TD of the row (none when `row` is null: a repeat). */
function drawRow(doc: Doc, cells: string[], widths: number[], header: boolean, row: Struct | null): void {
  const height = rowHeight(doc, cells, widths, header);
  const top = doc.y;
  artifact(doc, () => {
    let x = MARGINS.left;
    for (const w of widths) {
      if (header) doc.rect(x, top, w, height).fillAndStroke('#eef2f7', '#8a94a6');
      else doc.rect(x, top, w, height).stroke('#8a94a6');
      x += w;
    }
    doc.fillColor('#000000');
  });
  const write = (c: string, x: number, w: number) => () =>
    doc
      .font(header ? 'sans-bold' : 'sans')
      .fontSize(SMALL)
      .fillColor('#000000')
      .text(c, x + PAD, top + PAD, { width: w - 2 * PAD });
  let x = MARGINS.left;
  cells.forEach((c, i) => {
    const w = widths[i] ?? 20;
    if (row) tagged(doc, row, header ? 'TH' : 'TD', write(c, x, w), header ? { scope: 'Column' } : {});
    else artifact(doc, write(c, x, w), 'Pagination');
    x += w;
  });
  doc.x = MARGINS.left;
  doc.y = top + height;
}

/** Column widths from the content: no column narrower than the longest word of its header or its cells. */
export function tableColumnWidths(doc: Doc, header: string[], rows: string[][], weights: number[], width: number): number[] {
  const measure = (font: string) => (word: string) => doc.font(font).fontSize(SMALL).widthOfString(word) + 2 * PAD + 1;
  return fitColumnWidths(weights, columnWordWidths(header, rows, { header: measure('sans-bold'), body: measure('sans') }), width);
}

function drawTable(doc: Doc, parent: Struct, block: Extract<DocBlock, { kind: 'table' }>): void {
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const widths = tableColumnWidths(doc, block.header, block.rows, block.widths, width);
  ensureRoom(doc, 60);
  const table = doc.struct('Table');
  parent.add(table);
  tagged(doc, table, 'Caption', () =>
    doc
      .font('sans-bold')
      .fontSize(SMALL + 1)
      .text(block.caption, MARGINS.left, doc.y, { width }),
  );
  doc.moveDown(0.3);
  const headerRow = doc.struct('TR');
  table.add(headerRow);
  drawRow(doc, block.header, widths, true, headerRow);
  headerRow.end();
  for (const cells of block.rows) {
    if (doc.y + rowHeight(doc, cells, widths, false) > doc.page.height - MARGINS.bottom) {
      doc.addPage();
      drawRow(doc, block.header, widths, true, null); // the header repeats on every page, read once
    }
    const row = doc.struct('TR');
    table.add(row);
    drawRow(doc, cells, widths, false, row);
    row.end();
  }
  table.end();
  doc.moveDown(0.8);
}

function render(doc: Doc, parent: Struct, block: DocBlock): void {
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(block.level === 1 ? 0.8 : 0.4);
      // The title is H1; the report's sections H2, their parts H3.
      tagged(doc, parent, block.level === 1 ? 'H2' : 'H3', () =>
        doc
          .font('serif-bold')
          .fontSize(block.level === 1 ? BODY + 1 : BODY)
          .text(block.text, MARGINS.left, doc.y, { width, align: block.level === 1 ? 'center' : 'left' }),
      );
      doc.moveDown(0.4);
      break;
    case 'paragraph':
      tagged(doc, parent, 'P', () =>
        doc
          .font(block.italic ? 'serif-italic' : 'serif')
          .fontSize(BODY)
          .text(block.text, MARGINS.left, doc.y, { width, align: 'justify', indent: 35 }),
      );
      doc.moveDown(0.3);
      break;
    case 'bullets': {
      const list = doc.struct('L');
      parent.add(list);
      for (const item of block.items) {
        const li = doc.struct('LI');
        list.add(li);
        tagged(doc, li, 'LBody', () =>
          doc
            .font('serif')
            .fontSize(BODY)
            .text(`— ${item}`, MARGINS.left + 18, doc.y, { width: width - 18, align: 'justify' }),
        );
        li.end();
        doc.moveDown(0.15);
      }
      list.end();
      doc.moveDown(0.3);
      break;
    }
    case 'table':
      drawTable(doc, parent, block);
      break;
    case 'chart': {
      const w = Math.min(width, block.chart.width * 0.6);
      const h = (block.chart.height * w) / block.chart.width;
      const maxH = doc.page.height - MARGINS.top - MARGINS.bottom - 30;
      const [fw, fh] = h > maxH ? [(w * maxH) / h, maxH] : [w, h];
      ensureRoom(doc, fh + 20);
      const top = doc.y;
      tagged(
        doc,
        parent,
        'Figure',
        () => doc.image(chartPng(block.chart), MARGINS.left + (width - fw) / 2, top, { width: fw, height: fh }),
        {
          alt: `Рисунок: ${block.chart.title}`,
        },
      );
      doc.y = top + fh + 4;
      tagged(doc, parent, 'P', () =>
        doc
          .font('serif-italic')
          .fontSize(SMALL + 1)
          .text(`Рисунок: ${block.chart.title}`, MARGINS.left, doc.y, { width, align: 'center' }),
      );
      doc.moveDown(0.8);
      break;
    }
  }
}

/**
 * The report as a tagged PDF (PDF/UA-style structure, Russian as its language, the title shown by
 * the reader), made inside the application by PDFKit with the DejaVu fonts embedded (they come
 * with npm install), so it needs nothing installed on the machine.
 */
export function buildReportPdf(d: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: { Title: d.title, Creator: 'СОКО', Producer: 'СОКО' },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'ru-RU',
    displayTitle: true,
  });
  doc.registerFont('serif', REPORT_FONTS.serif);
  doc.registerFont('serif-bold', REPORT_FONTS.serifBold);
  doc.registerFont('serif-italic', REPORT_FONTS.serifItalic);
  doc.registerFont('sans', REPORT_FONTS.sans);
  doc.registerFont('sans-bold', REPORT_FONTS.sansBold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const stamp = d.approval ? ['УТВЕРЖДАЮ', d.approval.post, d.approval.name, d.approval.date] : ['Проект'];
  stamp.forEach((line, i) =>
    tagged(doc, root, 'P', () =>
      doc
        .font(i === 0 ? 'serif-bold' : 'serif')
        .fontSize(BODY)
        .text(line, MARGINS.left + width / 2, doc.y, { width: width / 2, align: 'right' }),
    ),
  );
  doc.moveDown(1.5);
  tagged(doc, root, 'H1', () =>
    doc
      .font('serif-bold')
      .fontSize(BODY + 3)
      .text(d.title, MARGINS.left, doc.y, { width, align: 'center' }),
  );
  doc.moveDown(0.5);
  for (const s of d.subtitle)
    tagged(doc, root, 'P', () => doc.font('serif').fontSize(BODY).text(s, MARGINS.left, doc.y, { width, align: 'center' }));
  doc.moveDown(1);
  for (const block of d.blocks) render(doc, root, block);
  root.end();

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    artifact(
      doc,
      () =>
        doc
          .font('serif')
          .fontSize(SMALL + 1)
          .text(String(i + 1), MARGINS.left, doc.page.height - MARGINS.bottom / 2 - 5, { width, align: 'center' }),
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
