import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { columnWordWidths, fitColumnWidths } from '../../domain/export/fit-column-widths.ts';
import { serifWidth } from './measure-words.ts';

// The parts of the official documents СОКО writes in Word (a regulation, an analytic report):
// Times New Roman 14 pt on A4 with the margins of ГОСТ Р 7.0.97, tables whose header row repeats.

export const FONT = 'Times New Roman';
export const BODY = 28; // half-points: 14 pt
export const SMALL = 24; // 12 pt in tables and the footer
// A4 with the margins of Russian official documents (ГОСТ Р 7.0.97): 30 mm left, 15 mm right, 20 mm top and bottom.
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const INDENT = 709; // 1.25 cm first-line indent

export const text = (value: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new TextRun({ text: value, font: FONT, size: options.size ?? BODY, bold: options.bold, italics: options.italics });

/** A justified body paragraph with a first-line indent. */
export const para = (value: string) =>
  new Paragraph({ children: [text(value)], alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: 60 } });

export const centered = (value: string, options: { bold?: boolean; after?: number } = {}) =>
  new Paragraph({
    children: [text(value, { bold: options.bold })],
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
  });

/** A line of the approval stamp («УТВЕРЖДАЮ», post, name, date), in the right half of the page. */
export const stampLine = (value: string, bold = false) =>
  new Paragraph({ children: [text(value, { bold })], alignment: AlignmentType.RIGHT, indent: { left: TEXT_WIDTH / 2 } });

/** A section heading: Word's «Заголовок 1» style (the navigation pane and a table of contents list it), centred. */
export const heading = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [text(value)],
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 240, after: 120 },
  });

/** A part of a section: Word's «Заголовок 2» style, left-aligned. */
export const subheading = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [text(value)],
    keepNext: true,
    spacing: { before: 160, after: 80 },
  });

/** The document's title: Word's «Название» style, centred. */
export const titleLine = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.TITLE,
    children: [text(value)],
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
  });

// Word's heading styles in the document's own type: Times New Roman, black, bold (the headings'
// runs take it from the style), each with its outline level (docx's defaults are blue and large).
const headingStyle = (outlineLevel: number) => ({
  run: { font: FONT, size: BODY, bold: true, color: '000000' },
  paragraph: { outlineLevel, keepNext: true },
});
const HEADING_STYLES = { title: headingStyle(0), heading1: headingStyle(0), heading2: headingStyle(1), heading3: headingStyle(2) };

export const cell = (value: string, width: number, options: { bold?: boolean; center?: boolean; size?: number } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    children: [
      new Paragraph({
        children: [text(value, { bold: options.bold, size: options.size ?? SMALL })],
        alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
  });

// Left and right margins of a cell (twips), as `cell` sets them, and a little slack for rounding.
const CELL_PADDING = 57 * 2 + 20;

/** The smallest type a table is set in to keep its words whole: 8 pt. */
const SMALLEST_TABLE_TEXT = 16;

/**
 * The type size (half-points) and column widths (twips) of a table: the `widths` proportions, no
 * column narrower than the longest word of its header or cells. When the words do not fit across
 * the page at `size`, the table is set smaller (not below 8 pt) rather than a word broken.
 */
export function tableLayout(headers: string[], widths: number[], rows: string[][], size: number): { size: number; widths: number[] } {
  const twips = (halfPoints: number, bold: boolean) => (word: string) =>
    Math.ceil(serifWidth(word, halfPoints / 2, bold) * 20) + CELL_PADDING;
  const minimumsAt = (halfPoints: number) =>
    columnWordWidths(headers, rows, { header: twips(halfPoints, true), body: twips(halfPoints, false) });
  let fit = size;
  let minimums = minimumsAt(size);
  const needed = minimums.reduce((a, b) => a + b, 0);
  if (needed > TEXT_WIDTH) {
    const padding = CELL_PADDING * minimums.length;
    fit = Math.max(SMALLEST_TABLE_TEXT, Math.floor((size * (TEXT_WIDTH - padding)) / (needed - padding)));
    minimums = minimumsAt(fit);
  }
  return { size: fit, widths: fitColumnWidths(widths, minimums, TEXT_WIDTH).map((x) => Math.floor(x)) };
}

/**
 * A table whose header row repeats on every page; the first column (№) and `centered` columns are
 * centred. Its columns and type size follow `tableLayout`: a word never breaks («Меди|ана»).
 */
export function table(headers: string[], widths: number[], rows: string[][], centeredColumns: number[] = [0], size = SMALL): Table {
  const layout = tableLayout(headers, widths, rows, size);
  const w = layout.widths;
  const textSize = layout.size;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: w.map((width, i) => cell(headers[i] ?? '', width, { bold: true, center: true, size: textSize })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: w.map((width, i) => cell(r[i] ?? '', width, { center: centeredColumns.includes(i), size: textSize })),
          }),
      ),
    ],
  });
}

/** The page number centred in the footer. */
export const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: SMALL, children: [PageNumber.CURRENT] })],
      }),
    ],
  });

/** An official document as a .docx: A4 with the margins above, Times New Roman 14 pt, the page number in the footer. */
export function officialDocx(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'СОКО',
    title,
    styles: { default: { document: { run: { font: FONT, size: BODY } }, ...HEADING_STYLES } },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, footers: { default: pageNumberFooter() }, children }],
  });
  return Packer.toBuffer(doc);
}
