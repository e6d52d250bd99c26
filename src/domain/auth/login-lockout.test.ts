import { describe, expect, it } from 'vitest';
import { LOCKOUT_WINDOW_MS, lockedUntil } from './login-lockout.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 9, 0) + minutes * 60_000);

describe('locking an account after failed logins', () => {
  it('locks after five failures within fifteen minutes, until fifteen minutes after the last', () => {
    const failures = [0, 1, 2, 3, 4].map(at);
    expect(lockedUntil(failures.slice(0, 4), at(5))).toBeNull();
    expect(lockedUntil(failures, at(5))).toEqual(new Date(at(4).getTime() + LOCKOUT_WINDOW_MS));
  });
  it('holds the lock for its whole length, then lets the account try again', () => {
    const failures = [0, 1, 2, 3, 4].map(at);
    expect(lockedUntil(failures, at(18))).not.toBeNull();
    expect(lockedUntil(failures, at(19))).toBeNull();
  });
  it('does not lock for five failures spread over more than fifteen minutes', () => {
    expect(lockedUntil([0, 1, 2, 3, 20].map(at), at(21))).toBeNull();
  });
});
