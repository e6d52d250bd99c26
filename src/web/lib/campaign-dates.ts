const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Whether text is an existing calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string | null | undefined): text is string {
  const m = ISO.exec(text ?? '');
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** «25.11.2026» (or «5.1.2026») → «2026-11-25»; null when it is not an existing date. */
export function ruDateToIso(text: string): string | null {
  const m = RU.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isIsoDate(iso) ? iso : null;
}

/** «2026-11-25» → «25.11.2026»; other text is returned as it is (the one dd.mm.yyyy rule, in the domain). */
export { toRussianDate as isoToRuDate } from '../../domain/export/to-russian-date.ts';

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
