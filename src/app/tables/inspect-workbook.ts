import { setImmediate as nextTurn } from 'node:timers/promises';
import { createInflateRaw } from 'node:zlib';
import { parseCellRange, boxArea } from '../../domain/tables/cell-range.ts';
import { SheetXmlScanner, unescapeXml } from '../../domain/tables/sheet-xml-scanner.ts';
import { bookOverBudget, sheetOverBudget, type WorkbookBudget } from '../../domain/tables/workbook-budget.ts';
import { ZIP_LIMITS, zipEntries, type ZipEntry, type ZipVerdict } from './inspect-zip.ts';

/** Why a workbook is refused before parsing; null when it may be parsed. */
export type WorkbookVerdict = ZipVerdict | { kind: 'over_budget'; message: string };

const WORKSHEET = /(^|\/)xl\/worksheets\/[^/]+\.xml$/i;
/**
 * What ExcelJS itself takes for a sheet (lib/xlsx/xlsx.js): unanchored, so `xl/worksheets/sheet1.xml.bak`
 * or `axl/worksheets/sheet1.xml` is parsed cell by cell too and must be counted. Its other parts
 * (tables, comments, drawings, rels) hold no ranges it expands: a table's ref, a note's or a
 * hyperlink's address and a conditional format's sqref stay strings, applied only to cells that exist.
 */
const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const isSheet = (name: string) => WORKSHEET.test(name) || EXCELJS_WORKSHEET.test(name);
const BOOK = /^xl\/workbook\.xml$/i;
const BOOK_RELS = /^xl\/_rels\/workbook\.xml\.rels$/i;
/** workbook.xml and its relations are small in any real book; beyond this they are not read as text. */
const MAX_BOOK_TEXT = 16 * 1024 * 1024;
/** Stored (not deflated) parts are scanned in slices of this size, yielding to other requests between them. */
const SLICE = 256 * 1024;

type Unpacked = { kind: 'done'; bytes: number } | { kind: 'stopped'; bytes: number } | { kind: 'too_big' } | { kind: 'corrupt' };

/**
 * Unpacks one part without blocking the server: inflation runs on the thread pool, the text is
 * handed to `onText` chunk by chunk (64 KiB), and unpacking stops as soon as the byte budget is
 * spent or `onText` answers false.
 */
async function unpack(entry: ZipEntry, budget: number, onText?: (text: string) => boolean): Promise<Unpacked> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  if (entry.method === 0) {
    if (entry.data.length > budget) return { kind: 'too_big' };
    for (let at = 0; at < entry.data.length; at += SLICE) {
      if (onText && !onText(decoder.decode(entry.data.subarray(at, at + SLICE), { stream: true }))) {
        return { kind: 'stopped', bytes: at + SLICE };
      }
      if (at + SLICE < entry.data.length) await nextTurn();
    }
    onText?.(decoder.decode());
    return { kind: 'done', bytes: entry.data.length };
  }
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let bytes = 0;
    let settled = false;
    const finish = (result: Unpacked) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      if (bytes > budget) return finish({ kind: 'too_big' });
      if (onText && !onText(decoder.decode(chunk, { stream: true }))) finish({ kind: 'stopped', bytes });
    });
    inflate.on('end', () => {
      onText?.(decoder.decode());
      finish({ kind: 'done', bytes });
    });
    inflate.on('error', () => finish({ kind: 'corrupt' }));
    inflate.end(entry.data);
  });
}

const attr = (attrs: string, name: string) => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
};

/** Sheet names by their part path, and what the book's named ranges cover. */
function readBook(bookXml: string, relsXml: string) {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^<>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id === null || target === null) continue;
    targets.set(id, (target.startsWith('/') ? target.slice(1) : `xl/${target}`).toLowerCase());
  }
  const names = new Map<string, string>();
  let sheets = 0;
  for (const m of bookXml.matchAll(/<(?:\w+:)?sheet(?=[\s/>])([^<>]*)>/g)) {
    sheets++;
    const name = attr(m[1]!, 'name');
    const id = attr(m[1]!, 'r:id') ?? attr(m[1]!, '[\\w]+:id');
    const part = id === null ? undefined : targets.get(id);
    if (name !== null && part !== undefined) names.set(part, name);
  }
  let namedCells = 0;
  let largest = 0;
  let largestName: string | null = null;
  for (const m of bookXml.matchAll(/<(?:\w+:)?definedName\b([^<>]*)>([^<]*)</g)) {
    const name = attr(m[1]!, 'name') ?? '';
    // print areas and titles are read as page settings, not cell by cell
    if (/^_xlnm\.print_(area|titles)$/i.test(name)) continue;
    let area = 0;
    for (const ref of unescapeXml(m[2]!).matchAll(/!(\$?[A-Za-z]{1,4}\$?\d+(?::\$?[A-Za-z]{1,4}\$?\d+)?)/g)) {
      const box = parseCellRange(ref[1]!);
      if (box) area += boxArea(box);
    }
    namedCells += area;
    if (area > largest) {
      largest = area;
      largestName = name;
    }
  }
  return { names, sheets, namedCells, largestName };
}

/**
 * Inspects an uploaded workbook before any parser sees it, without blocking the server: the ZIP
 * byte budget (see inspectZip), then the workbook's own budget — sheets, cells, the last row and
 * column, merged, validated and named ranges — counted from the XML as it is unpacked, so a 1.5 KB
 * file declaring a merged range of fifteen million cells is refused after reading a few bytes.
 */
export async function inspectWorkbook(
  bytes: Uint8Array,
  budget: WorkbookBudget,
  limits: { unpackedBytes: number; entries: number } = ZIP_LIMITS,
): Promise<WorkbookVerdict> {
  const entries = zipEntries(bytes, limits);
  if (!Array.isArray(entries)) return entries;
  let unpacked = 0;
  const tooBig = { kind: 'too_big', unpackedBytes: limits.unpackedBytes + 1 } as const;

  // the book and its relations first, so that a refusal can name the sheet
  const texts = new Map<string, string>();
  for (const entry of entries.filter((e) => BOOK.test(e.name) || BOOK_RELS.test(e.name))) {
    let text = '';
    const result = await unpack(entry, Math.min(MAX_BOOK_TEXT, limits.unpackedBytes - unpacked), (t) => ((text += t), true));
    if (result.kind === 'corrupt') return { kind: 'not_zip' };
    if (result.kind !== 'done') return tooBig;
    unpacked += result.bytes;
    texts.set(BOOK.test(entry.name) ? 'book' : 'rels', text);
  }
  const book = readBook(texts.get('book') ?? '', texts.get('rels') ?? '');
  const sheetParts = entries.filter((e) => isSheet(e.name)).length;
  const bookProblem = bookOverBudget({ ...book, sheets: Math.max(book.sheets, sheetParts) }, budget);
  if (bookProblem) return { kind: 'over_budget', message: bookProblem };

  const totals = { cells: 0, mergedCells: 0, validatedCells: 0 };
  for (const entry of entries) {
    if (BOOK.test(entry.name) || BOOK_RELS.test(entry.name)) continue;
    const left = limits.unpackedBytes - unpacked;
    if (!isSheet(entry.name)) {
      const result = await unpack(entry, left);
      if (result.kind === 'corrupt') return { kind: 'not_zip' };
      if (result.kind !== 'done') return tooBig;
      unpacked += result.bytes;
      continue;
    }
    const scanner = new SheetXmlScanner();
    const name = book.names.get(entry.name.toLowerCase()) ?? null;
    let problem: string | null = null;
    const check = () => {
      const s = scanner.stats;
      problem = sheetOverBudget(
        name,
        s,
        {
          cells: totals.cells + s.cells,
          mergedCells: totals.mergedCells + s.mergedCells,
          validatedCells: totals.validatedCells + s.validatedCells,
        },
        budget,
      );
      return problem === null;
    };
    const result = await unpack(entry, left, (text) => {
      scanner.feed(text);
      return check();
    });
    if (result.kind === 'corrupt') return { kind: 'not_zip' };
    if (result.kind === 'too_big') return tooBig;
    if (result.kind === 'done') {
      scanner.end();
      check();
    }
    if (problem !== null) return { kind: 'over_budget', message: problem };
    unpacked += result.bytes;
    totals.cells += scanner.stats.cells;
    totals.mergedCells += scanner.stats.mergedCells;
    totals.validatedCells += scanner.stats.validatedCells;
  }
  return null;
}
