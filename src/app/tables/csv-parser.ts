import { AppError } from '../app-error.ts';

/** One record of a CSV file and the 1-based line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

export type CsvSeparator = ';' | ',' | '\t';

/**
 * What one CSV upload may hold, fixed by the importer before reading from what the file can
 * legitimately contain. Past any limit the reading stops at once with a Russian message naming
 * the limit, the file and the line.
 */
export interface CsvBudget {
  /** Characters of one record (a line, or lines joined by a quoted line break). */
  maxLineChars: number;
  /** Records, blank ones included. */
  maxRows: number;
  /** Cells of one record. */
  maxColumns: number;
  /** Bytes of the file. */
  maxBytes: number;
  /** Why the row limit is what it is, in words for the user («в шаблоне кампании 1 200 полей»). */
  rowsReason?: string;
}

export const DEFAULT_MAX_LINE_CHARS = 64 * 1024;

const LF = 10;
const CR = 13;
const QUOTE = 34;

const count = (n: number) => n.toLocaleString('ru-RU');

/** The Russian refusal of a file past one of its limits. */
export function budgetError(name: string, what: string): AppError {
  return new AppError('import_invalid', `Файл «${name}» не прочитан: ${what}`);
}

/** The separator from a line's counts outside quotes: tab, `;` or `,` (the most frequent; `,` by default). */
function separatorOf(semicolons: number, commas: number, tabs: number): CsvSeparator {
  // Excel's «Текст Юникод» separates by tabs
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** The separator of a CSV from its first non-empty line (counted outside quotes). */
export function detectSeparator(line: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === '\t') tabs++;
  }
  return separatorOf(semicolons, commas, tabs);
}

/**
 * The one incremental CSV parser: text goes in by chunks of any size, whole records come out with
 * the lines they start on, so a file of any length is read in constant memory and in one pass.
 * RFC 4180 (quotes, doubled quotes, line breaks inside quotes, CRLF or LF), leniently where real
 * exports are not: a quote inside an unquoted field is a character; a quote inside a quoted field
 * closes it only before a separator or line end (`"ООО "Ромашка""` is «ООО "Ромашка"»). The
 * separator is found from the first non-blank line as it arrives, each character looked at once.
 * The budget is checked as the text arrives: a record longer than allowed is refused without
 * waiting for its end.
 */
export class CsvRecordParser {
  private sep: CsvSeparator | null;
  // the separator search: the current line's text so far and its counts outside quotes
  private head: string[] = [];
  private headChars = 0;
  private headQuoted = false;
  private headFilled = false;
  private semicolons = 0;
  private commas = 0;
  private tabs = 0;
  private headCr = false;
  // the records
  private row: string[] = [];
  private field = '';
  private fieldStart = true;
  private quoted = false;
  /** Quotes seen in a row inside a quoted field, waiting for the next character to tell what they are. */
  private quoteRun = 0;
  private pendingCr = false;
  private line = 1;
  private rowLine = 1;
  private recordChars = 0;
  private rows = 0;

  constructor(
    private readonly budget: CsvBudget,
    private readonly name: string,
    separator?: CsvSeparator,
  ) {
    this.sep = separator ?? null;
  }

  get separator(): CsvSeparator | null {
    return this.sep;
  }

  push(text: string, out: CsvRecord[]): void {
    if (this.sep === null) {
      const from = this.findSeparator(text);
      if (from < 0) return;
      const held = this.head.join('');
      this.head = [];
      this.parse(held, out);
      this.parse(text.slice(from), out);
      return;
    }
    this.parse(text, out);
  }

  end(out: CsvRecord[]): void {
    if (this.sep === null) {
      this.sep = separatorOf(this.semicolons, this.commas, this.tabs);
      const held = this.head.join('');
      this.head = [];
      this.parse(held, out);
    }
    if (this.quoteRun > 0) this.closeQuoteRun(true);
    if (this.quoted && /[\r\n]/.test(this.field))
      throw budgetError(
        this.name,
        `в строке ${this.rowLine} открыта кавычка, которая не закрыта до конца файла, — все строки после неё слились в одну ячейку. Закройте кавычку (или удалите лишнюю) в строке ${this.rowLine} и загрузите снова.`,
      );
    if (this.field !== '' || this.row.length > 0 || !this.fieldStart) this.emit(out);
    this.row = [];
    this.field = '';
  }

  /**
   * Scans new text for the end of the first non-blank line (its first line break, as a
   * spreadsheet writes a header); blank lines before it are dropped, their line numbers kept. Returns where in `text` the held line ends (its text is in `head`),
   * or -1 when the line goes on into the next chunk.
   */
  private findSeparator(text: string): number {
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (this.headCr) {
        this.headCr = false;
        if (ch === 10) {
          lineStart = i + 1;
          continue;
        }
      }
      if (ch === 10 || ch === 13) {
        if (this.headFilled) {
          this.sep = separatorOf(this.semicolons, this.commas, this.tabs);
          this.head.push(text.slice(lineStart, i));
          return i;
        }
        // a blank line before the header: dropped, counted
        this.head = [];
        this.headChars = 0;
        this.headQuoted = false;
        this.semicolons = this.commas = this.tabs = 0;
        this.line++;
        this.rowLine = this.line;
        this.headCr = ch === 13;
        lineStart = i + 1;
        continue;
      }
      if (ch === 34) this.headQuoted = !this.headQuoted;
      else if (!this.headQuoted && ch === 59) this.semicolons++;
      else if (!this.headQuoted && ch === 44) this.commas++;
      else if (!this.headQuoted && ch === 9) this.tabs++;
      if (ch !== 32 && ch !== 9) this.headFilled = true;
      if (++this.headChars > this.budget.maxLineChars) throw this.lineTooLong();
    }
    this.head.push(text.slice(lineStart));
    return -1;
  }

  private parse(text: string, out: CsvRecord[]): void {
    // character codes, not one-character strings: the loop stays on small integers
    const sep = this.sep!.charCodeAt(0);
    const max = this.budget.maxLineChars;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const ch = text.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === LF) continue;
      }
      this.recordChars++;
      if (this.quoteRun > 0) {
        if (ch === QUOTE) this.quoteRun++;
        else this.closeQuoteRun(ch === sep || ch === LF || ch === CR);
      }
      if (this.quoteRun > 0) {
        // quotes are being counted
      } else if (this.quoted) {
        if (ch === QUOTE) this.quoteRun = 1;
        else {
          // the run of quoted characters up to the next quote, taken at once
          let j = i;
          while (j < length) {
            const c = text.charCodeAt(j);
            if (c === QUOTE) break;
            if (c === LF) this.line++;
            j++;
          }
          this.field += text.slice(i, j);
          this.recordChars += j - i - 1;
          i = j - 1;
        }
      } else if (ch === sep) this.endField();
      else if (ch === LF || ch === CR) {
        if (ch === CR) this.pendingCr = true;
        this.emit(out);
        this.line++;
        this.rowLine = this.line;
      } else if (ch === QUOTE && this.fieldStart) {
        this.quoted = true;
        this.fieldStart = false;
      } else {
        // the run of plain characters up to the next separator or line end, taken at once
        let j = i + 1;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === sep || c === LF || c === CR) break;
          j++;
        }
        this.field += text.slice(i, j);
        this.fieldStart = false;
        this.recordChars += j - i - 1;
        i = j - 1;
      }
      if (this.recordChars > max) throw this.lineTooLong();
    }
  }

  /** Quotes inside a quoted field: before a separator or line end half of them (rounded down) are characters and the last closes the field; elsewhere half of them rounded up are characters. */
  private closeQuoteRun(atEnd: boolean): void {
    const k = this.quoteRun;
    this.quoteRun = 0;
    this.field += '"'.repeat(atEnd ? Math.floor(k / 2) : Math.ceil(k / 2));
    if (atEnd) this.quoted = false;
  }

  private endField(): void {
    if (this.row.length >= this.budget.maxColumns)
      throw budgetError(
        this.name,
        `в строке ${this.rowLine} больше ${count(this.budget.maxColumns)} столбцов — столько в этой таблице не бывает. Проверьте разделитель столбцов (точка с запятой, запятая или табуляция) и загрузите снова.`,
      );
    this.row.push(this.field);
    this.field = '';
    this.fieldStart = true;
  }

  private emit(out: CsvRecord[]): void {
    this.endField();
    if (++this.rows > this.budget.maxRows)
      throw budgetError(
        this.name,
        `в нём больше ${count(this.budget.maxRows)} строк (строка ${this.rowLine})${this.budget.rowsReason ? ` — ${this.budget.rowsReason}` : ''}. Проверьте, что выбран нужный файл, или разделите его на части.`,
      );
    out.push({ cells: this.row, line: this.rowLine });
    this.row = [];
    this.recordChars = 0;
  }

  private lineTooLong(): AppError {
    return budgetError(
      this.name,
      `строка ${this.rowLine} длиннее ${count(this.budget.maxLineChars)} символов — это не таблица: в файле нет разделителей строк или в строке не закрыта кавычка. Проверьте разделитель строк (сохраните таблицу из Excel или LibreOffice как CSV) и кавычки в этой строке, затем загрузите снова.`,
    );
  }
}
