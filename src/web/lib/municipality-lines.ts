/** A municipality as typed on the setup page. */
export interface MunicipalityRow {
  code: string;
  name: string;
}

/**
 * Reads municipalities pasted one per line as «code; name» (a tab or semicolon between them,
 * as copied from a spreadsheet's two columns). Empty lines are skipped; a line without a
 * separator becomes a name with an empty code, for the user to complete.
 */
export function parseMunicipalityLines(text: string): MunicipalityRow[] {
  const rows: MunicipalityRow[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const cut = line.search(/[\t;]/);
    if (cut < 0) rows.push({ code: '', name: line });
    else rows.push({ code: line.slice(0, cut).trim(), name: line.slice(cut + 1).trim() });
  }
  return rows;
}
