/** What a column of a register file can hold. */
export const REGISTER_FIELDS = [
  'code',
  'name',
  'shortName',
  'type',
  'inn',
  'kpp',
  'ogrn',
  'fisOkoCode',
  'region',
  'municipality',
  'address',
  'settlement',
  'ownership',
  'latitude',
  'longitude',
  'pupils',
  'closedOn',
  'attribute',
  'ignore',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export const REGISTER_FIELD_NAMES: Record<RegisterField, string> = {
  code: 'Код СОКО',
  name: 'Наименование',
  shortName: 'Краткое наименование',
  type: 'Тип',
  inn: 'ИНН',
  kpp: 'КПП',
  ogrn: 'ОГРН',
  fisOkoCode: 'Код ФИС ОКО',
  region: 'Регион',
  municipality: 'Муниципалитет',
  address: 'Адрес',
  settlement: 'Местность',
  ownership: 'Форма собственности',
  latitude: 'Широта',
  longitude: 'Долгота',
  pupils: 'Число обучающихся',
  closedOn: 'Закрыта',
  attribute: 'Дополнительный признак',
  ignore: 'Не загружать',
};

export function isRegisterField(value: string): value is RegisterField {
  return (REGISTER_FIELDS as readonly string[]).includes(value);
}

/** Column → field, keyed by the header text as written. */
export type RegisterMapping = Record<string, RegisterField>;

const key = (h: string) =>
  h
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();

/** Header words for each field, checked in this order (the first match wins; the first column per field). */
const RULES: [RegisterField, RegExp][] = [
  ['ignore', /^(rownum|n|no|№|номер п п|п п|n п п)$/],
  ['code', /^(код соко|код организации|код)$/],
  ['ogrn', /огрн|ogrn/],
  ['kpp', /кпп|kpp/],
  ['inn', /инн|inn/],
  ['fisOkoCode', /фис|fis|логин/],
  ['shortName', /кратк|сокращ|short/],
  ['type', /^(тип|вид|тип организации|вид организации|тип учреждения|вид учреждения|тип оо|type|kind|vid uchrezhdeni[a-z]*)$/],
  ['region', /^(регион|субъект|субъект рф|region)$/],
  ['municipality', /муницип|округ|okrug|^(мо|район|municipality|территория)$/],
  ['address', /адрес|adress|address/],
  ['settlement', /местност|город село|городск.*сельск|settlement/],
  ['ownership', /собственност|incorporation|ownership/],
  ['latitude', /широт|^(lat|latitude|y)$/],
  ['longitude', /долгот|^(lon|lng|longitude|x)$/],
  ['pupils', /обучающ|учащ|контингент|воспитанник|pupils/],
  ['closedOn', /закрыт|ликвидир|closed/],
  ['name', /наименован|название|^(name|организация|оо|школа)$/],
];

/**
 * The proposed field of each column from its header. Each field but `attribute` and `ignore`
 * goes to its first column only; a column nothing recognises is an attribute under its header.
 */
export function proposeRegisterMapping(headers: readonly string[]): RegisterMapping {
  const out: RegisterMapping = {};
  const taken = new Set<RegisterField>();
  for (const h of headers) {
    if (h.trim() === '') continue;
    const k = key(h);
    const rule = RULES.find(([field, re]) => re.test(k) && (field === 'ignore' || !taken.has(field)));
    const field = rule ? rule[0] : 'attribute';
    if (field !== 'ignore' && field !== 'attribute') taken.add(field);
    out[h] = field;
  }
  return out;
}

/** The header of each field in the workbook the register is exported to (and the importer proposes back). */
export const EXPORT_HEADERS: { field: Exclude<RegisterField, 'attribute' | 'ignore'>; header: string }[] = [
  { field: 'code', header: 'Код СОКО' },
  { field: 'name', header: 'Наименование' },
  { field: 'shortName', header: 'Краткое наименование' },
  { field: 'type', header: 'Тип' },
  { field: 'inn', header: 'ИНН' },
  { field: 'kpp', header: 'КПП' },
  { field: 'ogrn', header: 'ОГРН' },
  { field: 'fisOkoCode', header: 'Код ФИС ОКО' },
  { field: 'region', header: 'Регион' },
  { field: 'municipality', header: 'Муниципалитет' },
  { field: 'address', header: 'Адрес' },
  { field: 'settlement', header: 'Местность (город/село)' },
  { field: 'ownership', header: 'Форма собственности' },
  { field: 'latitude', header: 'Широта' },
  { field: 'longitude', header: 'Долгота' },
  { field: 'pupils', header: 'Число обучающихся' },
  { field: 'closedOn', header: 'Закрыта с' },
];
