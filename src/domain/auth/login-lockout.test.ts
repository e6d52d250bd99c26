import { describe, expect, it } from 'vitest';
import {
  activeLock,
  ADDRESS_LOCKOUT_FAILURES,
  LOCKOUT_WINDOW_MS,
  LOGIN_LOCKOUT_FAILURES,
  lockedUntil,
  startedLocks,
} from './login-lockout.ts';

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

describe('which lock refuses a check of a login from an address', () => {
  const now = at(10);
  const fails = (n: number, login: string, ip: string) => Array.from({ length: n }, (_, i) => ({ login, ip, at: at(i % 10) }));
  it('locks the login only from the address the failures came from', () => {
    const attempts = fails(5, 'ivanov', '10.0.0.1');
    expect(activeLock(attempts, 'ivanov', '10.0.0.1', now)).toMatchObject({ kind: 'login_address' });
    expect(activeLock(attempts, 'ivanov', '10.0.0.2', now)).toBeNull();
    expect(activeLock(attempts, 'petrov', '10.0.0.1', now)).toBeNull();
  });
  it('after fifty failures from many addresses refuses the login only from an address that itself failed at it', () => {
    const attempts = Array.from({ length: LOGIN_LOCKOUT_FAILURES }, (_, i) => ({ login: 'ivanov', ip: `10.0.${i}.1`, at: at(i % 10) }));
    // below the threshold an address with one failure may try again
    expect(activeLock(attempts.slice(1), 'ivanov', '10.0.1.1', now)).toBeNull();
    // at the threshold: a fresh address gets its try (the rightful user is not shut out) ...
    expect(activeLock(attempts, 'ivanov', '192.168.1.1', now)).toBeNull();
    // ... an address that already failed at this login is refused until its failure ages out of the window
    expect(activeLock(attempts, 'ivanov', '10.0.1.1', now)).toEqual({
      kind: 'login',
      until: new Date(at(1).getTime() + LOCKOUT_WINDOW_MS),
    });
    // a failure at another login does not count for the address
    expect(activeLock([...attempts, { login: 'petrov', ip: '192.168.1.1', at: at(9) }], 'ivanov', '192.168.1.1', now)).toBeNull();
    // once its failure is older than the window the address gets one more try while the login stays under attack
    const late = [...attempts.map((a) => ({ ...a, at: at(20) })), { login: 'ivanov', ip: '10.9.9.9', at: at(0) }];
    expect(activeLock(late, 'ivanov', '10.9.9.9', at(21))).toBeNull();
    // and when the login-wide window has passed, even a failed address is not refused by it
    expect(activeLock(attempts, 'ivanov', '10.0.1.1', at(40))).toBeNull();
  });
  it('counts the login-wide lock as started once, by the failure that crosses fifty, not each time another address is refused', () => {
    const attempts = Array.from({ length: LOGIN_LOCKOUT_FAILURES }, (_, i) => ({
      login: 'ivanov',
      ip: `10.0.${i % 10}.1`,
      at: at(i % 10),
    }));
    const last = attempts[LOGIN_LOCKOUT_FAILURES - 1];
    if (!last) throw new Error('no attempts');
    // the fiftieth is also the fifth from its address: both locks start, both are reported
    expect(startedLocks(attempts.slice(0, -1), attempts, 'ivanov', last.ip, now).map((l) => l.kind)).toEqual(['login_address', 'login']);
    const fresh = { login: 'ivanov', ip: '192.168.1.1', at: at(10) };
    expect(startedLocks(attempts, [...attempts, fresh], 'ivanov', fresh.ip, now)).toEqual([]);
  });
  it('closes an address after twenty failures at any logins, before the other locks', () => {
    const attempts = Array.from({ length: ADDRESS_LOCKOUT_FAILURES }, (_, i) => ({ login: `user${i % 7}`, ip: '10.0.0.9', at: at(1) }));
    expect(activeLock(attempts, 'someone.else', '10.0.0.9', now)).toMatchObject({ kind: 'address' });
    expect(activeLock(attempts, 'someone.else', '10.0.0.8', now)).toBeNull();
  });
});
