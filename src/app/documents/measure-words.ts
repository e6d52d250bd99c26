import PDFDocument from 'pdfkit';
import { REPORT_FONTS } from '../reports/report-fonts.ts';

let measurer: InstanceType<typeof PDFDocument> | null = null;

/**
 * The width in points of a text in bold serif at `size` points, measured with DejaVu Serif Bold:
 * wider than Times New Roman Bold, so a Word column sized by it holds the word in Times too.
 */
export function boldSerifWidth(value: string, size: number): number {
  measurer ??= new PDFDocument({ autoFirstPage: false });
  return measurer.font(REPORT_FONTS.serifBold).fontSize(size).widthOfString(value);
}
