import { generatePassword } from '../../domain/auth/generate-password.ts';
import { parseCommonPasswords, passwordProblems, type CommonPasswords, type PasswordOwner } from '../../domain/auth/password-rule.ts';

let loading: Promise<CommonPasswords> | null = null;

/** The shipped common-passwords list, the file the server checks against; loaded on first use in its own chunk. */
export function loadCommonPasswords(): Promise<CommonPasswords> {
  loading ??= import('../../domain/auth/common-passwords.txt?raw').then((m) => parseCommonPasswords(m.default));
  return loading;
}

/** The server's password rule, here as the user types: the Russian reasons a password is refused (empty when it is accepted). */
export async function passwordReasons(password: string, owner: PasswordOwner): Promise<string[]> {
  return passwordProblems(password, owner, await loadCommonPasswords());
}

/** A password the rule accepts for this owner, from the browser's cryptographic random source. */
export async function suggestPassword(owner: PasswordOwner): Promise<string> {
  const common = await loadCommonPasswords();
  return generatePassword((n) => crypto.getRandomValues(new Uint8Array(n)), owner, common);
}
