import { createHash } from 'node:crypto';
import type { OrgRef } from '../../domain/assessment/assessment-kind.ts';
import { orgKey } from '../../domain/assessment/org-key.ts';
import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { checkImportedValue, ratioPairs } from '../../domain/data-import/check-imported-value.ts';
import {
  elementCodeFromHeader,
  mappingFits,
  mappingName,
  proposeMapping,
  type ColumnRole,
  type DataTableMapping,
  type OrgRole,
} from '../../domain/data-import/data-table-mapping.ts';
import { parseTableNumber } from '../../domain/data-import/parse-table-number.ts';
import { columnLetter } from '../../domain/export/column-letter.ts';
import { isValidOgrn } from '../../domain/org/registry-codes.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, type AppErrorDetail } from '../app-error.ts';
import { dropSharedCandidates, sharedTargets } from './shared-targets.ts';
import { matchOrgs, type PlaceMatch } from '../assessments/match-orgs.ts';
import { canonicalHash } from '../catalogues/canonical-hash.ts';
import { loadDataElements } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { readDataTable } from './read-data-table.ts';
import type { DataImportPreview, ImportElement } from '../../api/data-imports.ts';
import { ownCatalogueChange, type OwnCatalogueChange } from './own-catalogue.ts';

export type { DataImportPreview };

export interface DataImportInput {
  bytes: Uint8Array;
  fileName: string;
  periodCode: string;
  /** The territory the rows belong to (its code); by default the actor's scope or the only region. */
  territoryCode?: string | null;
  /** How to read the columns; by default the mapping saved for this header, else a proposal. */
  mapping?: DataTableMapping | null;
}

interface RowValue {
  key: string;
  line: number;
  column: string;
  element: string;
  breakdown: string;
  value: number;
}

/** Everything applying needs, prepared the same way the preview was. */
export interface DataImportPlan {
  preview: DataImportPreview;
  periodId: number;
  periodKind: string;
  territory: { id: number; path: string; kind: string; code: string; name: string } | null;
  /** Keys resolved for sure (code, ОГРН, ИНН, exact name): org id. */
  resolved: Map<string, number>;
  /** The rest, matched by `matchOrgs` with their proposals. */
  places: PlaceMatch[];
  refs: Map<string, OrgRef>;
  /** The line of each organisation key. */
  lines: Map<string, number>;
  values: RowValue[];
  elements: ImportElement[];
  own: OwnCatalogueChange | null;
  mappingName: string;
  mappingChanged: boolean;
  existing: Map<string, { value: number; by: string | null }>;
}

const ISSUE_LIMIT = 500;

const cellText = (c: unknown) => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '');

/** The mapping saved for exactly this header, if any. */
async function savedMapping(ctx: UseCaseContext, name: string, header: readonly string[]): Promise<DataTableMapping | null> {
  const row = await ctx.db
    .selectFrom('import_mapping')
    .select('columns')
    .where('name', '=', name)
    .where('kind', '=', 'data_table')
    .executeTakeFirst();
  if (!row) return null;
  const columns = row.columns as unknown as Record<string, string>;
  const mapping: DataTableMapping = { columns: {} };
  for (const [h, v] of Object.entries(columns)) {
    if (h === '#shares') mapping.shares = JSON.parse(v) as DataTableMapping['shares'];
    else mapping.columns[h] = JSON.parse(v) as ColumnRole;
  }
  return mappingFits(mapping, header) ? mapping : null;
}

/** The mapping as stored in import_mapping.columns (header → JSON of its role). */
export function storedColumns(mapping: DataTableMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [h, r] of Object.entries(mapping.columns)) out[h] = JSON.stringify(r);
  if (mapping.shares?.length) out['#shares'] = JSON.stringify(mapping.shares);
  return out;
}

async function findTerritory(ctx: UseCaseContext, code: string | null | undefined): Promise<DataImportPlan['territory']> {
  const q = ctx.db.selectFrom('org').select(['id', 'path', 'kind', 'code', 'name']);
  if (code) {
    const t = await q.where('code', '=', code).executeTakeFirst();
    if (!t) throw new AppError('not_found', `Территория с кодом «${code}» не найдена: проверьте код в реестре организаций.`);
    if (t.kind !== 'region' && t.kind !== 'municipality')
      throw new AppError(
        'validation_failed',
        `«${t.name}» — не регион и не муниципалитет: укажите территорию, к которой относятся строки таблицы.`,
      );
    if (!actorSees(ctx.actor, t.path)) throw forbidden(`«${t.name}» вне вашей зоны доступа.`);
    return t;
  }
  if (ctx.actor.scopeOrgId !== null) return (await q.where('id', '=', ctx.actor.scopeOrgId).executeTakeFirst()) ?? null;
  const regions = await q.where('kind', '=', 'region').execute();
  return regions.length === 1 ? regions[0]! : null;
}

/**
 * Reads a wide table of numbers and compares it with the data of the period: the columns by the
 * mapping (given, saved for this header, or proposed), the organisation of each row matched to the
 * register (ОГРН, ИНН, code, then name within the territory), each value parsed as people write
 * numbers and checked against its data element; values new, changed (old → new and who entered
 * it) and unchanged. Nothing is written.
 */
export async function prepareDataImport(ctx: UseCaseContext, input: DataImportInput): Promise<DataImportPlan> {
  if (!['admin', 'regional_operator', 'municipal_operator'].includes(ctx.actor.role))
    throw forbidden('Загружать таблицы данных могут администратор и операторы.');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const period = await ctx.db.selectFrom('period').selectAll().where('code', '=', input.periodCode).executeTakeFirst();
  if (!period)
    throw new AppError(
      'not_found',
      `Период «${input.periodCode}» не найден: создайте его в разделе «Периоды» или укажите код существующего (например, 2015/2016).`,
    );
  const territory = await findTerritory(ctx, input.territoryCode);
  const table = await readDataTable(input.bytes, input.fileName);
  const name = mappingName(table.header);
  const all = await loadDataElements(ctx.db);
  const saved = await savedMapping(ctx, name, table.header);
  const chosen = input.mapping ?? saved ?? proposeMapping(table.header, [...all.values()]);
  // Every column of the header has a role (ignored unless said otherwise): the mapping is saved whole.
  const mapping: DataTableMapping = {
    columns: Object.fromEntries(table.header.map((h) => [h, chosen.columns[h] ?? { role: 'ignore' }])),
    ...(chosen.shares?.length ? { shares: chosen.shares } : {}),
  };
  const mappingSource = input.mapping ? 'given' : saved ? 'saved' : 'proposed';
  const issues: AppErrorDetail[] = [];
  let issueCount = 0;
  const issue = (row: number, column: number | null, message: string) => {
    issueCount++;
    if (issues.length >= ISSUE_LIMIT) return;
    const letter = column === null ? undefined : columnLetter(column + 1);
    const where = `Лист «${table.sheet}», строка ${row}${letter ? `, столбец ${letter} («${table.header[column!]}»)` : ''}`;
    issues.push({ sheet: table.sheet, row, ...(letter ? { column: letter } : {}), message: `${where}: ${message}` });
  };

  // Columns: organisation, values, ignored.
  for (const h of Object.keys(chosen.columns))
    if (!table.header.includes(h))
      issue(table.headerLine, null, `в сопоставлении есть столбец «${h}», а в файле его нет — проверьте файл или сопоставление`);
  const orgColumns = new Map<OrgRole, number>();
  const valueColumns: { index: number; element: ImportElement; breakdown: string }[] = [];
  const elements = new Map<string, ImportElement>();
  table.header.forEach((h, index) => {
    const role = mapping.columns[h] ?? { role: 'ignore' };
    if (role.role === 'ignore') return;
    if (role.role === 'value' || role.role === 'new_element') {
      let element: ImportElement;
      if (role.role === 'value') {
        const e = all.get(role.element);
        if (!e)
          return issue(
            table.headerLine,
            index,
            `элемент данных «${role.element}» не найден: выберите другой или создайте элемент из столбца`,
          );
        if (e.level !== 'organisation')
          return issue(table.headerLine, index, `«${e.name}» собирается не по организациям: строки таблицы — организации`);
        element = { code: e.code, name: e.name, unit: e.unit, valueType: e.valueType, isNew: false };
      } else {
        const code = role.code ?? elementCodeFromHeader(h);
        const e = all.get(code);
        if (e && (e.unit !== role.unit || e.valueType !== role.valueType))
          return issue(
            table.headerLine,
            index,
            `элемент данных с кодом «${code}» уже есть («${e.name}»), с другой единицей или типом: выберите его или укажите другой код`,
          );
        element = e
          ? { code: e.code, name: e.name, unit: e.unit, valueType: e.valueType, isNew: false }
          : { code, name: role.name.trim() || h, unit: role.unit, valueType: role.valueType, isNew: true };
      }
      const breakdown = role.role === 'value' ? (role.breakdown ?? '') : '';
      if (valueColumns.some((v) => v.element.code === element.code && v.breakdown === breakdown))
        return issue(
          table.headerLine,
          index,
          `в «${element.name}» уже пишет другой столбец: выберите для этого столбца другой элемент или разрез, либо пропустите его`,
        );
      elements.set(element.code, element);
      valueColumns.push({ index, element, breakdown });
      return;
    }
    if (orgColumns.has(role.role))
      return issue(table.headerLine, index, `организацию уже описывает другой столбец того же вида: оставьте один`);
    orgColumns.set(role.role, index);
  });
  if (!['org_name', 'org_ogrn', 'org_inn', 'org_code'].some((r) => orgColumns.has(r as OrgRole)))
    issue(table.headerLine, null, 'не указан столбец с организацией (наименование, ОГРН, ИНН или код): отметьте его в сопоставлении');
  if (valueColumns.length === 0)
    issue(table.headerLine, null, 'ни один столбец не сопоставлен с элементом данных: выберите элемент или создайте его из столбца');

  // The own catalogue's shares and the numerator ≤ denominator pairs the catalogues state.
  const frameworks = await ctx.db.selectFrom('framework').select(['code', 'version', 'content']).where('kind', '=', 'indicators').execute();
  const own = ownCatalogueChange(territory, frameworks, mapping, table.header, elements, all, period.kind);
  for (const problem of own.problems) issue(table.headerLine, null, problem);
  const formulas = frameworks.flatMap((f) => ((f.content as unknown as Catalogue).indicators ?? []).map((i) => i.formula));
  const codes = new Set(valueColumns.filter((v) => v.breakdown === '').map((v) => v.element.code));
  const pairs = ratioPairs([...formulas, ...own.formulas]).filter((p) => codes.has(p.numerator) && codes.has(p.denominator));

  // Rows: the organisation and the values.
  const refs = new Map<string, OrgRef>();
  const keyLines = new Map<string, number>();
  const values: RowValue[] = [];
  let missing = 0;
  const col = (role: OrgRole, cells: unknown[]) => {
    const i = orgColumns.get(role);
    return i === undefined ? '' : cellText(cells[i]);
  };
  for (const { line, cells } of table.rows) {
    const ref: OrgRef = {};
    const nameText = col('org_name', cells);
    const ogrn = col('org_ogrn', cells).replace(/\s/g, '');
    const inn = col('org_inn', cells).replace(/\s/g, '');
    const code = col('org_code', cells);
    if (nameText) ref.name = nameText;
    if (ogrn) {
      if (!isValidOgrn(ogrn))
        issue(line, orgColumns.get('org_ogrn')!, `ОГРН «${ogrn}» неверен (13 цифр с контрольной): исправьте или оставьте ячейку пустой`);
      ref.ogrn = ogrn;
    }
    if (inn) ref.inn = inn;
    if (code) ref.code = code;
    const mun = col('municipality', cells);
    const reg = col('region', cells);
    if (mun) ref.municipality = mun;
    if (reg) ref.region = reg;
    if (!ref.name && !ref.ogrn && !ref.inn && !ref.code) {
      issue(line, null, 'не указана организация (ни наименования, ни ОГРН, ИНН или кода): заполните или удалите строку');
      continue;
    }
    const key = ref.ogrn ? `ogrn:${ref.ogrn}` : orgKey(ref);
    const twin = keyLines.get(key);
    if (twin !== undefined) {
      issue(line, null, `эта организация уже есть в строке ${twin}: оставьте одну строку на организацию`);
      continue;
    }
    keyLines.set(key, line);
    refs.set(key, ref);
    const rowValues = new Map<string, number>();
    for (const v of valueColumns) {
      const parsed = parseTableNumber(cells[v.index] as string | number | null | undefined);
      if (parsed.kind === 'missing') {
        missing++;
        continue;
      }
      if (parsed.kind === 'invalid') {
        issue(line, v.index, parsed.reason);
        continue;
      }
      const problem = checkImportedValue(v.element, parsed.value, parsed.percent);
      if (problem) {
        issue(line, v.index, problem);
        continue;
      }
      if (v.breakdown === '') rowValues.set(v.element.code, parsed.value);
      values.push({ key, line, column: table.header[v.index]!, element: v.element.code, breakdown: v.breakdown, value: parsed.value });
    }
    for (const p of pairs) {
      const n = rowValues.get(p.numerator);
      const d = rowValues.get(p.denominator);
      if (n !== undefined && d !== undefined && n > d) {
        const ni = valueColumns.find((v) => v.element.code === p.numerator && v.breakdown === '')!.index;
        issue(
          line,
          ni,
          `${n} больше, чем «${elements.get(p.denominator)!.name}» (${d}): часть не может быть больше целого — проверьте строку`,
        );
      }
    }
  }

  // The register: exact keys first (one pass), the rest by matchOrgs.
  const register = await ctx.db
    .selectFrom('org')
    .select(['id', 'code', 'inn', 'ogrn', 'fis_oko_code'])
    .where('kind', '=', 'organisation')
    .$if(territory !== null, (q) => q.where('path', 'like', `${territory!.path}%`))
    .execute();
  const index = new Map<string, number[]>();
  const put = (k: string, id: number) => index.set(k, [...(index.get(k) ?? []), id]);
  for (const o of register) {
    put(`code:${o.code}`, o.id);
    if (o.fis_oko_code) put(`code:${o.fis_oko_code}`, o.id);
    if (o.inn) put(`inn:${o.inn}`, o.id);
    if (o.ogrn) put(`ogrn:${o.ogrn}`, o.id);
  }
  const resolved = new Map<string, number>();
  const rest: { key: string; ref: OrgRef; rows: number; lines: { sheet: string; line: number }[] }[] = [];
  for (const [key, ref] of refs) {
    const tries = [ref.ogrn && `ogrn:${ref.ogrn}`, ref.code && `code:${ref.code}`, ref.inn && `inn:${ref.inn}`].filter(
      (k): k is string => !!k,
    );
    const hit = tries.map((k) => index.get(k)).find((ids) => ids?.length === 1);
    if (hit) resolved.set(key, hit[0]!);
    else rest.push({ key, ref, rows: 1, lines: [{ sheet: table.sheet, line: keyLines.get(key)! }] });
  }
  const places = rest.length ? await matchOrgs(ctx.db, territory?.path ?? null, rest, false) : [];
  for (const p of places) if (p.level === 'organisation' && p.orgId !== null && p.by !== null) resolved.set(p.key, p.orgId);
  dropSharedCandidates(places, resolved);

  // What the period holds for these elements.
  const existing = new Map<string, { value: number; by: string | null }>();
  if (elements.size && resolved.size) {
    const rows = await ctx.db
      .selectFrom('data_value as d')
      .innerJoin('org as o', 'o.id', 'd.org_id')
      .leftJoin('app_user as u', 'u.id', 'd.entered_by')
      .select(['d.org_id', 'd.data_element_code', 'd.breakdown', 'd.value', 'd.source', 'u.full_name'])
      .where('d.period_id', '=', period.id)
      .where('d.data_element_code', 'in', [...elements.keys()])
      .$if(territory !== null, (q) => q.where('o.path', 'like', `${territory!.path}%`))
      .execute();
    for (const r of rows)
      existing.set(`${r.org_id}|${r.data_element_code}|${r.breakdown}`, {
        value: Number(r.value),
        by: r.full_name ?? sourceName(r.source),
      });
  }

  const plan: DataImportPlan = {
    preview: {
      fileName: input.fileName,
      sha256,
      sheet: table.sheet,
      header: table.header,
      mapping,
      mappingSource,
      period: { code: period.code, name: period.name },
      territory: territory ? { code: territory.code, name: territory.name } : null,
      elements: [...elements.values()],
      rows: table.rows.length,
      counts: { new: 0, changed: 0, unchanged: 0, missing, rowsMatched: 0, rowsNotMatched: 0, orgsToCreate: 0, placesToCreate: 0 },
      changed: [],
      places: places.filter((p) => !(p.orgId !== null && p.by !== null)),
      rowsNotMatched: [],
      pairs,
      pairsNote: pairs.length
        ? `Проверено: числитель не больше знаменателя (${pairs.map((p) => `«${elements.get(p.numerator)!.name}» ≤ «${elements.get(p.denominator)!.name}»`).join(', ')}).`
        : 'Пар «числитель — знаменатель» для столбцов этой таблицы в методиках нет: проверка «часть не больше целого» не выполнялась.',
      ownCatalogue: own.change ? { code: own.change.catalogue.code, newVersion: true, shares: own.change.shares } : null,
      issues,
      issueCount,
    },
    periodId: period.id,
    periodKind: period.kind,
    territory,
    resolved,
    places,
    refs,
    lines: keyLines,
    values,
    elements: [...elements.values()],
    own: own.change,
    mappingName: name,
    mappingChanged: saved === null || canonicalHash(storedColumns(mapping)) !== canonicalHash(storedColumns(saved)),
    existing,
  };
  const targets = proposedTargets(plan);
  classifyValues(plan, targets);
  // Two rows found for sure as one organisation (the same school twice): the file must say which.
  const shared = sharedTargets(targets, keyLines, new Set(values.map((v) => v.key)));
  if (shared.length) {
    const names = new Map(
      (
        await ctx.db
          .selectFrom('org')
          .select(['id', 'name', 'code'])
          .where(
            'id',
            'in',
            shared.map((s) => s.orgId),
          )
          .execute()
      ).map((o) => [o.id, `«${o.name}» (${o.code})`]),
    );
    for (const s of shared)
      issue(
        s.lines[0]!,
        null,
        `строки ${s.lines.join(', ')} относятся к одной организации реестра ${names.get(s.orgId) ?? ''}: у организации в периоде одно значение каждого элемента — оставьте одну строку или исправьте наименование, ОГРН или ИНН в лишних`,
      );
    plan.preview.issues = issues;
    plan.preview.issueCount = issueCount;
  }
  return plan;
}

/** What each place becomes if the proposals are accepted: an org id, a creation, or nothing. */
export function proposedTargets(plan: DataImportPlan): Map<string, number | 'create'> {
  const out = new Map<string, number | 'create'>(plan.resolved);
  for (const p of plan.places) {
    if (out.has(p.key)) continue;
    const target = p.orgId ?? p.candidates[0]?.orgId;
    if (p.proposal === 'match' && target !== undefined) out.set(p.key, target);
    else if (p.proposal === 'create') out.set(p.key, 'create');
  }
  return out;
}

/** Counts the values new, changed and unchanged for the given targets; returns the values to write. */
export function classifyValues(plan: DataImportPlan, targets: ReadonlyMap<string, number | 'create'>): RowValue[] {
  const c = plan.preview.counts;
  Object.assign(c, { new: 0, changed: 0, unchanged: 0, rowsMatched: 0, rowsNotMatched: 0 });
  plan.preview.changed = [];
  plan.preview.rowsNotMatched = [];
  const writes: RowValue[] = [];
  for (const [key, ref] of plan.refs) {
    if (targets.has(key)) c.rowsMatched++;
    else {
      c.rowsNotMatched++;
      if (plan.preview.rowsNotMatched.length < 200)
        plan.preview.rowsNotMatched.push({ line: plan.lines.get(key) ?? 0, org: ref.name ?? ref.ogrn ?? ref.inn ?? ref.code ?? key });
    }
  }
  for (const v of plan.values) {
    const target = targets.get(v.key);
    if (target === undefined) continue;
    const old = target === 'create' ? undefined : plan.existing.get(`${target}|${v.element}|${v.breakdown}`);
    if (!old) {
      c.new++;
      writes.push(v);
    } else if (old.value === v.value) c.unchanged++;
    else {
      c.changed++;
      writes.push(v);
      if (plan.preview.changed.length < 200) {
        const ref = plan.refs.get(v.key)!;
        plan.preview.changed.push({
          line: v.line,
          column: v.column,
          org: ref.name ?? v.key,
          element: v.element,
          old: old.value,
          oldBy: old.by,
          value: v.value,
        });
      }
    }
  }
  const creating = plan.places.filter((p) => targets.get(p.key) === 'create');
  c.orgsToCreate = creating.filter((p) => p.level === 'organisation').length;
  c.placesToCreate = creating.length - c.orgsToCreate;
  return writes;
}

/** Who entered a value, when no user did: its source in words. */
function sourceName(source: string): string {
  if (source === 'import') return 'загрузка таблицы';
  if (source.startsWith('assessment:')) return 'загрузка результатов оценочной процедуры';
  if (source === 'demo') return 'демо-данные';
  return source;
}
