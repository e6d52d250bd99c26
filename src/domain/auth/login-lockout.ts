/** Failed logins of one account within the window that lock it. */
export const LOCKOUT_FAILURES = 5;
/** The window the failures are counted in, and how long the lock lasts after the last of them. */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/** Failed logins from one network address within the window that close logins from it (any accounts). */
export const ADDRESS_LOCKOUT_FAILURES = 20;

/**
 * Whether an account (or, with `limit`, an address) is locked now, from the times of its failed logins (any order): five failures
 * (or `limit`) within fifteen minutes of each other lock it until fifteen minutes after the last. Returns the
 * moment the lock ends, or null when the account may try again.
 */
export function lockedUntil(failures: readonly Date[], now: Date, limit = LOCKOUT_FAILURES): Date | null {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  for (let i = times.length - 1; i >= limit - 1; i--) {
    const last = times[i] ?? 0;
    const first = times[i - limit + 1] ?? 0;
    if (last - first < LOCKOUT_WINDOW_MS) {
      const until = last + LOCKOUT_WINDOW_MS;
      return now.getTime() < until ? new Date(until) : null;
    }
  }
  return null;
}
