import { CSV_LIMITS, CsvRecordParser, detectSeparator, type CsvLimits, type CsvRecord } from './csv-record-parser.ts';

/**
 * Parses CSV text into rows of strings (RFC 4180 quotes, CRLF or LF). The separator is `;`, tab
 * when the first non-empty line has more tabs than semicolons and commas (outside quotes), else
 * the more frequent of `;` and `,`. The one CSV reader (CsvRecordParser) with its limits: a line
 * longer or wider than they allow is refused with `import_invalid`.
 */
export function parseCsv(text: string, limits: CsvLimits = CSV_LIMITS): { rows: string[][]; separator: ';' | ',' | '\t' } {
  const firstLine = text
    .slice(0, limits.lineChars + 1)
    .split(/\r?\n|\r/)
    .find((l) => l.trim() !== '');
  const separator = detectSeparator(firstLine ?? '');
  const parser = new CsvRecordParser(separator, limits);
  const out: CsvRecord[] = [];
  parser.push(text, out);
  parser.end(out);
  return { rows: out.map((r) => r.cells), separator };
}
