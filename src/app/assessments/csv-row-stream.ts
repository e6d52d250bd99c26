import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError } from '../app-error.ts';
import { CSV_LIMITS, CsvRecordParser, csvLineTooLong, detectSeparator, type CsvRecord } from '../tables/csv-record-parser.ts';
import type { TextEncoding } from '../tables/decode-text.ts';

export { CsvRecordParser, detectSeparator, type CsvRecord } from '../tables/csv-record-parser.ts';

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
      if (nl < 0 && head.length > CSV_LIMITS.lineChars) throw csvLineTooLong(1, CSV_LIMITS);
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
