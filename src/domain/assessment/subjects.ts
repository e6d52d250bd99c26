/**
 * Canonical subject codes (the `subject` breakdown of the data elements, catalogs/data-elements/common.yaml)
 * and the names files use for them. Foreign-language ЕГЭ has a written and an oral part, counted as
 * two exams (`eng` and `eng_oral`), as the federal statistics do.
 */
export const SUBJECTS: Record<string, string> = {
  rus: 'Русский язык',
  math: 'Математика',
  math_base: 'Математика (базовый уровень)',
  math_prof: 'Математика (профильный уровень)',
  phys: 'Физика',
  chem: 'Химия',
  bio: 'Биология',
  hist: 'История',
  geo: 'География',
  soc: 'Обществознание',
  lit: 'Литература',
  inf: 'Информатика',
  eng: 'Английский язык',
  eng_oral: 'Английский язык (устная часть)',
  deu: 'Немецкий язык',
  deu_oral: 'Немецкий язык (устная часть)',
  fra: 'Французский язык',
  fra_oral: 'Французский язык (устная часть)',
  spa: 'Испанский язык',
  spa_oral: 'Испанский язык (устная часть)',
  chi: 'Китайский язык',
  chi_oral: 'Китайский язык (устная часть)',
  foreign: 'Иностранный язык',
  okr_mir: 'Окружающий мир',
  reading_literacy: 'Читательская грамотность',
  math_literacy: 'Математическая грамотность',
  science_literacy: 'Естественно-научная грамотность',
  financial_literacy: 'Финансовая грамотность',
  global_competence: 'Глобальные компетенции',
  creative_thinking: 'Креативное мышление',
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'().,:;–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const LANGS: [RegExp, string][] = [
  [/англ/, 'eng'],
  [/немец/, 'deu'],
  [/француз/, 'fra'],
  [/испан/, 'spa'],
  [/китай/, 'chi'],
];

/**
 * The canonical code of a subject as a file names it («Русский язык», «Математика профильная»,
 * «Информатика и ИКТ», «Английский язык (устный)», «rus»), or null when it is not recognised.
 */
export function subjectCode(name: string): string | null {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const code = findSubjectCode(name);
  if (memo.size < 10_000) memo.set(name, code);
  return code;
}

// Files repeat a handful of subject names a million times: each is recognised once.
const memo = new Map<string, string | null>();

function findSubjectCode(name: string): string | null {
  const raw = name.trim();
  if (raw in SUBJECTS) return raw;
  const n = norm(raw);
  if (n === '') return null;
  for (const [code, label] of Object.entries(SUBJECTS)) if (norm(label) === n) return code;
  if (/читат/.test(n)) return 'reading_literacy';
  if (/математич.*грамотн/.test(n)) return 'math_literacy';
  if (/естеств/.test(n)) return 'science_literacy';
  if (/финанс/.test(n)) return 'financial_literacy';
  if (/глобальн/.test(n)) return 'global_competence';
  if (/креатив/.test(n)) return 'creative_thinking';
  if (/^русск/.test(n)) return 'rus';
  if (/^матем/.test(n)) {
    if (/проф/.test(n)) return 'math_prof';
    if (/баз/.test(n)) return 'math_base';
    return 'math';
  }
  for (const [re, code] of LANGS) if (re.test(n)) return /устн/.test(n) ? `${code}_oral` : code;
  if (/^иностр/.test(n)) return 'foreign';
  if (/^физик/.test(n)) return 'phys';
  if (/^хим/.test(n)) return 'chem';
  if (/^биол/.test(n)) return 'bio';
  if (/^истор/.test(n)) return 'hist';
  if (/^геогр/.test(n)) return 'geo';
  if (/^общество/.test(n)) return 'soc';
  if (/^литер/.test(n)) return 'lit';
  if (/^информ|^икт$/.test(n)) return 'inf';
  if (/^окруж/.test(n)) return 'okr_mir';
  return null;
}

export function subjectLabel(code: string): string {
  return SUBJECTS[code] ?? code;
}
