const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day as Russian readers write it: «2026-11-25» → «25.11.2026». Other text is returned as it is
 * (nothing is invented), no value as an empty string. The one dd.mm.yyyy rule of server and web.
 */
export function toRussianDate(iso: string | null | undefined): string {
  const m = ISO_DAY.exec(iso ?? '');
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (iso ?? '');
}
