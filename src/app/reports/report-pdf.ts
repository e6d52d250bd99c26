import PDFDocument from 'pdfkit';
import { chartPng } from './report-charts.ts';
import type { DocBlock, ReportDocument } from './report-document.ts';
import { REPORT_FONTS } from './report-fonts.ts';

// A4 in points with the margins of the Word version (30 mm left, 15 mm right, 20 mm top and bottom).
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const BODY = 12;
const SMALL = 9;

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
}

function drawRow(doc: Doc, cells: string[], widths: number[], bold: boolean): void {
  const pad = 3;
  doc.font(bold ? 'sans-bold' : 'sans').fontSize(SMALL);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 20) - 2 * pad }))) + 2 * pad;
  const top = doc.y;
  let x = MARGINS.left;
  cells.forEach((c, i) => {
    const w = widths[i] ?? 20;
    if (bold) doc.rect(x, top, w, height).fillAndStroke('#eef2f7', '#8a94a6').fillColor('#000000');
    else doc.rect(x, top, w, height).stroke('#8a94a6');
    doc.fillColor('#000000').text(c, x + pad, top + pad, { width: w - 2 * pad });
    x += w;
  });
  doc.x = MARGINS.left;
  doc.y = top + height;
}

function drawTable(doc: Doc, block: Extract<DocBlock, { kind: 'table' }>): void {
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w * width) / total);
  ensureRoom(doc, 60);
  doc
    .font('sans-bold')
    .fontSize(SMALL + 1)
    .text(block.caption, MARGINS.left, doc.y, { width });
  doc.moveDown(0.3);
  drawRow(doc, block.header, widths, true);
  for (const row of block.rows) {
    doc.font('sans').fontSize(SMALL);
    const height = Math.max(...row.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 20) - 6 }))) + 6;
    if (doc.y + height > doc.page.height - MARGINS.bottom) {
      doc.addPage();
      drawRow(doc, block.header, widths, true); // the header repeats on every page
    }
    drawRow(doc, row, widths, false);
  }
  doc.moveDown(0.8);
}

function render(doc: Doc, block: DocBlock): void {
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 60);
      doc.moveDown(block.level === 1 ? 0.8 : 0.4);
      doc
        .font('serif-bold')
        .fontSize(block.level === 1 ? BODY + 1 : BODY)
        .text(block.text, MARGINS.left, doc.y, { width, align: block.level === 1 ? 'center' : 'left' });
      doc.moveDown(0.4);
      break;
    case 'paragraph':
      doc
        .font(block.italic ? 'serif-italic' : 'serif')
        .fontSize(BODY)
        .text(block.text, MARGINS.left, doc.y, { width, align: 'justify', indent: 35 });
      doc.moveDown(0.3);
      break;
    case 'bullets':
      for (const item of block.items) {
        doc
          .font('serif')
          .fontSize(BODY)
          .text(`— ${item}`, MARGINS.left + 18, doc.y, { width: width - 18, align: 'justify' });
        doc.moveDown(0.15);
      }
      doc.moveDown(0.3);
      break;
    case 'table':
      drawTable(doc, block);
      break;
    case 'chart': {
      const w = Math.min(width, block.chart.width * 0.6);
      const h = (block.chart.height * w) / block.chart.width;
      const maxH = doc.page.height - MARGINS.top - MARGINS.bottom - 30;
      const [fw, fh] = h > maxH ? [(w * maxH) / h, maxH] : [w, h];
      ensureRoom(doc, fh + 20);
      doc.image(chartPng(block.chart), MARGINS.left + (width - fw) / 2, doc.y, { width: fw, height: fh });
      doc.y += fh + 4;
      doc
        .font('serif-italic')
        .fontSize(SMALL + 1)
        .text(`Рисунок: ${block.chart.title}`, MARGINS.left, doc.y, { width, align: 'center' });
      doc.moveDown(0.8);
      break;
    }
  }
}

/**
 * The report as PDF, made inside the application by PDFKit with the DejaVu fonts embedded (they
 * come with npm install), so it needs nothing installed on the machine.
 */
export function buildReportPdf(d: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: { Title: d.title, Creator: 'СОКО', Producer: 'СОКО' },
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
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const stamp = d.approval ? ['УТВЕРЖДАЮ', d.approval.post, d.approval.name, d.approval.date] : ['Проект'];
  stamp.forEach((line, i) =>
    doc
      .font(i === 0 ? 'serif-bold' : 'serif')
      .fontSize(BODY)
      .text(line, MARGINS.left + width / 2, doc.y, { width: width / 2, align: 'right' }),
  );
  doc.moveDown(1.5);
  doc
    .font('serif-bold')
    .fontSize(BODY + 3)
    .text(d.title, MARGINS.left, doc.y, { width, align: 'center' });
  doc.moveDown(0.5);
  for (const s of d.subtitle) doc.font('serif').fontSize(BODY).text(s, { width, align: 'center' });
  doc.moveDown(1);
  for (const block of d.blocks) render(doc, block);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc
      .font('serif')
      .fontSize(SMALL + 1)
      .text(String(i + 1), MARGINS.left, doc.page.height - MARGINS.bottom / 2 - 5, { width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
