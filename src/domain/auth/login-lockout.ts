/** Failed password checks of one login from one network address within the window that lock that pair. */
export const LOCKOUT_FAILURES = 5;
/** The window the failures are counted in, and how long the lock lasts after the last of them. */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Failed checks of one login from any addresses within the window that put the login under attack (a distributed guess):
 * from then on an address that itself failed at this login within the window is refused, a fresh address still gets its
 * try. So an outsider cannot shut the rightful user out, and a guesser gets about one guess per new address.
 */
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
 * login under a distributed attack, from an address that already failed at it.
 */
export type LoginLock = { kind: 'address' | 'login_address' | 'login'; until: Date };

const LOCK_KINDS = ['address', 'login_address', 'login'] as const;

/** The lock of one kind that refuses a check of `login` from `ip` now, or null. */
function lockOfKind(kind: LoginLock['kind'], attempts: readonly CountedAttempt[], login: string, ip: string, now: Date): Date | null {
  const times = (keep: (a: CountedAttempt) => boolean) => attempts.filter(keep).map((a) => a.at);
  switch (kind) {
    case 'address':
      return lockedUntil(
        times((a) => a.ip === ip),
        now,
        ADDRESS_LOCKOUT_FAILURES,
      );
    case 'login_address':
      return lockedUntil(
        times((a) => a.ip === ip && a.login === login),
        now,
      );
    case 'login': {
      const underAttack = loginUnderAttackUntil(attempts, login, now);
      if (!underAttack) return null;
      // only an address that itself failed at this login within the window, until that failure ages out
      const own = times((a) => a.ip === ip && a.login === login && now.getTime() - a.at.getTime() < LOCKOUT_WINDOW_MS);
      if (own.length === 0) return null;
      const ownUntil = Math.max(...own.map((d) => d.getTime())) + LOCKOUT_WINDOW_MS;
      return new Date(Math.min(ownUntil, underAttack.getTime()));
    }
  }
}

/** Until when `login` is under a distributed attack (fifty failures from any addresses within the window), or null. */
export function loginUnderAttackUntil(attempts: readonly CountedAttempt[], login: string, now: Date): Date | null {
  return lockedUntil(
    attempts.filter((a) => a.login === login).map((a) => a.at),
    now,
    LOGIN_LOCKOUT_FAILURES,
  );
}

/** The lock that refuses a check of `login` from `ip` now, or null; the address is checked first, then the pair, then the login. */
export function activeLock(attempts: readonly CountedAttempt[], login: string, ip: string, now: Date): LoginLock | null {
  for (const kind of LOCK_KINDS) {
    const until = lockOfKind(kind, attempts, login, ip, now);
    if (until) return { kind, until };
  }
  return null;
}

/**
 * The locks that one failure of `login` from `ip` started (active with it, not without it), for the audit.
 * The login-wide lock is started by the failure that puts the login under attack, not again each time
 * another address that failed becomes refused.
 */
export function startedLocks(
  before: readonly CountedAttempt[],
  after: readonly CountedAttempt[],
  login: string,
  ip: string,
  now: Date,
): LoginLock[] {
  const started: LoginLock[] = [];
  for (const kind of LOCK_KINDS) {
    if (kind === 'login') {
      const until = loginUnderAttackUntil(after, login, now);
      if (until && !loginUnderAttackUntil(before, login, now)) started.push({ kind, until });
      continue;
    }
    const until = lockOfKind(kind, after, login, ip, now);
    if (until && !lockOfKind(kind, before, login, ip, now)) started.push({ kind, until });
  }
  return started;
}
