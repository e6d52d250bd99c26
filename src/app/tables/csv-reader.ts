import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { budgetError, CsvRecordParser, type CsvBudget, type CsvRecord, type CsvSeparator } from './csv-parser.ts';
import { markLength, sniffEncoding, type TextEncoding } from './text-encoding.ts';

export type { CsvBudget, CsvRecord, CsvSeparator };

/** Bytes decoded and parsed between two turns of the event loop. */
const CHUNK_BYTES = 64 * 1024;

const MIB = 1024 * 1024;

function tooBig(name: string, bytes: number, budget: CsvBudget) {
  const limit = budget.maxBytes >= MIB ? `${Math.floor(budget.maxBytes / MIB)} МБ` : `${budget.maxBytes} байт`;
  return budgetError(
    name,
    `в нём ${bytes.toLocaleString('ru-RU')} байт, а допустимо до ${limit}. Проверьте, что выбран нужный файл, или разделите его на части.`,
  );
}

/**
 * Reads CSV bytes (chunks of a file or of bytes in memory) into batches of records: one encoding
 * detector, one parser, one budget. The encoding is found from the first chunk given.
 */
async function* recordBatches(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  budget: CsvBudget,
  onEncoding: (e: TextEncoding) => void,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRecord[], CsvSeparator, undefined> {
  let decoder: TextDecoder | null = null;
  const parser = new CsvRecordParser(budget, name);
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    let body = chunk;
    if (decoder === null) {
      const encoding = sniffEncoding(chunk);
      onEncoding(encoding);
      body = chunk.subarray(markLength(chunk, encoding));
      decoder = new TextDecoder(encoding);
    }
    const out: CsvRecord[] = [];
    parser.push(decoder.decode(body, { stream: true }), out);
    onBytes?.(bytes);
    if (out.length) yield out;
  }
  const out: CsvRecord[] = [];
  if (decoder) parser.push(decoder.decode(), out);
  parser.end(out);
  if (out.length) yield out;
  return parser.separator ?? ',';
}

/** Chunks of bytes in memory, with a turn of the event loop between them: parsing never blocks the server. */
async function* inTurns(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    if (i > 0) await nextTurn();
    yield bytes.subarray(i, i + CHUNK_BYTES);
  }
}

/**
 * Reads a CSV held in memory (an upload) under its budget: the records with their lines, the
 * encoding and the separator. Parsed by 64 KiB with a turn of the event loop between them.
 */
export async function readCsvBytes(
  bytes: Uint8Array,
  name: string,
  budget: CsvBudget,
): Promise<{ records: CsvRecord[]; encoding: TextEncoding; separator: CsvSeparator }> {
  if (bytes.length > budget.maxBytes) throw tooBig(name, bytes.length, budget);
  let encoding: TextEncoding = 'utf-8';
  const records: CsvRecord[] = [];
  const batches = recordBatches(inTurns(bytes), name, budget, (e) => (encoding = e));
  for (;;) {
    const next = await batches.next();
    if (next.done) return { records, encoding, separator: next.value };
    for (const r of next.value) records.push(r);
  }
}

/**
 * Streams the records of a CSV file under its budget, in batches, reporting the bytes read; the
 * file is never held whole. The encoding is found from its first 64 KiB.
 */
export async function* csvFileRecords(
  path: string,
  name: string,
  budget: CsvBudget,
  onBytes?: (bytes: number, total: number) => void,
): AsyncGenerator<CsvRecord[], void, undefined> {
  const total = (await stat(path)).size;
  if (total > budget.maxBytes) throw tooBig(name, total, budget);
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
  try {
    yield* recordBatches(
      stream,
      name,
      budget,
      () => {},
      (bytes) => onBytes?.(bytes, total),
    );
  } finally {
    (stream as unknown as { destroy(): void }).destroy();
  }
}

/** The encoding a CSV file is read with (shown to the operator). */
export async function csvFileEncoding(path: string): Promise<TextEncoding> {
  for await (const chunk of createReadStream(path, { start: 0, end: CHUNK_BYTES - 1 }) as AsyncIterable<Buffer>)
    return sniffEncoding(chunk);
  return 'utf-8';
}
