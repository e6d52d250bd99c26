import { passwordProblems, type CommonPasswords, type PasswordOwner } from './password-rule.ts';

/** Letters and digits without look-alikes (0/O, 1/l/I), so a password read aloud or from paper is typed right. */
export const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random password people can type (16 characters from `PASSWORD_ALPHABET`, each byte used only
 * below the largest multiple of the alphabet's size, so every character is equally likely), drawn
 * again in the rare case the password rule refuses it. `randomBytes` is the platform's CSPRNG.
 */
export function generatePassword(
  randomBytes: (n: number) => Uint8Array,
  owner: PasswordOwner = {},
  common: CommonPasswords = new Set(),
  length = 16,
): string {
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  for (;;) {
    let password = '';
    while (password.length < length) {
      for (const b of randomBytes(length * 2)) {
        if (b < limit && password.length < length) password += PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length];
      }
    }
    if (passwordProblems(password, owner, common).length === 0) return password;
  }
}
