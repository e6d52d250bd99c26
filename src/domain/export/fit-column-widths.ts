/**
 * Column widths of a table set from its content: every column at least as wide as its `minimums`
 * (the longest word of its header, so a header never breaks mid-word), the rest of `total` shared
 * by the `weights`. When the minimums alone exceed the total they are scaled down to fit (a word
 * then breaks: better than a table wider than the page).
 */
export function fitColumnWidths(weights: readonly number[], minimums: readonly number[], total: number): number[] {
  const floor = minimums.map((m) => Math.max(0, m));
  const needed = floor.reduce((a, b) => a + b, 0);
  if (needed >= total) return floor.map((m) => (m * total) / (needed || 1));
  const pinned = new Set<number>();
  // Pin the columns whose share is below their minimum, then share the rest again, until none is.
  for (;;) {
    const free = weights.map((w, i) => (pinned.has(i) ? 0 : Math.max(w, 0)));
    const freeWeight = free.reduce((a, b) => a + b, 0);
    const room = total - [...pinned].reduce((a, i) => a + (floor[i] ?? 0), 0);
    const widths = weights.map((_, i) =>
      pinned.has(i) ? (floor[i] ?? 0) : freeWeight > 0 ? ((free[i] ?? 0) * room) / freeWeight : room / (weights.length - pinned.size),
    );
    const short = widths.flatMap((w, i) => (!pinned.has(i) && w < (floor[i] ?? 0) - 1e-9 ? [i] : []));
    if (short.length === 0) return widths;
    for (const i of short) pinned.add(i);
  }
}

/** The longest word of each header, by the measure given (the width of a word in the table's header font). */
export function headerWordWidths(header: readonly string[], measure: (word: string) => number): number[] {
  return header.map((h) => Math.max(0, ...h.split(/\s+/).filter(Boolean).map(measure)));
}

/**
 * The width each column needs so that no word breaks: the longest word of its header (measured
 * by `header`) and of its cells (measured by `body`).
 */
export function columnWordWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  measure: { header: (word: string) => number; body: (word: string) => number },
): number[] {
  const widths = headerWordWidths(header, measure.header);
  for (const row of rows) {
    const cells = headerWordWidths(row, measure.body);
    cells.forEach((w, i) => {
      if (i < widths.length) widths[i] = Math.max(widths[i] ?? 0, w);
    });
  }
  return widths;
}
