import { AppError } from '../app-error.ts';

/** What one CSV record may hold: far above a real table's line, far below what fills the memory. */
export interface CsvLimits {
  /** Characters of one record (a line, or several when a quoted field holds line breaks). */
  lineChars: number;
  /** Fields of one record. */
  columns: number;
}

export const CSV_LIMITS: CsvLimits = { lineChars: 1024 * 1024, columns: 1_000 };

const n = (value: number) => value.toLocaleString('ru-RU');

export const csvLineTooLong = (line: number, limits: CsvLimits) =>
  new AppError(
    'import_invalid',
    `Строка ${n(line)} файла CSV длиннее ${n(limits.lineChars)} символов — так устроены не таблицы, а испорченные файлы (или кавычка, которая не закрыта). Проверьте кавычки в этой строке или сохраните таблицу из Excel заново как CSV.`,
  );

export const csvTooManyColumns = (line: number, columns: number, limits: CsvLimits) =>
  new AppError(
    'import_invalid',
    `Строка ${n(line)} файла CSV: ${n(columns)} столбцов, а допустимо не более ${n(limits.columns)}. Проверьте разделитель (точка с запятой или запятая) и удалите лишние столбцы.`,
  );

/** One record of a CSV file and the 1-based line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * An incremental CSV parser (RFC 4180 quotes, CRLF or LF): text goes in by chunks of any size,
 * whole records come out, so a file of any length is read in constant memory.
 */
export class CsvRecordParser {
  private row: string[] = [];
  private field = '';
  private quoted = false;
  private pendingCr = false;
  private line = 1;
  private rowLine = 1;
  private afterQuote = false;

  constructor(
    private readonly separator: string,
    private readonly limits: CsvLimits = CSV_LIMITS,
  ) {}

  /** Reads a chunk; a record longer or wider than the limits is refused (AppError) as soon as it is seen. */
  push(text: string, out: CsvRecord[]): void {
    const before = out.length;
    this.pushText(text, out);
    for (let k = before; k < out.length; k++) this.check(out[k]!.cells, out[k]!.line);
    this.check(this.row, this.rowLine, this.field.length);
  }

  private check(cells: readonly string[], line: number, pending = 0): void {
    if (cells.length > this.limits.columns) throw csvTooManyColumns(line, cells.length, this.limits);
    let chars = pending;
    for (const c of cells) chars += c.length;
    if (chars > this.limits.lineChars) throw csvLineTooLong(line, this.limits);
  }

  private pushText(text: string, out: CsvRecord[]): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === text.length) {
            this.quoted = false;
            this.afterQuote = true; // a doubled quote may follow in the next chunk
          } else this.quoted = false;
        } else {
          if (ch === '\n') this.line++;
          this.field += ch;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (ch === '"') {
          this.field += '"';
          this.quoted = true;
          continue;
        }
      }
      if (ch === '"') this.quoted = true;
      else if (ch !== this.separator && ch !== '\n' && ch !== '\r') {
        // fast path: take the run of plain characters up to the next special one at once
        let j = i + 1;
        while (j < text.length) {
          const c = text[j];
          if (c === this.separator || c === '\n' || c === '\r' || c === '"') break;
          j++;
        }
        this.field += text.slice(i, j);
        i = j - 1;
      } else if (ch === this.separator) {
        this.row.push(this.field);
        this.field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') this.pendingCr = true;
        this.row.push(this.field);
        out.push({ cells: this.row, line: this.rowLine });
        this.row = [];
        this.field = '';
        this.line++;
        this.rowLine = this.line;
      }
    }
  }

  end(out: CsvRecord[]): void {
    if (this.field !== '' || this.row.length > 0) {
      this.row.push(this.field);
      out.push({ cells: this.row, line: this.rowLine });
    }
    this.row = [];
    this.field = '';
  }
}

/** The separator of a CSV from its first non-empty line: tab, `;` or `,` (most frequent outside quotes). */
export function detectSeparator(firstLine: string): ';' | ',' | '\t' {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}
