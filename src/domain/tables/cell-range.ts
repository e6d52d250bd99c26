/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column number of spreadsheet letters: A → 1, AA → 27; 0 when not letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + (code - 64);
  }
  return n;
}

const CELL = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})$/;

/** Row and column of a cell address such as `B7` or `$B$7`; null for anything else. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = CELL.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]!) };
}

/**
 * The cells of an A1-style range (`A1:Z600000`, `$B$2`, `Лист!$A$1:$C$9`), corners in any order;
 * null when the reference has no rows or no columns (`A:A`, `1:3`), which a reader does not expand cell by cell.
 */
export function parseCellRange(ref: string): CellBox | null {
  const bang = ref.lastIndexOf('!');
  const [from, to = from] = (bang >= 0 ? ref.slice(bang + 1) : ref).split(':');
  const a = parseCellAddress(from ?? '');
  const b = parseCellAddress(to ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** How many cells a box covers. */
export const boxArea = (box: CellBox) => (box.bottom - box.top + 1) * (box.right - box.left + 1);
