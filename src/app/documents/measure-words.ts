import PDFDocument from 'pdfkit';
import { REPORT_FONTS } from '../reports/report-fonts.ts';

let measurer: InstanceType<typeof PDFDocument> | null = null;
const measured = new Map<string, number>();

/**
 * The width in points of a text in serif at `size` points, measured with DejaVu Serif: wider than
 * Times New Roman, so a Word column sized by it holds the word in Times too (and in DejaVu Serif,
 * which LibreOffice puts in place of Times where Times is not installed).
 */
export function serifWidth(value: string, size: number, bold = false): number {
  const key = `${bold ? 'b' : 'r'}${size}|${value}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  measurer ??= new PDFDocument({ autoFirstPage: false });
  const width = measurer
    .font(bold ? REPORT_FONTS.serifBold : REPORT_FONTS.serif)
    .fontSize(size)
    .widthOfString(value);
  if (measured.size < 50_000) measured.set(key, width);
  return width;
}

/** The width in points of a text in bold serif at `size` points (see `serifWidth`). */
export const boldSerifWidth = (value: string, size: number): number => serifWidth(value, size, true);
