/** Failed password checks of one login from one network address within the window that lock that pair. */
export const LOCKOUT_FAILURES = 5;
/** The window the failures are counted in, and how long the lock lasts after the last of them. */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/** Failed checks of one login from any addresses within the window that lock the login everywhere (a distributed attack). */
export const LOGIN_LOCKOUT_FAILURES = 50;

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

/** A failed (or still unverified) password check: which login, from which address, when. */
export interface CountedAttempt {
  login: string;
  ip: string;
  at: Date;
}

/**
 * What closes a check of `login` from `ip`: the address (too many failures there, any logins), the
 * login from this address (so a guesser elsewhere does not shut the rightful user out), or the
 * login from everywhere (many failures from many addresses).
 */
export type LoginLock = { kind: 'address' | 'login_address' | 'login'; until: Date };

/** The lock that refuses a check of `login` from `ip` now, or null; the address is checked first, then the pair, then the login. */
export function activeLock(attempts: readonly CountedAttempt[], login: string, ip: string, now: Date): LoginLock | null {
  const times = (keep: (a: CountedAttempt) => boolean) => attempts.filter(keep).map((a) => a.at);
  const address = lockedUntil(
    times((a) => a.ip === ip),
    now,
    ADDRESS_LOCKOUT_FAILURES,
  );
  if (address) return { kind: 'address', until: address };
  const pair = lockedUntil(
    times((a) => a.ip === ip && a.login === login),
    now,
  );
  if (pair) return { kind: 'login_address', until: pair };
  const everywhere = lockedUntil(
    times((a) => a.login === login),
    now,
    LOGIN_LOCKOUT_FAILURES,
  );
  return everywhere ? { kind: 'login', until: everywhere } : null;
}
