import { transliterate } from '../auth/password-rule.ts';

const MAX_LOGIN = 64;

/**
 * The login of an organisation's representative, made stably and readably from the organisation's
 * code: `org-` and the code in lower case, Russian letters in Latin, anything but letters and
 * digits as one hyphen (`99-01-001` → `org-99-01-001`). When it is taken (a second account, or
 * two codes that read the same), `-2`, `-3`, … is added. `taken` is the logins in use (lower case)
 * and gets the new one, so a batch never repeats itself.
 */
export function loginForOrg(code: string, taken: Set<string>): string {
  const slug = transliterate(code.toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = `org-${slug || 'x'}`.slice(0, MAX_LOGIN - 4).replace(/-+$/, '');
  let login = base;
  for (let n = 2; taken.has(login); n++) login = `${base}-${n}`;
  taken.add(login);
  return login;
}
