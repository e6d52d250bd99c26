import type { ReportChart } from './report-charts.ts';

/** One block of a report document; the DOCX and the PDF render the same blocks. */
export type DocBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; widths: number[] }
  | { kind: 'chart'; chart: ReportChart };
