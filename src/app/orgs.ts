import type { OrgAttributes, OrgChanges, OrgDetail, OrgInput, OrgSummary } from '../api/orgs.ts';
import { ORG_EDITORS } from '../domain/access/role.ts';
import { childKindOf, type OrgKind } from '../domain/org/org-kind.ts';
import { ancestorIds } from '../domain/org/org-path.ts';
import { isValidLegalInn, isValidOgrn } from '../domain/org/registry-codes.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';
import type { OrgRow } from '../db/schema.ts';
import { actorSees, type Actor } from './actor.ts';
import { AppError, forbidden, notFound } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { inTransaction } from './in-transaction.ts';

export async function loadVisible(ctx: UseCaseContext, id: number): Promise<OrgRow> {
  const row = await orgRepository.findById(ctx.db, id);
  if (!row) throw notFound(`Организация с id ${id}`);
  if (!actorSees(ctx.actor, row.path)) throw forbidden('Организация вне вашей зоны доступа.');
  return row;
}

export function assertEditor(actor: Actor): void {
  if (!ORG_EDITORS.includes(actor.role)) throw forbidden('Изменять реестр организаций могут только администратор и операторы.');
}

function checkCodes(input: { inn?: string | null | undefined; ogrn?: string | null | undefined }): void {
  const details = [];
  if (input.inn && !isValidLegalInn(input.inn)) {
    details.push({ path: 'body.inn', message: `ИНН «${input.inn}» неверен: нужно 10 цифр с верной контрольной цифрой.` });
  }
  if (input.ogrn && !isValidOgrn(input.ogrn)) {
    details.push({ path: 'body.ogrn', message: `ОГРН «${input.ogrn}» неверен: нужно 13 цифр с верной контрольной цифрой.` });
  }
  if (details.length > 0) throw new AppError('validation_failed', details.map((d) => d.message).join(' '), details);
}

/** Roots of the caller's scope, or the children of a visible organisation. */
export async function listOrgs(ctx: UseCaseContext, parentId: number | null, hideClosed = false): Promise<OrgSummary[]> {
  if (parentId !== null) {
    await loadVisible(ctx, parentId);
    return orgRepository.children(ctx.db, parentId, hideClosed);
  }
  if (ctx.actor.scopeOrgId === null) return orgRepository.children(ctx.db, null, hideClosed);
  const scope = await orgRepository.summaryById(ctx.db, ctx.actor.scopeOrgId);
  return scope ? [scope] : [];
}

export async function searchOrgs(ctx: UseCaseContext, text: string, limit: number, hideClosed = false): Promise<OrgSummary[]> {
  const q = text.trim();
  if (q.length === 0) return [];
  const scopePath = ctx.actor.scopePath;
  if (ctx.actor.role !== 'admin' && scopePath === null) return [];
  return orgRepository.search(ctx.db, q, scopePath, limit, hideClosed);
}

function toDetail(row: OrgRow, summary: OrgSummary, extra: Pick<OrgDetail, 'groups' | 'path' | 'childrenByType'>): OrgDetail {
  return {
    ...summary,
    inn: row.inn,
    ogrn: row.ogrn,
    fisOkoCode: row.fis_oko_code,
    aliases: row.aliases,
    // checked by the request schema when written; read back as stored
    attributes: row.attributes as OrgAttributes,
    closedReason: row.closed_reason,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    ...extra,
  };
}

export async function detailOf(ctx: UseCaseContext, row: OrgRow): Promise<OrgDetail> {
  const summary = await orgRepository.summaryById(ctx.db, row.id);
  if (!summary) throw notFound(`Организация с id ${row.id}`);
  const ids = ancestorIds(row.path);
  const names = await orgRepository.namesByIds(ctx.db, ids);
  const byId = new Map(names.map((n) => [n.id, n]));
  const path = ids.flatMap((id) => {
    const n = byId.get(id);
    return n ? [n] : [];
  });
  const childrenByType = row.kind === 'organisation' ? {} : await orgRepository.countByTypeUnder(ctx.db, row.path);
  const groups = await orgRepository.groupsOf(ctx.db, row.id);
  return toDetail(row, summary, { groups, path, childrenByType });
}

export async function getOrg(ctx: UseCaseContext, id: number): Promise<OrgDetail> {
  return detailOf(ctx, await loadVisible(ctx, id));
}

/** Adds an organisation (or municipality, under a region) within the editor's scope. */
export async function createOrg(ctx: UseCaseContext, input: OrgInput): Promise<OrgDetail> {
  assertEditor(ctx.actor);
  checkCodes(input);
  return inTransaction(ctx.db, async (trx) => {
    const tctx = { ...ctx, db: trx };
    const parent = await loadVisible(tctx, input.parentId);
    const kind: OrgKind | null = childKindOf(parent.kind as OrgKind);
    if (kind === null) {
      throw new AppError('validation_failed', 'Внутри образовательной организации нельзя создать другую: выберите муниципалитет.', [
        { path: 'body.parentId', message: 'Родителем может быть регион или муниципалитет.' },
      ]);
    }
    if (kind === 'organisation' && !input.type) {
      throw new AppError('validation_failed', 'Укажите тип организации (школа, детский сад, доп. образование, колледж).', [
        { path: 'body.type', message: 'Обязательно для организации.' },
      ]);
    }
    if (await orgRepository.findByCode(trx, input.code)) {
      throw new AppError('already_exists', `Код «${input.code}» уже занят другой организацией: укажите другой код.`, [
        { path: 'body.code', message: 'Код должен быть уникальным.' },
      ]);
    }
    const row = await orgRepository.insert(
      trx,
      {
        parentId: parent.id,
        kind,
        type: kind === 'organisation' ? (input.type ?? null) : null,
        name: input.name,
        shortName: input.shortName ?? null,
        code: input.code,
        inn: input.inn ?? null,
        ogrn: input.ogrn ?? null,
        fisOkoCode: input.fisOkoCode ?? null,
        aliases: input.aliases ?? [],
        attributes: input.attributes ?? {},
        isDemo: false,
      },
      parent.path,
      parent.depth,
    );
    const detail = await detailOf(tctx, row);
    await writeAudit(trx, ctx.actor, { action: 'org.create', entity: 'org', entityId: row.id, after: detail }, ctx.requestId);
    return detail;
  });
}

/** Edits an organisation's card; the version must match the one the editor saw. */
export async function updateOrg(ctx: UseCaseContext, id: number, changes: OrgChanges): Promise<OrgDetail> {
  assertEditor(ctx.actor);
  checkCodes(changes);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await loadVisible(tctx, id);
    const before = await detailOf(tctx, row);
    const updated = await trx
      .updateTable('org')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.shortName !== undefined ? { short_name: changes.shortName } : {}),
        ...(changes.inn !== undefined ? { inn: changes.inn } : {}),
        ...(changes.ogrn !== undefined ? { ogrn: changes.ogrn } : {}),
        ...(changes.fisOkoCode !== undefined ? { fis_oko_code: changes.fisOkoCode } : {}),
        ...(changes.aliases !== undefined ? { aliases: JSON.stringify(changes.aliases) } : {}),
        ...(changes.attributes !== undefined ? { attributes: JSON.stringify(changes.attributes) } : {}),
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', changes.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      throw new AppError(
        'version_conflict',
        `Карточку «${row.name}» уже изменил другой пользователь (версия ${row.version}, у вас ${changes.version}). Обновите страницу и внесите изменения заново.`,
      );
    }
    const after = await detailOf(tctx, updated);
    await writeAudit(trx, ctx.actor, { action: 'org.update', entity: 'org', entityId: id, before, after }, ctx.requestId);
    return after;
  });
}
