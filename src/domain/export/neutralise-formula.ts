/**
 * Text that a spreadsheet would run as a formula when it opens a CSV file: a cell beginning with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP "CSV injection"). Such text gets a leading
 * apostrophe, which Excel and LibreOffice show as text. Numbers are not text and are never touched,
 * so a negative number stays a number. XLSX files need no prefix: their text cells are never
 * evaluated, and every export writes user text as text cells.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
