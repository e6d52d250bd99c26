import { parseBreakdownKey } from '../catalogue/breakdown-key.ts';

/** Column states of an ElementTable. */
export const ABSENT = 0;
export const PRESENT = 1;
export const NOT_A_NUMBER = 2;

/**
 * A period's element values in typed arrays: one row per object (organisation or municipality),
 * one column per element reference of the compiled formulas (code + filter). A cell is the sum of
 * the object's values that match the reference (from 0, in the order they were added), and its
 * state: ABSENT (no matching value → missing), PRESENT, or NOT_A_NUMBER (a non-finite value among them → invalid).
 */
export interface ElementTable {
  rows: number;
  columns: number;
  values: Float64Array;
  state: Uint8Array;
  /** Whether the object has any value of the element (row × element code index). */
  hasElement(row: number, code: string): boolean;
}

/** An element reference: a column of the table. */
export interface ElementColumn {
  code: string;
  filter: Readonly<Record<string, string>>;
}

/** The columns of a set of formulas, one per distinct reference (code + filter pairs). */
export class ElementColumns {
  readonly list: ElementColumn[] = [];
  private readonly byKey = new Map<string, number>();

  /** The column of a reference, added on first use (ColumnOf for compileFormula). */
  readonly columnOf = (code: string, filter: Readonly<Record<string, string>>): number => {
    const pairs = Object.keys(filter)
      .sort()
      .map((k) => [k, filter[k]]);
    const key = JSON.stringify([code, pairs]);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    this.list.push({ code, filter });
    this.byKey.set(key, this.list.length - 1);
    return this.list.length - 1;
  };

  /** Element codes the columns read. */
  codes(): string[] {
    return [...new Set(this.list.map((c) => c.code))];
  }
}

/** Fills an ElementTable value by value (in the order the pure engine would read them). */
export class ElementTableBuilder {
  private readonly values: Float64Array;
  private readonly state: Uint8Array;
  private readonly present: Uint8Array;
  private readonly codeIndex = new Map<string, number>();
  /** Per element code: its columns and, per breakdown key, whether each column's filter matches. */
  private readonly byCode = new Map<
    string,
    { columns: number[]; filters: Readonly<Record<string, string>>[]; matches: Map<string, number[]> }
  >();

  constructor(
    private readonly columns: readonly ElementColumn[],
    private readonly rows: number,
  ) {
    this.values = new Float64Array(rows * columns.length);
    this.state = new Uint8Array(rows * columns.length);
    columns.forEach((c, i) => {
      const entry = this.byCode.get(c.code) ?? {
        columns: [] as number[],
        filters: [] as Readonly<Record<string, string>>[],
        matches: new Map<string, number[]>(),
      };
      entry.columns.push(i);
      entry.filters.push(c.filter);
      this.byCode.set(c.code, entry);
      if (!this.codeIndex.has(c.code)) this.codeIndex.set(c.code, this.codeIndex.size);
    });
    this.present = new Uint8Array(rows * this.codeIndex.size);
  }

  /** Adds one stored value of an object (row); codes no column reads are ignored. */
  add(row: number, code: string, breakdown: string, value: number): void {
    const entry = this.byCode.get(code);
    if (!entry) return;
    this.present[row * this.codeIndex.size + (this.codeIndex.get(code) ?? 0)] = 1;
    let matching = entry.matches.get(breakdown);
    if (!matching) {
      const parts = parseBreakdownKey(breakdown);
      matching = entry.columns.filter((_, k) => Object.entries(entry.filters[k] ?? {}).every(([key, v]) => parts[key] === v));
      entry.matches.set(breakdown, matching);
    }
    const stride = this.columns.length;
    const notANumber = !Number.isFinite(value);
    for (const column of matching) {
      const at = row * stride + column;
      this.values[at] = (this.values[at] ?? 0) + value;
      if (notANumber) this.state[at] = NOT_A_NUMBER;
      else if (this.state[at] === ABSENT) this.state[at] = PRESENT;
    }
  }

  table(): ElementTable {
    const { present, codeIndex } = this;
    const width = codeIndex.size;
    return {
      rows: this.rows,
      columns: this.columns.length,
      values: this.values,
      state: this.state,
      hasElement: (row, code) => {
        const k = codeIndex.get(code);
        return k !== undefined && present[row * width + k] === 1;
      },
    };
  }
}
