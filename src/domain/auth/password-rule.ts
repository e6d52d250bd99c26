/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest password accepted (the hash costs the same; this bounds the work of the checks). */
export const MAX_PASSWORD_LENGTH = 256;

/** Who the password is for: it must not contain their login or name. */
export interface PasswordOwner {
  login?: string;
  fullName?: string;
}

/** The common-passwords list as a set of normalised entries (see `parseCommonPasswords`). */
export type CommonPasswords = ReadonlySet<string>;

const LATIN_ROWS = ['`1234567890-=', 'qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./'];
const CYRILLIC_ROWS = ['ё1234567890-=', 'йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю.'];
const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
/** Orders people type in: the alphabets, digits, and the keyboard rows of both layouts. */
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', '01234567890', ...LATIN_ROWS, ...CYRILLIC_ROWS];

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower case, ё as е, Unicode NFC: the form every comparison below uses. */
const normalise = (s: string) => s.normalize('NFC').toLowerCase().replaceAll('ё', 'е');

/** The text as typed with the other keyboard layout (`gfhjkm` ↔ `пароль`). */
function otherLayout(s: string): string {
  return Array.from(s, (c) => {
    const latin = LATIN_KEYS.indexOf(c);
    if (latin >= 0) return CYRILLIC_KEYS[latin] ?? c;
    const cyrillic = CYRILLIC_KEYS.indexOf(c);
    return cyrillic >= 0 ? (LATIN_KEYS[cyrillic] ?? c) : c;
  }).join('');
}

/** Russian letters in Latin (lower case in, lower case out; other characters kept). */
export const transliterate = (s: string) => Array.from(s, (c) => TRANSLIT[c] ?? c).join('');

/** Reads the shipped list: one password a line, `#` comments and blank lines skipped. */
export function parseCommonPasswords(text: string): Set<string> {
  const set = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const entry = normalise(line.trim());
    if (entry && !entry.startsWith('#')) set.add(entry);
  }
  return set;
}

/** Whether `b` follows `a` in one of the typing orders (either way), or repeats it. */
function patterned(a: string, b: string): boolean {
  if (a === b) return true;
  return SEQUENCES.some((seq) => {
    const i = seq.indexOf(a);
    return i >= 0 && (seq[i + 1] === b || (i > 0 && seq[i - 1] === b));
  });
}

/**
 * How many independent pieces the password has: a run of three or more characters that repeat or
 * follow each other in an alphabet, the digits or a keyboard row («aaaa», «12345», «qwerty»,
 * «йцукен») counts as one piece, any other character as one.
 */
export function patternPieces(password: string): number {
  const chars = Array.from(normalise(password));
  let pieces = 0;
  let run = 1;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && patterned(chars[i - 1] ?? '', chars[i] ?? '')) {
      run++;
      continue;
    }
    pieces += run >= 3 ? 1 : run;
    run = 1;
  }
  return chars.length === 0 ? 0 : pieces;
}

/** The word a password is built on: without the digits and signs added before and after it. */
const core = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Name parts worth looking for: words of three letters or more, as written, transliterated and typed in the other layout. */
function nameForms(fullName: string): { word: string; forms: string[] }[] {
  return normalise(fullName)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3)
    .map((word) => ({ word, forms: [...new Set([word, transliterate(word), otherLayout(word)])] }));
}

/**
 * Why a password is refused, in Russian (empty when it is accepted): shorter than ten
 * characters; made of a few repeated characters; made of sequences («12345», «qwerty»,
 * «йцукен»); containing the login or a part of the name (also transliterated or typed in the other
 * layout); or a common password, or one built on a common word with digits and signs added. The
 * same function checks in the API, the command line and the web form as the user types.
 */
export function passwordProblems(password: string, owner: PasswordOwner, common: CommonPasswords): string[] {
  const problems: string[] = [];
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`Слишком короткий: нужно не менее ${MIN_PASSWORD_LENGTH} символов, сейчас ${length}.`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`Слишком длинный: не более ${MAX_PASSWORD_LENGTH} символов.`);
  const p = normalise(password);
  if (length === 0) return problems;
  if (new Set(p).size < 5) {
    problems.push('Состоит из повторов нескольких символов (вроде «aaaaaaaaaa» или «1212121212»): используйте разные символы.');
  } else if (patternPieces(p) < 5) {
    problems.push('Составлен из последовательностей (вроде «1234567890», «qwerty», «йцукен», «abcdef»): такие подбирают первыми.');
  }
  const login = normalise(owner.login?.trim() ?? '');
  if (login.length >= 3) {
    const parts = [login, ...login.split(/[._-]+/).filter((x) => x.length >= 4)];
    const reversed = Array.from(login).reverse().join('');
    const found = parts.find((x) => p.includes(x) || otherLayout(p).includes(x)) ?? (p.includes(reversed) ? login : undefined);
    if (found) problems.push(found === login ? 'Содержит логин.' : `Содержит часть логина («${found}»).`);
  }
  const name = nameForms(owner.fullName ?? '').find(({ forms }) => forms.some((f) => p.includes(f)));
  if (name) problems.push(`Содержит часть имени («${name.word}»).`);
  const candidates = [p, core(p), otherLayout(p), core(otherLayout(p))];
  if (candidates.some((c) => c.length > 0 && common.has(c))) {
    problems.push('Это распространённый пароль или он составлен из такого слова с цифрами и знаками: такие подбирают первыми.');
  }
  return problems;
}

/** The problems as one Russian sentence for a message. */
export const describePasswordProblems = (problems: readonly string[]) =>
  `Пароль не подходит: ${problems.map((x) => x.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())).join('; ')}. Придумайте другой: например, три-четыре не связанных между собой слова через дефис и цифру.`;
