/** Today's date on the server's clock as ISO "YYYY-MM-DD" (deadlines and overdue stages are by calendar day). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
