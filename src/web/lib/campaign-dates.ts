// The date rules shared with the server live in the domain; the web keeps its names for them:
// isIsoDate (an existing day written YYYY-MM-DD), ruDateToIso («5.1.2026» → «2026-01-05», null when
// no such day), isoToRuDate («2026-11-25» → «25.11.2026», other text as it is).
export { isIsoDate } from '../../domain/validation/is-iso-date.ts';
export { parseRussianDate as ruDateToIso } from '../../domain/validation/parse-russian-date.ts';
export { toRussianDate as isoToRuDate } from '../../domain/export/to-russian-date.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Typing help for dd.mm.yyyy: the dots come by themselves after day and month («25112026» → «25.11.2026»); typed dots are kept. */
export function maskRuDate(text: string): string {
  const max = [2, 2, 4];
  const segments = ['', '', ''];
  let at = 0;
  for (const ch of text) {
    if (ch === '.') {
      if (at < 2 && segments[at] !== '') at++;
      continue;
    }
    if (!/\d/.test(ch)) continue;
    if ((segments[at] ?? '').length >= (max[at] ?? 0)) {
      if (at === 2) break;
      at++;
    }
    segments[at] += ch;
  }
  return segments.slice(0, at + 1).join('.');
}

/** Today as YYYY-MM-DD in local time. */
export function isoToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
