/**
 * The columns a results file may have, and the mapping proposed from its header. Column layouts
 * differ between regions and years, so nothing is fixed: the importer proposes, the operator
 * confirms or corrects, and a confirmed mapping can be saved under a name and reused.
 */
export const FIELDS = [
  {
    key: 'orgCode',
    label: 'Код организации',
    synonyms: ['код оо', 'код организации', 'код школы', 'логин оо', 'id оо', 'org_code', 'school_code', 'код'],
  },
  { key: 'orgInn', label: 'ИНН организации', synonyms: ['инн оо', 'инн', 'inn'] },
  {
    key: 'orgName',
    label: 'Наименование организации',
    synonyms: ['наименование оо', 'образовательная организация', 'наименование организации', 'организация', 'школа', 'оо', 'school'],
  },
  { key: 'municipality', label: 'Муниципалитет', synonyms: ['муниципальное образование', 'муниципалитет', 'район', 'мо', 'municipality'] },
  {
    key: 'pupil',
    label: 'Код участника',
    synonyms: ['код участника', 'ид участника', 'код обучающегося', 'код ученика', 'участник', 'pupil', 'participant'],
  },
  { key: 'className', label: 'Класс', synonyms: ['класс', 'class'] },
  { key: 'grade', label: 'Параллель', synonyms: ['параллель', 'grade'] },
  { key: 'subject', label: 'Предмет', synonyms: ['учебный предмет', 'предмет', 'область грамотности', 'subject'] },
  {
    key: 'mark',
    label: 'Отметка за работу',
    synonyms: ['отметка за работу', 'отметка за впр', 'отметка за экзамен', 'отметка', 'оценка', 'mark'],
  },
  { key: 'score', label: 'Балл', synonyms: ['тестовый балл', 'первичный балл', 'балл', 'баллы', 'score'] },
  {
    key: 'termMark',
    label: 'Отметка по журналу',
    synonyms: [
      'отметка по журналу',
      'годовая отметка',
      'отметка за предыдущий период',
      'отметка за четверть',
      'отметка за триместр',
      'term_mark',
    ],
  },
  { key: 'year', label: 'Год', synonyms: ['год проведения', 'год', 'year'] },
  { key: 'stage', label: 'Этап (процедура)', synonyms: ['этап', 'процедура', 'stage'] },
  { key: 'status', label: 'Статус (результат)', synonyms: ['статус участника', 'статус', 'уровень', 'результат', 'status', 'level'] },
  {
    key: 'participants',
    label: 'Число участников',
    synonyms: ['число участников', 'количество участников', 'участников', 'приняло участие', 'participants'],
  },
  { key: 'mark2', label: 'Получили «2»', synonyms: ['получили 2', 'отметка 2', '«2»', '2'] },
  { key: 'mark3', label: 'Получили «3»', synonyms: ['получили 3', 'отметка 3', '«3»', '3'] },
  { key: 'mark4', label: 'Получили «4»', synonyms: ['получили 4', 'отметка 4', '«4»', '4'] },
  { key: 'mark5', label: 'Получили «5»', synonyms: ['получили 5', 'отметка 5', '«5»', '5'] },
  {
    key: 'belowMin',
    label: 'Не преодолели минимальный порог',
    synonyms: ['не преодолели минимальный порог', 'не преодолен min порог', 'ниже минимального порога', 'не преодолели', 'below_min'],
  },
  { key: 'ge70', label: '70 баллов и более', synonyms: ['70 баллов и более', 'от 70 баллов', '70 и более', 'ge70'] },
  { key: 'ge80', label: '80 баллов и более', synonyms: ['80 баллов и более', 'от 80 баллов', '80 и более', 'ge80'] },
  { key: 'ge90', label: '90 баллов и более', synonyms: ['90 баллов и более', 'от 90 баллов', '90 и более', 'ge90'] },
  { key: 'score100', label: '100 баллов', synonyms: ['получили 100 баллов', '100 баллов', 'score100'] },
  { key: 'average', label: 'Средний балл', synonyms: ['средний балл', 'средняя отметка', 'average'] },
  { key: 'confirmed', label: 'Подтвердили отметку', synonyms: ['подтвердили', 'confirmed'] },
  { key: 'lowered', label: 'Понизили отметку', synonyms: ['понизили', 'lowered'] },
  { key: 'raised', label: 'Повысили отметку', synonyms: ['повысили', 'raised'] },
  { key: 'success', label: 'Достигли базового уровня', synonyms: ['достигли базового уровня', 'справились', 'success'] },
  { key: 'winners', label: 'Победителей', synonyms: ['победителей', 'победители', 'winners'] },
  { key: 'prizewinners', label: 'Призёров', synonyms: ['призёров', 'призеров', 'призёры', 'призеры', 'prizewinners'] },
] as const;

export type FieldKey = (typeof FIELDS)[number]['key'];
export const FIELD_KEYS = FIELDS.map((f) => f.key) as FieldKey[];

/** Field → 0-based column index of the file. */
export type ColumnMapping = Partial<Record<FieldKey, number>>;

/** Fields of an aggregate layout: a row is one organisation × subject with its counts. */
export const COUNT_FIELDS = [
  'participants',
  'mark2',
  'mark3',
  'mark4',
  'mark5',
  'belowMin',
  'ge70',
  'ge80',
  'ge90',
  'score100',
  'confirmed',
  'lowered',
  'raised',
  'success',
  'winners',
  'prizewinners',
] as const satisfies readonly FieldKey[];

export function fieldLabel(key: FieldKey): string {
  return FIELDS.find((f) => f.key === key)?.label ?? key;
}

export const normaliseHeader = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'()\[\].,:;–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The proposed mapping of a header row: a column whose header equals a field's synonym first,
 * then one that contains it (longer synonyms before shorter ones); each column serves one field.
 */
export function proposeMapping(header: readonly string[]): ColumnMapping {
  const names = header.map((h) => normaliseHeader(h));
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (key: FieldKey, index: number) => {
    mapping[key] = index;
    used.add(index);
  };
  for (const f of FIELDS) {
    const i = names.findIndex((n, idx) => !used.has(idx) && f.synonyms.some((s) => normaliseHeader(s) === n));
    if (i >= 0) take(f.key, i);
  }
  const candidates = FIELDS.flatMap((f) => f.synonyms.map((s) => ({ key: f.key, synonym: normaliseHeader(s) })))
    .filter((c) => c.synonym.length >= 4)
    .sort((a, b) => b.synonym.length - a.synonym.length);
  for (const c of candidates) {
    if (mapping[c.key] !== undefined) continue;
    const i = names.findIndex((n, idx) => !used.has(idx) && n.includes(c.synonym));
    if (i >= 0) take(c.key, i);
  }
  return mapping;
}

/** Pupil-level (one row per pupil × subject) or aggregate (one row per organisation × subject). */
export function layoutOf(mapping: ColumnMapping): 'pupil' | 'aggregate' {
  return mapping.participants !== undefined ? 'aggregate' : 'pupil';
}
