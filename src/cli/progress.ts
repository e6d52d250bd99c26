/** A one-line progress bar on stderr for long CLI operations (plain lines when not a TTY). */
export function progressLine(label: string, done: number, total: number): void {
  const width = 24;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
  if (process.stderr.isTTY) {
    process.stderr.write(`\r${bar.padEnd(80)}`);
    if (done === total) process.stderr.write('\n');
  } else {
    process.stderr.write(`${bar}\n`);
  }
}
