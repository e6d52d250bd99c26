import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { generatePassword as generateRandomPassword } from '../domain/auth/generate-password.ts';
import type { PasswordOwner } from '../domain/auth/password-rule.ts';
import { commonPasswords } from './check-new-password.ts';

// scrypt is memory-hard: N=2^15, r=8 uses 32 MiB per hash, which makes GPU guessing costly.
const PARAMS = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, params, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Hash as "scrypt$N$r$p$salt$key" (base64), so parameters can grow without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A random password people can type (16 characters without look-alikes) that the password rule accepts for its owner. */
export function generatePassword(owner: PasswordOwner = {}): string {
  return generateRandomPassword((n) => randomBytes(n), owner, commonPasswords());
}
