/**
 * Parses CSV text into rows of strings (RFC 4180 quotes, CRLF or LF). The separator is `;`, tab
 * when the first non-empty line has more semicolons (outside quotes) than commas, else `,`.
 */
export function parseCsv(text: string): { rows: string[][]; separator: ';' | ',' | '\t' } {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, separator };
}

function detectSeparator(text: string): ';' | ',' | '\t' {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === '\t') tabs++;
  }
  // Excel's «Текст Юникод» separates by tabs
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}
