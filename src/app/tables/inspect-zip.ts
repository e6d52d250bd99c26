import { crc32, inflateRawSync } from 'node:zlib';

/** How far an uploaded workbook may unpack: far above any real monitoring file, far below what hurts the server. */
export const ZIP_LIMITS = {
  /** Total bytes of all parts once unpacked. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Parts in the archive (sheets, styles, relations…). */
  entries: 20_000,
} as const;

/** Why an archive is refused, in words for the user; null when it may be opened. */
export type ZipVerdict =
  { kind: 'not_zip' } | { kind: 'too_big'; unpackedBytes: number } | { kind: 'too_many_parts'; entries: number } | null;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** One part of an archive as stored: its name, compression method (0 stored, 8 deflated) and packed bytes. */
export interface ZipEntry {
  name: string;
  method: number;
  data: Buffer;
}

/**
 * The name JSZip (and so ExcelJS) gives a part: without the UTF-8 flag, an Info-ZIP Unicode Path
 * extra field (0x7075) whose CRC matches the stored name replaces it. A crafted archive may store
 * `notes.txt` and declare `xl/worksheets/sheet2.xml` there, so the check must read the same name.
 */
function partName(buf: Buffer, record: number, nameLength: number, extraLength: number): string {
  const raw = buf.subarray(record + 46, record + 46 + nameLength);
  const flags = buf.readUInt16LE(record + 8);
  let unicodePath: string | null = null;
  if ((flags & 0x800) === 0) {
    const end = Math.min(record + 46 + nameLength + extraLength, buf.length);
    // as JSZip reads them: id and length, the later of two fields with one id winning
    for (let at = record + 46 + nameLength; at + 4 < end;) {
      const id = buf.readUInt16LE(at);
      const length = buf.readUInt16LE(at + 2);
      const value = buf.subarray(at + 4, at + 4 + length);
      at += 4 + length;
      if (id !== 0x7075) continue;
      unicodePath = value.length >= 5 && value[0] === 1 && value.readUInt32LE(1) === crc32(raw) ? value.toString('utf8', 5) : null;
    }
  }
  return unicodePath ?? raw.toString('utf8');
}

/**
 * Reads the central directory of a ZIP archive: the parts with their packed bytes (nothing is
 * unpacked). A file that is not an archive, or one with more parts than any workbook has, gets its verdict.
 */
export function zipEntries(bytes: Uint8Array, limits: { entries: number } = ZIP_LIMITS): ZipEntry[] | NonNullable<ZipVerdict> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { kind: 'not_zip' };
  const count = buf.readUInt16LE(eocd + 10);
  const centralOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || centralOffset === 0xffffffff) return { kind: 'too_many_parts', entries: count };
  if (count > limits.entries) return { kind: 'too_many_parts', entries: count };
  const entries: ZipEntry[] = [];
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) return { kind: 'not_zip' };
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const name = partName(buf, at, nameLength, extraLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) return { kind: 'not_zip' };
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize) return { kind: 'not_zip' };
    if (method !== 0 && method !== 8) return { kind: 'not_zip' };
    entries.push({ name, method, data });
  }
  return entries;
}

/**
 * Inspects a ZIP archive (an XLSX file) before a parser unpacks it into memory: reads the central
 * directory and actually inflates every part with a running byte budget, so a "ZIP bomb" (a few
 * megabytes unpacking to gigabytes, or sizes in the headers that lie) is refused after at most the
 * budget, not after the process ran out of memory. The bytes are not kept.
 */
export function inspectZip(bytes: Uint8Array, limits: { unpackedBytes: number; entries: number } = ZIP_LIMITS): ZipVerdict {
  const entries = zipEntries(bytes, limits);
  if (!Array.isArray(entries)) return entries;
  let unpacked = 0;
  for (const { method, data } of entries) {
    const budget = limits.unpackedBytes - unpacked;
    if (method === 0) {
      unpacked += data.length;
    } else {
      try {
        unpacked += inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
      } catch (error) {
        if (error instanceof RangeError) return { kind: 'too_big', unpackedBytes: limits.unpackedBytes + 1 };
        return { kind: 'not_zip' };
      }
    }
    if (unpacked > limits.unpackedBytes) return { kind: 'too_big', unpackedBytes: unpacked };
  }
  return null;
}

/** The end-of-central-directory record is in the last 64 KiB + 22 bytes; -1 when absent. */
function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 0xffff - 22);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
