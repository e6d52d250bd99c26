import { Help, type Argument, type Command, type Option } from 'commander';

/** Commander's headings as a Russian reader sees them. */
const TITLES: Record<string, string> = {
  'Usage:': 'Использование:',
  'Arguments:': 'Аргументы:',
  'Options:': 'Параметры:',
  'Global Options:': 'Общие параметры:',
  'Commands:': 'Команды:',
};

/** Placeholders commander puts into usage lines and command lists. */
const WORDS: Record<string, string> = { '[options]': '[параметры]', '[command]': '[команда]' };

/** The value names of the commands' arguments and options, shown in help and errors as <файл>, <код>. */
const VALUE_NAMES: Record<string, string> = {
  address: 'адрес',
  bands: 'границы',
  code: 'код',
  file: 'файл',
  id: 'номер',
  kind: 'вид',
  login: 'логин',
  mode: 'режим',
  n: 'номер',
  name: 'название',
  role: 'роль',
  rule: 'правило',
  share: 'доля',
  stage: 'этап',
  step: 'шаг',
  table: 'таблица',
  type: 'тип',
  year: 'год',
};

/** `<file>` → `<файл>`, `[code]` → `[код]` wherever a placeholder appears; other text unchanged. */
export function russianValueNames(text: string): string {
  return text.replace(
    /([<[])([a-z|]+)(\.\.\.)?([>\]])/g,
    (_, open: string, names: string, dots: string | undefined, close: string) =>
      `${open}${names
        .split('|')
        .map((n) => VALUE_NAMES[n] ?? n)
        .join('|')}${dots ?? ''}${close}`,
  );
}

/** The notes commander appends to an option or argument description: «(default: 20)» and the like. */
const NOTES: [RegExp, string][] = [
  [/\bdefault: /g, 'по умолчанию: '],
  [/\bchoices: /g, 'варианты: '],
  [/\bpreset: /g, 'без значения: '],
  [/\benv: /g, 'переменная окружения: '],
];

/** Commander's own error messages (`error: …`), each with its Russian wording. */
const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']*)'/, 'ошибка: неизвестный параметр «$1»'],
  [/^error: unknown command '([^']*)'/, 'ошибка: неизвестная команда «$1»'],
  [/^error: missing required argument '([^']*)'/, 'ошибка: не указан обязательный аргумент «$1»'],
  [/^error: option '([^']*)' argument missing/, 'ошибка: у параметра «$1» не указано значение'],
  [/^error: required option '([^']*)' not specified/, 'ошибка: не указан обязательный параметр «$1»'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, 'ошибка: недопустимое значение «$2» параметра «$1».'],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./, 'ошибка: недопустимое значение «$1» аргумента «$2».'],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    'ошибка: слишком много аргументов (ожидается $2, передано $3).',
  ],
  [/^error: option '([^']*)' cannot be used with option '([^']*)'/, 'ошибка: параметр «$1» нельзя указывать вместе с параметром «$2»'],
  [/\(Did you mean one of ([^?]*)\?\)/, '(возможно, имелось в виду одно из: $1)'],
  [/\(Did you mean ([^?]*)\?\)/, '(возможно, имелось в виду $1)'],
  [/^error: /, 'ошибка: '],
];

const translateWords = (text: string) =>
  russianValueNames(
    text
      .split(' ')
      .map((w) => WORDS[w] ?? w)
      .join(' '),
  );

const translateNotes = (text: string) => NOTES.reduce((s, [re, ru]) => s.replace(re, ru), text);

/** Commander's error message in Russian; text it does not know is returned unchanged. */
export function russianCommanderMessage(message: string): string {
  const named = message.replace(/argument '([a-z]+)'/, (m, name: string) => (VALUE_NAMES[name] ? `argument '${VALUE_NAMES[name]}'` : m));
  return russianValueNames(ERRORS.reduce((s, [re, ru]) => s.replace(re, ru), named));
}

/**
 * Makes every help text and parse error of `program` Russian: headings, usage placeholders, the help
 * option and help command, option notes and commander's error messages. Call it before any
 * `.command()`: subcommands inherit these settings when they are created.
 */
export function russianHelp(program: Command): Command {
  return program
    .helpOption('-h, --help', 'показать справку')
    .helpCommand('help [команда]', 'показать справку по команде')
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      styleUsage: (usage: string) => translateWords(usage),
      styleSubcommandTerm: (term: string) => translateWords(term),
      styleOptionTerm: (term: string) => russianValueNames(term),
      styleArgumentTerm: (term: string) => VALUE_NAMES[term] ?? russianValueNames(term),
      optionDescription(this: Help, option: Option) {
        return translateNotes(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(this: Help, argument: Argument) {
        return translateNotes(Help.prototype.argumentDescription.call(this, argument));
      },
    })
    .configureOutput({ outputError: (message, write) => write(russianCommanderMessage(message)) });
}
