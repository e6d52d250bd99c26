import type { Outcome } from '../outcome.ts';
import { CELL_INVALID, CELL_MISSING, CELL_OK } from '../rating/rate-columns.ts';

/**
 * The stored outcomes of a period in one block: a row per object (organisation, municipality,
 * region), a column per indicator; cell row × columns + column. `kinds` says what a cell is
 * (CELL_NONE where nothing was computed), `values` holds the number where ok and the index of its
 * reason in `reasons` where missing or invalid. A region's 600,000 outcomes take 5 MB this way.
 */
export interface OutcomeTable {
  rowOf: ReadonlyMap<number, number>;
  columnOf: ReadonlyMap<string, number>;
  kinds: Uint8Array;
  values: Float64Array;
  reasons: readonly string[];
}

/** An empty table (every cell CELL_NONE) for these objects and indicator codes, with a setter that keeps reasons once each. */
export function outcomeTable(objectIds: readonly number[], codes: readonly string[]) {
  const rowOf = new Map(objectIds.map((id, i) => [id, i]));
  const columnOf = new Map(codes.map((code, j) => [code, j]));
  const cells = rowOf.size * columnOf.size;
  const reasons: string[] = [];
  const reasonAt = new Map<string, number>();
  const table: OutcomeTable = { rowOf, columnOf, kinds: new Uint8Array(cells), values: new Float64Array(cells), reasons };
  /** Sets the outcome of an object's indicator; unknown objects and codes are ignored. */
  const set = (objectId: number, code: string, kind: Outcome['kind'], value: number, reason: string): void => {
    const row = rowOf.get(objectId);
    const column = columnOf.get(code);
    if (row === undefined || column === undefined) return;
    const cell = row * columnOf.size + column;
    if (kind === 'ok') {
      table.kinds[cell] = CELL_OK;
      table.values[cell] = value;
      return;
    }
    let at = reasonAt.get(reason);
    if (at === undefined) {
      at = reasons.push(reason) - 1;
      reasonAt.set(reason, at);
    }
    table.kinds[cell] = kind === 'invalid' ? CELL_INVALID : CELL_MISSING;
    table.values[cell] = at;
  };
  return { table, set };
}

/** A table holding these outcomes (undefined: not computed). */
export function outcomeTableOf(
  objectIds: readonly number[],
  codes: readonly string[],
  outcomeOf: (objectId: number, code: string) => Outcome | undefined,
): OutcomeTable {
  const { table, set } = outcomeTable(objectIds, codes);
  for (const id of objectIds)
    for (const code of codes) {
      const o = outcomeOf(id, code);
      if (o) set(id, code, o.kind, o.kind === 'ok' ? o.value : 0, o.kind === 'ok' ? '' : o.reason);
    }
  return table;
}
