import { boxArea, parseCellAddress, parseCellRange } from './cell-range.ts';

/** What one worksheet part holds, counted without parsing it into cells. */
export interface SheetStats {
  /** `<c>` elements: cells with a value or only a format (a reader materialises both). */
  cells: number;
  /** `<row>` elements. */
  rows: number;
  /** The largest row and column reached by a cell, a row or a merged range. */
  maxRow: number;
  maxColumn: number;
  /** Cells covered by merged ranges, and the largest range. */
  mergedCells: number;
  largestMerge: string | null;
  /** Cells covered by data-validation ranges, and the largest range. */
  validatedCells: number;
  largestValidation: string | null;
  /**
   * The last column `<cols>` describes (width or format): a reader creates one column object for
   * each up to it, from the smaller of min and max onwards, whether or not a cell is there.
   */
  declaredColumns: number;
  /** A start tag longer than the scanner reads: no writer makes one, so the part cannot be counted. */
  oversizedTag: boolean;
}

export const emptySheetStats = (): SheetStats => ({
  cells: 0,
  rows: 0,
  maxRow: 0,
  maxColumn: 0,
  mergedCells: 0,
  largestMerge: null,
  validatedCells: 0,
  largestValidation: null,
  declaredColumns: 0,
  oversizedTag: false,
});

// Elements whose attributes matter; an optional namespace prefix (`x:c`) is allowed, as some writers use one.
// Attributes stop at `<` as well as `>` (XML allows neither raw in a value), so `<c <c <c …` costs linear time.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|col|row|mergeCell|dataValidation)(?=[\s/>])([^<>]*)>/g;
/** Character and entity references, decoded as the parser will (`ref="A1&#58;Z600000"` is a range). */
export const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()] !== undefined) return named[e.toLowerCase()]!;
    const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
const attribute = (attrs: string, name: string): string | null => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
};
/** The parser's reading of a number attribute (parseInt), so that `max="5e7"` counts as 5, as it does there. */
const integer = (value: string | null) => {
  const n = parseInt(value ?? '0', 10);
  return Number.isFinite(n) ? n : 0;
};
/**
 * The longest start tag read. Real tags are short (a long `sqref` of scattered ranges is a few KB); a
 * longer one is padding meant to slip a range past the count, and is reported, never skipped.
 */
export const MAX_TAG = 1024 * 1024;

/**
 * Counts a worksheet's XML as it streams in, chunk by chunk, so that a budget can be checked long
 * before a parser would materialise the cells (a 1.5 KB file may declare one merged range of
 * fifteen million cells). Only the start tags of cells, rows, column widths, merged ranges and data validations
 * are looked at; a tag cut between two chunks is carried to the next.
 */
export class SheetXmlScanner {
  readonly stats = emptySheetStats();
  private carry = '';
  private row = 0;
  private column = 0;
  private largestMergeArea = 0;
  private largestValidationArea = 0;

  feed(text: string): void {
    const all = this.carry + text;
    const cut = all.lastIndexOf('<');
    const closed = cut >= 0 && all.indexOf('>', cut) < 0 ? cut : all.length;
    this.scan(all.slice(0, closed));
    const rest = all.slice(closed);
    if (rest.length > MAX_TAG) this.stats.oversizedTag = true;
    this.carry = this.stats.oversizedTag ? '' : rest;
  }

  /** Scans what is left once the part has ended. */
  end(): void {
    this.scan(this.carry);
    this.carry = '';
  }

  private scan(text: string): void {
    const s = this.stats;
    for (const m of text.matchAll(TAG)) {
      const attrs = m[2] ?? '';
      switch (m[1] as 'c' | 'col' | 'row' | 'mergeCell' | 'dataValidation') {
        case 'col': {
          // ExcelJS's Column.fromModel creates columns 1…min−1 and min…max, one object each
          const last = Math.max(integer(attribute(attrs, 'min')) - 1, integer(attribute(attrs, 'max')));
          if (last > s.declaredColumns) s.declaredColumns = last;
          break;
        }
        case 'row': {
          s.rows++;
          const r = Number(attribute(attrs, 'r'));
          this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
          this.column = 0;
          if (this.row > s.maxRow) s.maxRow = this.row;
          break;
        }
        case 'c': {
          s.cells++;
          const at = parseCellAddress(attribute(attrs, 'r') ?? '');
          if (at) {
            this.column = at.column;
            if (at.row > s.maxRow) s.maxRow = at.row;
          } else this.column++;
          if (this.column > s.maxColumn) s.maxColumn = this.column;
          break;
        }
        case 'mergeCell': {
          const ref = attribute(attrs, 'ref') ?? '';
          const box = parseCellRange(ref);
          if (!box) break;
          const area = boxArea(box);
          s.mergedCells += area;
          if (area > this.largestMergeArea) {
            this.largestMergeArea = area;
            s.largestMerge = ref;
          }
          if (box.bottom > s.maxRow) s.maxRow = box.bottom;
          if (box.right > s.maxColumn) s.maxColumn = box.right;
          break;
        }
        case 'dataValidation': {
          for (const ref of (attribute(attrs, 'sqref') ?? '').split(/\s+/)) {
            const box = parseCellRange(ref);
            if (!box) continue;
            const area = boxArea(box);
            s.validatedCells += area;
            if (area > this.largestValidationArea) {
              this.largestValidationArea = area;
              s.largestValidation = ref;
            }
          }
          break;
        }
      }
    }
  }
}
