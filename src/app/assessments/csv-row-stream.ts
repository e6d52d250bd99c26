import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError } from '../app-error.ts';
import type { TextEncoding } from '../tables/decode-text.ts';

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

  constructor(private readonly separator: string) {}

  push(text: string, out: CsvRecord[]): void {
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

/** The encoding of a text file from its first bytes: UTF-16 by its mark, UTF-8 when valid, else Windows-1251. */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.subarray(0, 8192).includes(0))
    throw new AppError(
      'import_invalid',
      'Файл — не текстовая таблица CSV: в нём двоичные данные (похоже на книгу Excel .xls, PDF или архив). Сохраните таблицу как CSV или как книгу .xlsx и загрузите снова.',
    );
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

/**
 * Streams the records of a CSV file with their line numbers, in batches, reporting the bytes read.
 * The encoding and separator are found from the file's first 64 KiB.
 */
export async function* csvRecords(
  path: string,
  onBytes?: (bytes: number, total: number) => void,
): AsyncGenerator<CsvRecord[], void, undefined> {
  const total = (await stat(path)).size;
  let decoder: TextDecoder | null = null;
  let parser: CsvRecordParser | null = null;
  let head = '';
  let bytes = 0;
  let encoding: TextEncoding = 'utf-8';
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    let body: Uint8Array = chunk;
    if (decoder === null) {
      encoding = sniffEncoding(chunk);
      const skip =
        encoding === 'utf-8' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : encoding.startsWith('utf-16') ? 2 : 0;
      body = chunk.subarray(skip);
      decoder = new TextDecoder(encoding);
    }
    const text = decoder.decode(body, { stream: true });
    const out: CsvRecord[] = [];
    if (parser === null) {
      head += text;
      const nl = head.search(/\r|\n/);
      if (nl < 0 && bytes < total) continue;
      parser = new CsvRecordParser(detectSeparator(nl < 0 ? head : head.slice(0, nl)));
      parser.push(head, out);
    } else parser.push(text, out);
    onBytes?.(bytes, total);
    if (out.length) yield out;
  }
  const out: CsvRecord[] = [];
  if (parser === null) {
    parser = new CsvRecordParser(detectSeparator(head));
    parser.push(head, out);
  }
  if (decoder) parser.push(decoder.decode(), out);
  parser.end(out);
  if (out.length) yield out;
}

/** The encoding a CSV file is read with (shown to the operator). */
export async function csvEncoding(path: string): Promise<TextEncoding> {
  for await (const chunk of createReadStream(path, { start: 0, end: 65535 }) as AsyncIterable<Buffer>) return sniffEncoding(chunk);
  return 'utf-8';
}
