import { isOrgType, type OrgType } from '../org-kind.ts';
import { isValidLegalInn, isValidOgrn } from '../registry-codes.ts';
import { recogniseOrgType } from './org-type-words.ts';
import { REGISTER_FIELD_NAMES, type RegisterField, type RegisterMapping } from './register-fields.ts';
import { codeDigits, parseDay, parseDecimal, parseOwnership, parseSettlement } from './register-values.ts';

/** One organisation as a row of the file gives it; only what the file has is set. */
export interface RegisterRow {
  line: number;
  code: string | null;
  name: string;
  shortName: string | null;
  /** Recognised or decided type; null when the file gives none that is known. */
  type: OrgType | null;
  /** The text the type was looked for in (the type cell, else the name). */
  typeText: string;
  /** True when the type came from a type column (asked per value), false when from the name (asked per row). */
  typeFromColumn: boolean;
  inn: string | null;
  ogrn: string | null;
  fisOkoCode: string | null;
  region: string | null;
  municipality: string | null;
  /** Register attributes the row sets (kpp, address, settlement, ownership, latitude, longitude, pupils, closedOn, other columns). */
  attributes: Record<string, string | number>;
}

/** A mistake in a row: where, what is wrong and how to fix it. */
export interface RowIssue {
  line: number;
  column: string | null;
  message: string;
  fix: string;
}

/** The user's answers about types: per type-cell value, and per row for types read from names. */
export interface TypeDecisions {
  byValue?: Record<string, OrgType>;
  byLine?: Record<string, OrgType>;
}

/** The attribute key each mapped field is stored under in org.attributes. */
export const ATTRIBUTE_KEYS: Partial<Record<RegisterField, string>> = {
  kpp: 'kpp',
  address: 'address',
  settlement: 'settlement',
  ownership: 'ownership',
  latitude: 'latitude',
  longitude: 'longitude',
  pupils: 'pupils',
  closedOn: 'closedOn',
};

const typeValueKey = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
export { typeValueKey };

/**
 * Reads the data rows of a register file by the mapping: codes checked (ОГРН and ИНН check digits,
 * КПП form), coordinates and pupils read as numbers (decimal comma or point) and checked, the
 * type recognised from the type column or the name — or taken from the user's decision. Blank
 * rows are skipped; each mistake is an issue with the row, column, what is wrong and how to fix it.
 */
export function readRegisterRows(
  headers: readonly string[],
  rows: readonly { line: number; cells: readonly string[] }[],
  mapping: RegisterMapping,
  decisions: TypeDecisions = {},
): { rows: RegisterRow[]; issues: RowIssue[] } {
  const columns = headers.map((h, i) => ({ header: h, index: i, field: mapping[h] ?? (h.trim() === '' ? 'ignore' : 'attribute') }));
  const first = (field: RegisterField) => columns.find((c) => c.field === field);
  const out: RegisterRow[] = [];
  const issues: RowIssue[] = [];
  for (const r of rows) {
    const cell = (field: RegisterField) => {
      const c = first(field);
      return c ? (r.cells[c.index] ?? '').trim() : '';
    };
    if (r.cells.every((c) => c.trim() === '')) continue;
    const issue = (field: RegisterField, message: string, fix: string) =>
      issues.push({ line: r.line, column: first(field)?.header ?? REGISTER_FIELD_NAMES[field], message, fix });
    const name = cell('name').replace(/\s+/g, ' ');
    if (name === '') issue('name', 'пустое наименование', 'впишите полное наименование организации или удалите строку');
    const inn = codeDigits(cell('inn')) || null;
    if (inn && !isValidLegalInn(inn))
      issue('inn', `ИНН «${inn}» неверен`, 'ИНН организации — 10 цифр с верной контрольной цифрой; сверьте его с выпиской ЕГРЮЛ');
    const ogrn = codeDigits(cell('ogrn')) || null;
    if (ogrn && !isValidOgrn(ogrn))
      issue('ogrn', `ОГРН «${ogrn}» неверен: не сходится контрольная цифра или не 13 цифр`, 'сверьте ОГРН с выпиской ЕГРЮЛ');
    const attributes: Record<string, string | number> = {};
    const kpp = codeDigits(cell('kpp'));
    if (kpp) {
      if (!/^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp)) issue('kpp', `КПП «${kpp}» неверен`, 'КПП — 9 знаков, как в выписке ЕГРЮЛ');
      else attributes.kpp = kpp;
    }
    const address = cell('address');
    if (address) attributes.address = address;
    const settlementText = cell('settlement');
    if (settlementText) {
      const s = parseSettlement(settlementText);
      if (s) attributes.settlement = s;
      else issue('settlement', `местность «${settlementText}» не распознана`, 'напишите «городская» или «сельская»');
    }
    const ownershipText = cell('ownership');
    if (ownershipText) {
      const o = parseOwnership(ownershipText);
      if (o) attributes.ownership = o;
      else issue('ownership', `форма собственности «${ownershipText}» не распознана`, 'напишите «государственная» или «негосударственная»');
    }
    for (const [field, lo, hi, what] of [
      ['latitude', -90, 90, 'широта'],
      ['longitude', -180, 180, 'долгота'],
    ] as const) {
      const text = cell(field);
      if (!text) continue;
      const v = parseDecimal(text);
      if (v === null || v < lo || v > hi)
        issue(field, `${what} «${text}» — не число от ${lo} до ${hi}`, 'запишите градусы десятичной дробью, например 55,75');
      else attributes[field] = v;
    }
    const pupilsText = cell('pupils');
    if (pupilsText) {
      const v = parseDecimal(pupilsText);
      if (v === null || v < 0 || !Number.isInteger(v))
        issue('pupils', `число обучающихся «${pupilsText}» — не целое число`, 'впишите целое число без пробелов внутри');
      else attributes.pupils = v;
    }
    const closedText = cell('closedOn');
    if (closedText && !/^(нет|no|0|-|—)$/i.test(closedText)) {
      const day = parseDay(closedText);
      if (day) attributes.closedOn = day;
      else if (/^(да|yes|1|закрыта|ликвидирована)$/i.test(closedText)) attributes.closedOn = 'да';
      else
        issue(
          'closedOn',
          `отметка о закрытии «${closedText}» не распознана`,
          'впишите дату закрытия (дд.мм.гггг), «да» или оставьте пустым',
        );
    }
    for (const c of columns) {
      if (c.field !== 'attribute') continue;
      const v = (r.cells[c.index] ?? '').trim();
      if (v !== '') attributes[c.header.trim()] = v;
    }
    const typeColumn = first('type');
    const typeCell = cell('type');
    const typeFromColumn = typeColumn !== undefined && typeCell !== '';
    const typeText = typeFromColumn ? typeCell : name;
    const decided = typeFromColumn ? decisions.byValue?.[typeValueKey(typeText)] : decisions.byLine?.[String(r.line)];
    const type = decided && isOrgType(decided) ? decided : recogniseOrgType(typeText);
    out.push({
      line: r.line,
      code: cell('code') || null,
      name,
      shortName: cell('shortName') || null,
      type,
      typeText,
      typeFromColumn,
      inn,
      ogrn,
      fisOkoCode: cell('fisOkoCode') || null,
      region: cell('region') || null,
      municipality: cell('municipality') || null,
      attributes,
    });
  }
  return { rows: out, issues };
}
