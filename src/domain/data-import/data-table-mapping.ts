import type { DataElement, Polarity, Unit } from '../catalogue/catalogue.ts';

/** What the organisation columns of a table can be. */
export const ORG_ROLES = ['org_name', 'org_ogrn', 'org_inn', 'org_code', 'municipality', 'region'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** What one column of a wide table is: ignored, names the organisation, or holds values of a data element. */
export type ColumnRole =
  | { role: 'ignore' }
  | { role: OrgRole }
  | { role: 'value'; element: string; breakdown?: string }
  /** A data element created from the column (the table nobody planned for). */
  | { role: 'new_element'; code?: string; name: string; unit: Unit; valueType: 'integer' | 'number' };

/** A share indicator defined from two elements of the table: numerator / denominator × 100. */
export interface ShareDefinition {
  code?: string;
  name: string;
  numerator: string;
  denominator: string;
  polarity?: Polarity;
}

/** How a table's columns are read, by header text; saved by header and offered again next year. */
export interface DataTableMapping {
  columns: Record<string, ColumnRole>;
  shares?: ShareDefinition[];
}

export const ORG_ROLE_NAMES: Record<OrgRole, string> = {
  org_name: 'наименование организации',
  org_ogrn: 'ОГРН',
  org_inn: 'ИНН',
  org_code: 'код организации',
  municipality: 'муниципалитет (округ)',
  region: 'регион',
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0_]+/g, ' ')
    .trim();

const GUESSES: [RegExp, OrgRole][] = [
  [/огрн|\bogrn\b/, 'org_ogrn'],
  [/^инн( |$)|\binn\b/, 'org_inn'],
  [/^(код|code)( (оо|организации|ou|org))?$|фис ?око|^login$/, 'org_code'],
  [/admarea|адм.*округ|^округ$|муниципал|^мо$|^municipality$|^район$/, 'municipality'],
  [/^регион|^субъект|^region$/, 'region'],
  [/edu name|наименован|название|^организация|^учреждение|^оо$|^школа$|^name$|full ?name/, 'org_name'],
];

/**
 * A first reading of a table's header: the organisation columns by the words registers use, the
 * value columns by a data element's code or name; everything else ignored (the user decides).
 */
export function proposeMapping(header: readonly string[], elements: readonly Pick<DataElement, 'code' | 'name'>[]): DataTableMapping {
  const byCode = new Map(elements.map((e) => [e.code.toLowerCase(), e.code]));
  const byName = new Map(elements.map((e) => [norm(e.name), e.code]));
  const taken = new Set<OrgRole>();
  const columns: Record<string, ColumnRole> = {};
  for (const h of header) {
    const n = norm(h);
    const element = byCode.get(h.trim().toLowerCase()) ?? byName.get(n);
    if (element) {
      columns[h] = { role: 'value', element };
      continue;
    }
    const guess = GUESSES.find(([re, role]) => !taken.has(role) && re.test(n));
    if (guess) {
      taken.add(guess[1]);
      columns[h] = { role: guess[1] };
    } else columns[h] = { role: 'ignore' };
  }
  return { columns };
}

/** A saved mapping applies to a header when it names exactly the same columns. */
export function mappingFits(saved: DataTableMapping, header: readonly string[]): boolean {
  const keys = Object.keys(saved.columns);
  return keys.length === header.length && header.every((h) => h in saved.columns);
}

/** The name a mapping is saved under: the same header finds it next year. */
export function mappingName(header: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const c of header.join('\u0001')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  const start = header.slice(0, 3).join(', ');
  return `Таблица данных: ${start.length > 120 ? `${start.slice(0, 120)}…` : start} #${h.toString(16).padStart(8, '0')}`;
}

const TRANSLIT: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/** A data element code made from a column header: latin, lower case, digits and «_», starting with a letter. */
export function elementCodeFromHeader(header: string): string {
  const latin = [...header.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
  const code = latin
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return /^[a-z]/.test(code) ? code : `col_${code || 'x'}`;
}
