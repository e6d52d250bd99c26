import { createHash } from 'node:crypto';
import type { RegisterApplyResult, RegisterImportSettings, RegisterImportView } from '../../api/org-register.ts';
import { sql } from 'kysely';
import { ORG_EDITORS } from '../../domain/access/role.ts';
import { isOrgType, type OrgType } from '../../domain/org/org-kind.ts';
import { territoryNameKey } from '../../domain/org/register/org-name-key.ts';
import {
  planRegisterImport,
  type RegisterOrg,
  type RegisterPlan,
  type RegisterRoot,
} from '../../domain/org/register/plan-register-import.ts';
import { readRegisterRows, type TypeDecisions } from '../../domain/org/register/read-register-rows.ts';
import { isRegisterField, proposeRegisterMapping, type RegisterMapping } from '../../domain/org/register/register-fields.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { readRegisterFile, type RegisterTable } from './read-register-file.ts';
import { viewOf } from './register-import-view.ts';
import { orgRepository, type NewOrg } from '../../db/repositories/org-repository.ts';

export type { RegisterApplyResult, RegisterImportSettings };

const MAPPING_KIND = 'org_register';

/** A region or municipality the register file adds: a name and a code, nothing else yet. */
const newTerritory = (parentId: number | null, kind: 'region' | 'municipality', name: string, code: string): NewOrg => ({
  parentId,
  kind,
  type: null,
  name,
  shortName: null,
  code,
  inn: null,
  ogrn: null,
  fisOkoCode: null,
  aliases: [],
  attributes: {},
  isDemo: false,
});

const mappingName = (headers: readonly string[]) =>
  `org_register:${createHash('sha256').update(JSON.stringify(headers)).digest('hex').slice(0, 32)}`;

function assertEditor(ctx: UseCaseContext): void {
  if (!ORG_EDITORS.includes(ctx.actor.role)) throw forbidden('Загружать реестр организаций могут только администратор и операторы.');
}

async function loadImport(ctx: UseCaseContext, id: number) {
  const row = await ctx.db.selectFrom('org_register_import').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Загрузка реестра № ${id}`);
  const mine = row.created_by === ctx.actor.userId || (ctx.actor.role === 'admin' && ctx.actor.scopePath === null);
  if (!mine) throw forbidden('Это загрузка другого пользователя.');
  return row;
}

/** The register as the planner sees it: everything under the root (and the root). */
async function registerUnder(ctx: UseCaseContext, path: string): Promise<RegisterOrg[]> {
  const rows = await ctx.db
    .selectFrom('org')
    .select([
      'id',
      'parent_id',
      'kind',
      'type',
      'name',
      'short_name',
      'code',
      'inn',
      'ogrn',
      'fis_oko_code',
      'aliases',
      'attributes',
      'version',
    ])
    .where('path', 'like', `${path}%`)
    .execute();
  return rows.map((o) => ({
    id: o.id,
    parentId: o.parent_id,
    kind: o.kind as RegisterOrg['kind'],
    type: o.type && isOrgType(o.type) ? o.type : null,
    name: o.name,
    shortName: o.short_name,
    code: o.code,
    inn: o.inn,
    ogrn: o.ogrn,
    fisOkoCode: o.fis_oko_code,
    aliases: (o.aliases as unknown as string[]) ?? [],
    attributes: (o.attributes as unknown as Record<string, unknown>) ?? {},
    version: o.version,
  }));
}

/**
 * Where the file goes: the territory chosen (a region or municipality the caller sees), else the
 * caller's own scope, else (an administrator of the whole system) the region named — by the
 * form, or by the file's region column — matched by name or to be created, or the only region.
 */
async function resolveRoot(
  ctx: UseCaseContext,
  settings: RegisterImportSettings,
  fileRegion: string | null,
): Promise<{ root: RegisterRoot; path: string | null }> {
  const territoryId = settings.territoryId ?? ctx.actor.scopeOrgId;
  if (territoryId !== null && territoryId !== undefined) {
    const org = await orgRepository.findById(ctx.db, territoryId);
    if (!org) throw notFound(`Территория с id ${territoryId}`);
    if (!actorSees(ctx.actor, org.path))
      throw forbidden(`Территория «${org.name}» вне вашей зоны доступа: выберите свой регион или муниципалитет.`);
    if (org.kind !== 'region' && org.kind !== 'municipality')
      throw new AppError(
        'validation_failed',
        `«${org.name}» — организация, а реестр загружается в регион или муниципалитет: выберите территорию.`,
        [{ path: 'territoryId', message: 'Нужен регион или муниципалитет.' }],
      );
    return { root: { kind: org.kind, id: org.id, name: org.name, code: org.code }, path: org.path };
  }
  const regions = await ctx.db
    .selectFrom('org')
    .select(['id', 'name', 'short_name', 'code', 'path'])
    .where('parent_id', 'is', null)
    .execute();
  const named = settings.region?.trim() || fileRegion;
  if (named) {
    const key = territoryNameKey(named);
    const found = regions.find((r) => territoryNameKey(r.name) === key || (r.short_name && territoryNameKey(r.short_name) === key));
    if (found) return { root: { kind: 'region', id: found.id, name: found.name, code: found.code }, path: found.path };
    const used = new Set(regions.map((r) => r.code));
    let n = 1;
    while (used.has(String(n).padStart(2, '0'))) n++;
    return { root: { kind: 'new_region', name: named, code: String(n).padStart(2, '0') }, path: null };
  }
  if (regions.length === 1) {
    const r = regions[0]!;
    return { root: { kind: 'region', id: r.id, name: r.name, code: r.code }, path: r.path };
  }
  throw new AppError(
    'validation_failed',
    regions.length === 0
      ? 'Реестр пуст: укажите название региона (поле «Регион», в командной строке --region «Название») — он будет создан вместе с муниципалитетами из файла.'
      : 'В системе несколько регионов: выберите территорию, в которую загружается реестр (в командной строке --territory КОД).',
    [{ path: 'region', message: 'Нужен регион или территория.' }],
  );
}

function checkMapping(mapping: RegisterMapping, headers: readonly string[]): RegisterMapping {
  const out: RegisterMapping = {};
  for (const h of headers) {
    const f = mapping[h];
    if (f !== undefined && !isRegisterField(f))
      throw new AppError('validation_failed', `Для столбца «${h}» указано неизвестное поле «${String(f)}».`, [
        { path: `mapping.${h}`, message: 'Неизвестное поле.' },
      ]);
    if (f !== undefined) out[h] = f;
  }
  return out;
}

function checkTypes(types: TypeDecisions | undefined): TypeDecisions {
  const ok = (r: Record<string, OrgType> | undefined) => Object.values(r ?? {}).every((t) => isOrgType(t));
  if (types && (!ok(types.byValue) || !ok(types.byLine)))
    throw new AppError('validation_failed', 'Указан неизвестный тип организации: school, kindergarten, supplementary или college.');
  return types ?? {};
}

async function planOf(
  ctx: UseCaseContext,
  table: RegisterTable,
  settings: RegisterImportSettings,
): Promise<{ mapping: RegisterMapping; plan: RegisterPlan }> {
  const saved = await ctx.db
    .selectFrom('import_mapping')
    .select('columns')
    .where('name', '=', mappingName(table.headers))
    .executeTakeFirst();
  const proposed = { ...proposeRegisterMapping(table.headers), ...((saved?.columns as RegisterMapping | undefined) ?? {}) };
  const mapping = checkMapping({ ...proposed, ...(settings.mapping ?? {}) }, table.headers);
  const types = checkTypes(settings.types);
  // without a name column nothing can be read: one error, and the user corrects the mapping on the same file
  const { rows, issues } = Object.values(mapping).includes('name')
    ? readRegisterRows(table.headers, table.rows, mapping, types)
    : {
        rows: [],
        issues: [
          {
            line: (table.rows[0]?.line ?? 2) - 1,
            column: null,
            message: 'не выбран столбец с наименованием организации',
            fix: 'укажите его в сопоставлении столбцов («Поле реестра» → «Наименование») и пересчитайте предпросмотр',
          },
        ],
      };
  const regionValues = new Set(rows.map((r) => r.region?.trim()).filter((r): r is string => !!r));
  const fileRegion = regionValues.size === 1 ? [...regionValues][0]! : null;
  const { root, path } = await resolveRoot(ctx, settings, fileRegion);
  if (root.kind === 'new_region' && !(ctx.actor.role === 'admin' && ctx.actor.scopePath === null))
    throw forbidden(`Регион «${root.name}» может создать только администратор системы.`);
  const register = path === null ? [] : await registerUnder(ctx, path);
  const plan = planRegisterImport({
    rows,
    issues,
    register,
    root,
    decisions: { createTerritories: settings.createTerritories, rows: settings.rows },
  });
  if (settings.mapping && JSON.stringify(mapping) !== JSON.stringify(proposeRegisterMapping(table.headers))) {
    await ctx.db
      .insertInto('import_mapping')
      .values({ name: mappingName(table.headers), kind: MAPPING_KIND, columns: JSON.stringify(mapping), created_by: ctx.actor.login })
      .onConflict((oc) => oc.column('name').doUpdateSet({ columns: JSON.stringify(mapping) }))
      .execute();
  }
  return { mapping, plan };
}

const tableInfo = (t: RegisterTable) => ({ format: t.format, sheets: t.sheets, sheet: t.sheet, headers: t.headers, rows: t.rows.length });

/** Takes a register file, reads it with the register's budget and previews it with the proposed mapping (or the one saved for its header). */
export async function uploadRegisterFile(
  ctx: UseCaseContext,
  input: { fileName: string; bytes: Uint8Array } & RegisterImportSettings,
): Promise<RegisterImportView> {
  assertEditor(ctx);
  if (input.bytes.length === 0) throw new AppError('import_invalid', 'Файл пуст: выберите файл реестра организаций.');
  const { fileName, bytes, ...settings } = input;
  const table = await readRegisterFile(bytes, fileName, settings.sheet);
  const { mapping, plan } = await planOf(ctx, table, settings);
  const row = await ctx.db
    .insertInto('org_register_import')
    .values({
      scope_org_id: ctx.actor.scopeOrgId,
      file_name: fileName,
      file: bytes,
      settings: JSON.stringify(settings),
      plan: JSON.stringify(plan),
      created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
    })
    .returning(['id', 'file_name', 'status'])
    .executeTakeFirstOrThrow();
  await writeAudit(
    ctx.db,
    ctx.actor,
    { action: 'org.register_import.upload', entity: 'org_register_import', entityId: row.id, after: { fileName, rows: table.rows.length } },
    ctx.requestId,
  );
  return viewOf(row, tableInfo(table), mapping, plan);
}

/** Previews the same file again with the user's corrections (sheet, mapping, types, row decisions, confirmation). */
export async function previewRegisterImport(
  ctx: UseCaseContext,
  id: number,
  settings: RegisterImportSettings,
): Promise<RegisterImportView> {
  assertEditor(ctx);
  const row = await loadImport(ctx, id);
  if (row.status !== 'ready' || !row.file)
    throw new AppError('conflict', 'Этот файл уже загружен в реестр: чтобы загрузить его снова, выберите файл заново.');
  const table = await readRegisterFile(row.file, row.file_name, settings.sheet);
  const { mapping, plan } = await planOf(ctx, table, settings);
  await ctx.db
    .updateTable('org_register_import')
    .set({ settings: JSON.stringify(settings), plan: JSON.stringify(plan) })
    .where('id', '=', id)
    .execute();
  await writeAudit(
    ctx.db,
    ctx.actor,
    { action: 'org.register_import.preview', entity: 'org_register_import', entityId: id, after: settings },
    ctx.requestId,
  );
  return viewOf(row, tableInfo(table), mapping, plan);
}

function notReady(plan: RegisterPlan): AppError {
  const what = [
    plan.errors.length ? `ошибок в строках: ${plan.errors.length}` : '',
    plan.ambiguous.length ? `неоднозначных строк: ${plan.ambiguous.length}` : '',
    plan.unplaced.length ? `строк без территории: ${plan.unplaced.length}` : '',
    plan.unknownTypes.length ? `нераспознанных типов: ${plan.unknownTypes.length}` : '',
    plan.unconfirmedTerritories ? `неподтверждённых новых территорий: ${plan.unconfirmedTerritories}` : '',
  ].filter(Boolean);
  return new AppError(
    'conflict',
    `Реестр не изменён: ${what.join(', ')}. Исправьте файл и загрузите его снова или ответьте на вопросы предпросмотра (тип, организация, пропуск строки, создание территорий), затем примените.`,
    plan.errors.slice(0, 50).map((e) => ({ row: e.line, column: e.column ?? undefined, message: `${e.message} — ${e.fix}` })),
  );
}

/**
 * Carries out the previewed plan in one transaction: the region and municipalities to create,
 * the new organisations, the changes field by field (each only if the organisation is still at
 * the version the preview saw). A plan with errors or open questions changes nothing. Nothing is
 * deleted. Each created and changed organisation is audited, and the import as a whole.
 */
export async function applyRegisterImport(ctx: UseCaseContext, id: number): Promise<RegisterApplyResult> {
  assertEditor(ctx);
  await loadImport(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('org_register_import')
      .select(['status', 'plan', 'file_name'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status !== 'ready')
      throw new AppError('conflict', 'Этот файл уже загружен в реестр: повторно применить его нельзя, выберите файл заново.');
    const plan = JSON.parse(row.plan) as RegisterPlan;
    if (!plan.ready) throw notReady(plan);
    const changed = () =>
      new AppError(
        'conflict',
        'Реестр изменился после предпросмотра (организацию или код уже изменили): обновите предпросмотр и примените снова.',
      );
    // the root
    let root: { id: number; path: string; depth: number; code: string };
    if (plan.root.kind === 'new_region') {
      if (!(ctx.actor.role === 'admin' && ctx.actor.scopePath === null))
        throw forbidden(`Регион «${plan.root.name}» может создать только администратор системы.`);
      const taken = await orgRepository.findByCode(trx, plan.root.code);
      if (taken) throw changed();
      const r = await orgRepository.insert(trx, newTerritory(null, 'region', plan.root.name, plan.root.code), null, 0);
      root = r;
      await writeAudit(
        trx,
        ctx.actor,
        {
          action: 'org.create',
          entity: 'org',
          entityId: r.id,
          after: { name: plan.root.name, code: plan.root.code, source: `register import ${id}` },
        },
        ctx.requestId,
      );
    } else {
      const r = await orgRepository.findById(trx, plan.root.id);
      if (!r || !actorSees(ctx.actor, r.path)) throw forbidden('Территория загрузки вне вашей зоны доступа.');
      root = r;
    }
    // municipalities
    const territoryIds = new Map<string, number>();
    const territoriesCreated: RegisterApplyResult['territoriesCreated'] = [];
    for (const t of plan.territories) {
      if (t.orgId !== null) {
        territoryIds.set(t.key, t.orgId);
        continue;
      }
      if (ctx.actor.role === 'municipal_operator') throw forbidden('Муниципальный оператор не может создавать муниципалитеты.');
      if (await orgRepository.findByCode(trx, t.code)) throw changed();
      const m = await orgRepository.insert(trx, newTerritory(root.id, 'municipality', t.name, t.code), root.path, root.depth);
      await writeAudit(
        trx,
        ctx.actor,
        { action: 'org.create', entity: 'org', entityId: m.id, after: { name: t.name, code: t.code, source: `register import ${id}` } },
        ctx.requestId,
      );
      territoryIds.set(t.key, m.id);
      territoriesCreated.push({ name: t.name, code: t.code });
    }
    // new organisations, in batches
    if (plan.created.length) {
      const codes = plan.created.map((c) => c.code);
      for (let i = 0; i < codes.length; i += 5000) {
        const clash = await trx
          .selectFrom('org')
          .select('code')
          .where('code', 'in', codes.slice(i, i + 5000))
          .executeTakeFirst();
        if (clash) throw changed();
      }
      await bulkInsert(
        trx,
        'org',
        {
          parent_id: 'integer',
          kind: 'text',
          type: 'text',
          name: 'text',
          short_name: 'text',
          code: 'text',
          inn: 'text',
          ogrn: 'text',
          fis_oko_code: 'text',
          aliases: 'jsonb',
          attributes: 'jsonb',
        },
        plan.created.map((c) => ({
          parent_id: c.territoryKey === null ? root.id : territoryIds.get(c.territoryKey)!,
          kind: 'organisation',
          type: c.type,
          name: c.name,
          short_name: c.shortName,
          code: c.code,
          inn: c.inn,
          ogrn: c.ogrn,
          fis_oko_code: c.fisOkoCode,
          aliases: [],
          attributes: c.attributes,
        })),
      );
      await sql`update org set path = p.path || org.id || '/', depth = p.depth + 1 from org p
        where org.parent_id = p.id and org.path = '' and p.path like ${`${root.path}%`}`.execute(trx);
      await sql`insert into audit_log (user_id, user_login, action, entity, entity_id, before, after, request_id)
        select ${ctx.actor.userId === 0 ? null : ctx.actor.userId}::int, ${ctx.actor.login}, 'org.create', 'org', o.id::text, 'null'::jsonb,
          jsonb_build_object('name', o.name, 'code', o.code, 'source', ${`register import ${id}`}::text), ${ctx.requestId}::text
        from org o where o.code in (select jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`.execute(trx);
    }
    // changes
    for (const u of plan.updated) {
      const current = await orgRepository.findById(trx, u.orgId);
      if (!current || current.version !== u.version) throw changed();
      const attributes = { ...((current.attributes as unknown as Record<string, unknown>) ?? {}) };
      const set: Record<string, unknown> = {};
      const columns: Record<string, string> = {
        name: 'name',
        shortName: 'short_name',
        type: 'type',
        inn: 'inn',
        ogrn: 'ogrn',
        fisOkoCode: 'fis_oko_code',
      };
      for (const c of u.changes) {
        if (c.field.startsWith('attributes.')) attributes[c.field.slice('attributes.'.length)] = c.after;
        else set[columns[c.field]!] = c.after;
      }
      await trx
        .updateTable('org')
        .set({ ...set, attributes: JSON.stringify(attributes), version: u.version + 1, updated_at: new Date() })
        .where('id', '=', u.orgId)
        .execute();
      await writeAudit(
        trx,
        ctx.actor,
        {
          action: 'org.update',
          entity: 'org',
          entityId: u.orgId,
          before: Object.fromEntries(u.changes.map((c) => [c.field, c.before])),
          after: { ...Object.fromEntries(u.changes.map((c) => [c.field, c.after])), source: `register import ${id}` },
        },
        ctx.requestId,
      );
    }
    const result: RegisterApplyResult = {
      created: plan.created.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged.length,
      territoriesCreated,
    };
    await trx
      .updateTable('org_register_import')
      .set({ status: 'applied', applied_at: new Date(), file: null })
      .where('id', '=', id)
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'org.register_import', entity: 'org_register_import', entityId: id, after: { fileName: row.file_name, ...result } },
      ctx.requestId,
    );
    return result;
  });
}
