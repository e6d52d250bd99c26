import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a hand-made ZIP archive; `claimedSize` lets a test lie in the headers, as a bomb does. */
export interface ZipPart {
  name: string;
  data: Buffer;
  claimedSize?: number;
  /** An Info-ZIP Unicode Path extra field (0x7075): the name JSZip then reads instead of `name`. */
  unicodePath?: string;
}

/** A ZIP archive with deflated parts, written by hand so tests can build what no honest tool writes. */
export function zipArchive(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data);
    const size = part.claimedSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const extra = Buffer.alloc(0);
    let unicode = extra;
    if (part.unicodePath !== undefined) {
      const path = Buffer.from(part.unicodePath, 'utf8');
      unicode = Buffer.alloc(9 + path.length);
      unicode.writeUInt16LE(0x7075, 0);
      unicode.writeUInt16LE(5 + path.length, 2);
      unicode.writeUInt8(1, 4);
      unicode.writeUInt32LE(crc32(name), 5);
      path.copy(unicode, 9);
      central.writeUInt16LE(unicode.length, 30);
    }
    locals.push(local, name, packed);
    centrals.push(central, name, unicode);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
