import { readFileSync } from 'node:fs';
import { describePasswordProblems, parseCommonPasswords, passwordProblems, type PasswordOwner } from '../domain/auth/password-rule.ts';
import { AppError } from './app-error.ts';

let common: Set<string> | null = null;

/** The shipped common-passwords list (the same file the web form checks against), read once. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= parseCommonPasswords(readFileSync(new URL('../domain/auth/common-passwords.txt', import.meta.url), 'utf8'));
  return common;
}

/** Refuses a new password the password rule refuses, naming the field and every reason in Russian. */
export function checkNewPassword(password: string, owner: PasswordOwner, field: string): void {
  const problems = passwordProblems(password, owner, commonPasswords());
  if (problems.length === 0) return;
  throw new AppError(
    'validation_failed',
    describePasswordProblems(problems),
    problems.map((message) => ({ path: field, message })),
  );
}
