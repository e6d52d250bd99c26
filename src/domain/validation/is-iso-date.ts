const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a day that exists, written YYYY-MM-DD: «2024-02-29» is, «2023-02-29» and «2024-13-01» are not. */
export function isIsoDate(text: string | null | undefined): text is string {
  const m = ISO_DAY.exec(text ?? '');
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
