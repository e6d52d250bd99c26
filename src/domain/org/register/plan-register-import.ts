import { codeAllocator } from '../code-allocator.ts';
import type { OrgFields } from '../org-fields.ts';
import { ORG_TYPE_NAMES, type OrgType } from '../org-kind.ts';
import { orgNameKey, territoryNameKey } from './org-name-key.ts';
import { typeValueKey, type RegisterRow, type RowIssue } from './read-register-rows.ts';
import { REGISTER_FIELD_NAMES } from './register-fields.ts';

/** An organisation or territory of the register as the planner sees it. */
export interface RegisterOrg extends OrgFields {
  id: number;
  parentId: number | null;
  version: number;
}

/** Where the file goes: an existing region or municipality, or a region to create (an empty register). */
export type RegisterRoot =
  { kind: 'region' | 'municipality'; id: number; name: string; code: string } | { kind: 'new_region'; name: string; code: string };

/** A territory the file names, matched to the register or to create. */
export interface PlannedTerritory {
  key: string;
  name: string;
  /** The existing municipality, or null when it is to be created. */
  orgId: number | null;
  code: string;
  rows: number;
}

export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface PlannedNew {
  line: number;
  territoryKey: string | null;
  code: string;
  name: string;
  shortName: string | null;
  type: OrgType;
  inn: string | null;
  ogrn: string | null;
  fisOkoCode: string | null;
  attributes: Record<string, string | number>;
}

export interface PlannedUpdate {
  line: number;
  orgId: number;
  code: string;
  name: string;
  version: number;
  by: MatchedBy;
  changes: FieldChange[];
}

export type MatchedBy = 'code' | 'ogrn' | 'inn' | 'fis' | 'name' | 'decision';

export interface Candidate {
  orgId: number;
  name: string;
  code: string;
}

export interface AmbiguousRow {
  line: number;
  name: string;
  reason: string;
  candidates: Candidate[];
}

export interface UnplacedRow {
  line: number;
  name: string;
  territory: string | null;
  reason: string;
}

export interface UnknownType {
  /** The decision key: a type-cell value, or a line number for types read from names. */
  key: string;
  text: string;
  perRow: boolean;
  lines: number[];
}

export interface RowNote {
  line: number;
  message: string;
}

export interface RegisterDecisions {
  /** Create the territories the file names that the register does not have (the CLI's --yes). */
  createTerritories?: boolean;
  /** Per line: an organisation of the register, «create» a new one, or «skip» the row. */
  rows?: Record<string, number | 'create' | 'skip'>;
}

export interface RegisterPlan {
  root: RegisterRoot;
  territories: PlannedTerritory[];
  created: PlannedNew[];
  updated: PlannedUpdate[];
  unchanged: number[];
  ambiguous: AmbiguousRow[];
  unplaced: UnplacedRow[];
  unknownTypes: UnknownType[];
  errors: RowIssue[];
  notes: RowNote[];
  skipped: number[];
  /** Territories to create while creation is not confirmed. */
  unconfirmedTerritories: number;
  /** True when nothing stops the apply: no errors, every question answered. */
  ready: boolean;
}

const TYPE_LABEL = (t: OrgType | null) => (t ? ORG_TYPE_NAMES[t] : '—');

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Plans a register import: where each row goes (the root municipality, or the municipality the
 * row names, matched by name or to be created), which organisation it is (by СОКО code, ОГРН,
 * ИНН+КПП, ФИС ОКО code, then normalised name or alias within its municipality), and what would
 * change (field by field). Rows naming one organisation twice (its buildings) are taken once;
 * the same ОГРН or ИНН+КПП for different names is an error. Nothing is guessed: an unknown
 * type, several candidates, a row without a territory are questions, and `ready` is false until
 * each is answered. Codes of new territories and organisations are the next free ones under
 * their parent, in the order of the file, so the same file plans the same codes. Pure.
 */
export function planRegisterImport(input: {
  rows: readonly RegisterRow[];
  issues: readonly RowIssue[];
  register: readonly RegisterOrg[];
  root: RegisterRoot;
  decisions?: RegisterDecisions;
}): RegisterPlan {
  const { rows, root, register } = input;
  const decisions = input.decisions ?? {};
  const errors: RowIssue[] = [...input.issues];
  const errorLines = new Set(errors.map((e) => e.line));
  const notes: RowNote[] = [];
  const allocate = codeAllocator(new Set(register.map((o) => o.code)));

  const byId = new Map(register.map((o) => [o.id, o]));
  const orgs = register.filter((o) => o.kind === 'organisation');
  const byCode = new Map(register.map((o) => [o.code, o]));
  const byOgrn = new Map<string, RegisterOrg[]>();
  const byInn = new Map<string, RegisterOrg[]>();
  const byFis = new Map<string, RegisterOrg[]>();
  const byName = new Map<string, RegisterOrg[]>();
  for (const o of orgs) {
    if (o.ogrn) push(byOgrn, o.ogrn, o);
    if (o.inn) push(byInn, o.inn, o);
    if (o.fisOkoCode) push(byFis, o.fisOkoCode, o);
    const keys = new Set([o.name, o.shortName, ...o.aliases].filter((n): n is string => !!n).map(orgNameKey));
    for (const k of keys) push(byName, `${o.parentId}|${k}`, o);
  }

  // territories: under a region root, the municipalities by name key
  const territories = new Map<string, PlannedTerritory>();
  const municipalities = new Map<string, RegisterOrg>();
  if (root.kind === 'region')
    for (const m of register)
      if (m.kind === 'municipality' && m.parentId === root.id)
        for (const n of [m.name, m.shortName, ...m.aliases]) if (n) municipalities.set(territoryNameKey(n), m);

  const unplaced: UnplacedRow[] = [];
  const ambiguous: AmbiguousRow[] = [];
  const created: PlannedNew[] = [];
  const updated: PlannedUpdate[] = [];
  const unchanged: number[] = [];
  const skipped: number[] = [];
  const unknown = new Map<string, UnknownType>();
  const seenOgrn = new Map<string, RegisterRow>();
  const seenInn = new Map<string, RegisterRow>();
  const seenName = new Map<string, RegisterRow>();
  const rowDecision = (line: number) => decisions.rows?.[String(line)];

  const placeOf = (row: RegisterRow): { key: string | null; parentId: number | null } | UnplacedRow => {
    if (root.kind === 'municipality') {
      if (row.municipality && territoryNameKey(row.municipality) !== territoryNameKey(root.name))
        return {
          line: row.line,
          name: row.name,
          territory: row.municipality,
          reason: `муниципалитет «${row.municipality}» — не «${root.name}», куда идёт загрузка`,
        };
      return { key: null, parentId: root.id };
    }
    if (!row.municipality) return { line: row.line, name: row.name, territory: null, reason: 'не указан муниципалитет (округ, район)' };
    const key = territoryNameKey(row.municipality);
    if (key === '') return { line: row.line, name: row.name, territory: row.municipality, reason: 'муниципалитет не распознан' };
    let t = territories.get(key);
    if (!t) {
      const found = municipalities.get(key);
      t = found
        ? { key, name: found.name, orgId: found.id, code: found.code, rows: 0 }
        : { key, name: row.municipality, orgId: null, code: allocate(`${root.code}-`, 2), rows: 0 };
      territories.set(key, t);
    }
    t.rows++;
    return { key, parentId: t.orgId };
  };

  for (const row of rows) {
    if (rowDecision(row.line) === 'skip') {
      skipped.push(row.line);
      continue;
    }
    const place = placeOf(row);
    if ('reason' in place) {
      unplaced.push(place);
      continue;
    }
    // duplicates inside the file
    const nameKey = `${place.key ?? ''}|${orgNameKey(row.name)}`;
    const innKey = row.inn ? `${row.inn}|${String(row.attributes.kpp ?? '')}` : null;
    const earlier = (row.ogrn && seenOgrn.get(row.ogrn)) || (innKey && seenInn.get(innKey)) || seenName.get(nameKey);
    if (earlier) {
      const sameOrg =
        orgNameKey(earlier.name) === orgNameKey(row.name) &&
        (earlier.ogrn ?? row.ogrn) === (row.ogrn ?? earlier.ogrn) &&
        (earlier.inn ?? row.inn) === (row.inn ?? earlier.inn);
      const earlierKey = `${earlier.municipality ? territoryNameKey(earlier.municipality) : ''}|${orgNameKey(earlier.name)}`;
      if (sameOrg && (root.kind === 'municipality' || earlierKey === nameKey)) {
        notes.push({
          line: row.line,
          message: `то же учреждение, что в строке ${earlier.line} (другое здание): учтено один раз, по строке ${earlier.line}`,
        });
      } else {
        const what =
          row.ogrn && seenOgrn.get(row.ogrn) ? `ОГРН ${row.ogrn}` : innKey && seenInn.get(innKey) ? `ИНН ${row.inn}` : 'наименование';
        errors.push({
          line: row.line,
          column: null,
          message: `${what} — как в строке ${earlier.line}, а организация другая`,
          fix: `проверьте коды и наименования в строках ${earlier.line} и ${row.line}: у разных организаций они разные, одну организацию оставьте одной строкой`,
        });
      }
      continue;
    }
    if (row.ogrn) seenOgrn.set(row.ogrn, row);
    if (innKey) seenInn.set(innKey, row);
    seenName.set(nameKey, row);
    if (errorLines.has(row.line)) continue;

    // matching
    const decided = rowDecision(row.line);
    let match: RegisterOrg | null = null;
    let by = null as MatchedBy | null;
    let candidates: RegisterOrg[] = [];
    let reason = '';
    const one = (list: RegisterOrg[] | undefined, how: MatchedBy, what: string) => {
      if (match || candidates.length || !list || list.length === 0) return;
      if (list.length === 1) {
        match = list[0]!;
        by = how;
      } else {
        candidates = list;
        reason = `${what} — у нескольких организаций реестра`;
      }
    };
    if (typeof decided === 'number') {
      const o = byId.get(decided);
      if (o && o.kind === 'organisation') {
        match = o;
        by = 'decision';
      }
    } else if (decided !== 'create') {
      if (row.code) {
        const o = byCode.get(row.code);
        if (o && o.kind === 'organisation') {
          match = o;
          by = 'code';
        }
      }
      if (row.ogrn) one(byOgrn.get(row.ogrn), 'ogrn', `ОГРН ${row.ogrn}`);
      if (row.inn) {
        const list = byInn.get(row.inn);
        const kpp = row.attributes.kpp;
        one(kpp && list ? list.filter((o) => !o.attributes.kpp || o.attributes.kpp === kpp) : list, 'inn', `ИНН ${row.inn}`);
      }
      if (row.fisOkoCode) one(byFis.get(row.fisOkoCode), 'fis', `код ФИС ОКО ${row.fisOkoCode}`);
      if (place.parentId !== null) one(byName.get(`${place.parentId}|${orgNameKey(row.name)}`), 'name', 'это наименование');
    }
    if (candidates.length) {
      ambiguous.push({
        line: row.line,
        name: row.name,
        reason,
        candidates: candidates.map((c) => ({ orgId: c.id, name: c.name, code: c.code })),
      });
      continue;
    }
    const m = match as RegisterOrg | null;
    if (m) {
      if (place.parentId !== null && m.parentId !== place.parentId) {
        const where = m.parentId === null ? undefined : byId.get(m.parentId);
        errors.push({
          line: row.line,
          column: null,
          message: `организация «${m.name}» (${m.code}) в реестре числится в «${where?.name ?? '—'}», а в файле — в другом муниципалитете`,
          fix: 'исправьте муниципалитет в файле; перевод организации в другой муниципалитет делается в её карточке',
        });
        continue;
      }
      const changes: FieldChange[] = [];
      const change = (field: string, label: string, before: unknown, after: unknown) => {
        if (!same(before, after)) changes.push({ field, label, before: before ?? null, after });
      };
      if (by !== 'name' && row.name) change('name', 'Наименование', m.name, row.name);
      if (row.shortName) change('shortName', 'Краткое наименование', m.shortName, row.shortName);
      if (row.type && row.type !== m.type)
        changes.push({ field: 'type', label: 'Тип', before: TYPE_LABEL(m.type), after: TYPE_LABEL(row.type) });
      if (row.inn) change('inn', 'ИНН', m.inn, row.inn);
      if (row.ogrn) change('ogrn', 'ОГРН', m.ogrn, row.ogrn);
      if (row.fisOkoCode) change('fisOkoCode', 'Код ФИС ОКО', m.fisOkoCode, row.fisOkoCode);
      for (const [k, v] of Object.entries(row.attributes)) change(`attributes.${k}`, attributeLabel(k), m.attributes[k], v);
      if (changes.length === 0) unchanged.push(row.line);
      else {
        const typeChange = changes.find((c) => c.field === 'type');
        if (typeChange) typeChange.after = row.type;
        updated.push({ line: row.line, orgId: m.id, code: m.code, name: m.name, version: m.version, by: by!, changes });
      }
      continue;
    }
    // a new organisation
    if (!row.type) {
      const key = row.typeFromColumn ? typeValueKey(row.typeText) : String(row.line);
      const u = unknown.get(key) ?? { key, text: row.typeText, perRow: !row.typeFromColumn, lines: [] };
      u.lines.push(row.line);
      unknown.set(key, u);
      continue;
    }
    const parentCode = place.key === null ? (root.kind === 'new_region' ? root.code : root.code) : territories.get(place.key)!.code;
    created.push({
      line: row.line,
      territoryKey: place.key,
      code: allocate(`${parentCode}-`, 3),
      name: row.name,
      shortName: row.shortName,
      type: row.type,
      inn: row.inn,
      ogrn: row.ogrn,
      fisOkoCode: row.fisOkoCode,
      attributes: row.attributes,
    });
  }
  const territoryList = [...territories.values()];
  const unconfirmedTerritories = decisions.createTerritories
    ? 0
    : territoryList.filter((t) => t.orgId === null).length + (root.kind === 'new_region' ? 1 : 0);
  return {
    root,
    territories: territoryList,
    created,
    updated,
    unchanged,
    ambiguous,
    unplaced,
    unknownTypes: [...unknown.values()],
    errors: errors.sort((a, b) => a.line - b.line),
    notes,
    skipped,
    unconfirmedTerritories,
    ready: errors.length === 0 && ambiguous.length === 0 && unplaced.length === 0 && unknown.size === 0 && unconfirmedTerritories === 0,
  };
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  kpp: REGISTER_FIELD_NAMES.kpp,
  address: REGISTER_FIELD_NAMES.address,
  settlement: REGISTER_FIELD_NAMES.settlement,
  ownership: REGISTER_FIELD_NAMES.ownership,
  latitude: REGISTER_FIELD_NAMES.latitude,
  longitude: REGISTER_FIELD_NAMES.longitude,
  pupils: REGISTER_FIELD_NAMES.pupils,
  closedOn: REGISTER_FIELD_NAMES.closedOn,
};

/** The Russian label of an attribute key (other columns keep their header). */
export function attributeLabel(key: string): string {
  return ATTRIBUTE_LABELS[key] ?? key;
}
