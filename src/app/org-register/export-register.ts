import ExcelJS from 'exceljs';
import { ORG_TYPE_NAMES, isOrgType } from '../../domain/org/org-kind.ts';
import { ATTRIBUTE_KEYS } from '../../domain/org/register/read-register-rows.ts';
import { EXPORT_HEADERS } from '../../domain/org/register/register-fields.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import { OWNERSHIP_NAMES, SETTLEMENT_NAMES } from '../../domain/org/register/register-values.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

const KNOWN_ATTRIBUTES = new Set(Object.values(ATTRIBUTE_KEYS));

/**
 * The register under a territory (or the caller's scope) as a workbook in the columns the importer
 * proposes back: СОКО code, names, type, codes, region and municipality, address, settlement,
 * ownership, coordinates, pupils, closure, then one column per other attribute. Editing the
 * workbook and importing it changes only what was edited.
 */
export async function exportRegister(
  ctx: UseCaseContext,
  territoryId: number | null,
): Promise<{ file: Buffer; rows: number; name: string }> {
  const id = territoryId ?? ctx.actor.scopeOrgId;
  let path = '/';
  let name = 'Реестр';
  if (id !== null) {
    const t = await orgRepository.findById(ctx.db, id);
    if (!t) throw notFound(`Территория с id ${id}`);
    if (!actorSees(ctx.actor, t.path)) throw forbidden(`Территория «${t.name}» вне вашей зоны доступа.`);
    if (t.kind === 'organisation')
      throw new AppError('validation_failed', 'Выгружается реестр региона или муниципалитета: выберите территорию.');
    path = t.path;
    name = t.name;
  } else if (ctx.actor.role !== 'admin') throw forbidden('Реестр вне вашей зоны доступа.');
  const all = await orgRepository
    .under(ctx.db, path)
    .select(['id', 'parent_id', 'kind', 'type', 'name', 'short_name', 'code', 'inn', 'ogrn', 'fis_oko_code', 'attributes', 'path'])
    .orderBy('code')
    .execute();
  const ancestors = await ctx.db.selectFrom('org').select(['id', 'kind', 'name']).where('kind', '!=', 'organisation').execute();
  const place = new Map(ancestors.map((a) => [a.id, a]));
  const orgs = all.filter((o) => o.kind === 'organisation');
  const extra = new Set<string>();
  for (const o of orgs)
    for (const k of Object.keys((o.attributes as unknown as Record<string, unknown>) ?? {})) if (!KNOWN_ATTRIBUTES.has(k)) extra.add(k);
  const extraKeys = [...extra].sort((a, b) => a.localeCompare(b, 'ru'));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'СОКО';
  const sheet = wb.addWorksheet('Реестр');
  sheet.addRow([...EXPORT_HEADERS.map((h) => h.header), ...extraKeys]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const o of orgs) {
    const a = (o.attributes as unknown as Record<string, unknown>) ?? {};
    const ids = o.path.split('/').filter(Boolean).map(Number);
    const names = ids.map((i) => place.get(i)).filter((p) => p !== undefined);
    const region = names.find((p) => p.kind === 'region')?.name ?? '';
    const municipality = names.find((p) => p.kind === 'municipality')?.name ?? '';
    const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const num = (v: unknown) => (typeof v === 'number' ? v : str(v));
    const values: Record<string, unknown> = {
      code: o.code,
      name: o.name,
      shortName: str(o.short_name),
      type: o.type && isOrgType(o.type) ? ORG_TYPE_NAMES[o.type] : '',
      inn: str(o.inn),
      kpp: str(a.kpp),
      ogrn: str(o.ogrn),
      fisOkoCode: str(o.fis_oko_code),
      region,
      municipality,
      address: str(a.address),
      settlement: a.settlement === 'urban' || a.settlement === 'rural' ? SETTLEMENT_NAMES[a.settlement] : str(a.settlement),
      ownership: a.ownership === 'state' || a.ownership === 'non_state' ? OWNERSHIP_NAMES[a.ownership] : str(a.ownership),
      latitude: num(a.latitude),
      longitude: num(a.longitude),
      pupils: num(a.pupils),
      closedOn: typeof a.closedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.closedOn) ? toRussianDate(a.closedOn) : str(a.closedOn),
    };
    sheet.addRow([...EXPORT_HEADERS.map((h) => values[h.field]), ...extraKeys.map((k) => str(a[k]))]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 60 : 18));
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  await writeAudit(
    ctx.db,
    ctx.actor,
    { action: 'org.register_export', entity: 'org', entityId: id, after: { rows: orgs.length } },
    ctx.requestId,
  );
  return { file, rows: orgs.length, name };
}
