import { isIsoDate } from './is-iso-date.ts';

const RU_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const pad = (n: string) => n.padStart(2, '0');

/** A day written as Russians do, «25.11.2026» or «5.1.2026», as «2026-11-25»; null when it is not a day that exists. */
export function parseRussianDate(text: string): string | null {
  const m = RU_DAY.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`;
  return isIsoDate(iso) ? iso : null;
}
