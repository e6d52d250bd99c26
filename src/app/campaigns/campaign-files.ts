import ExcelJS from 'exceljs';
import { parseEnteredNumber } from '../../domain/collection/parse-entered-number.ts';
import { pluralRu } from '../../domain/export/plural-ru.ts';
import type { EntryIssue } from '../../domain/collection/validate-entries.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden } from '../app-error.ts';
import { toRussianDate } from '../../domain/export/to-russian-date.ts';
import { writeAudit } from '../audit.ts';
import type { UploadReport } from '../../api/campaigns.ts';
import type { UseCaseContext } from '../context.ts';
import { campaignPlan, isOperator, loadCampaign, loadParticipant, type Participant } from './campaign-record.ts';
import { campaignDetail } from './campaign-queries.ts';
import { checkForm } from './check-form.ts';
import { formContext, storedCells, type StoredCell } from './form-data.ts';
import { buildFormTemplate, campaignCsvBudget, campaignUploadBudget, readFormUpload, type TemplateOrg } from './form-workbook.ts';
import { lockSubmission, writeCells } from './write-cells.ts';

/** The participants whose forms the caller may fill: a representative their own, an operator those within scope. */
async function fillableParticipants(ctx: UseCaseContext, campaignId: number, orgId?: number): Promise<Participant[]> {
  let query = ctx.db
    .selectFrom('submission as s')
    .innerJoin('org as o', 'o.id', 's.org_id')
    .select(['o.id', 'o.code', 'o.name', 'o.type', 'o.path'])
    .where('s.campaign_id', '=', campaignId)
    .orderBy('o.code');
  if (orgId !== undefined) query = query.where('o.id', '=', orgId);
  const rows = (await query.execute()).map((r) => ({ ...r, type: r.type as OrgType }));
  const { actor } = ctx;
  if (actor.role === 'org_representative') return rows.filter((r) => r.id === actor.scopeOrgId);
  if (isOperator(actor)) return rows.filter((r) => actorSees(actor, r.path));
  return [];
}

/** The Excel template of a campaign: one organisation's form, or every form the caller may fill, with current and previous values. */
export async function campaignTemplate(
  ctx: UseCaseContext,
  campaignId: number,
  orgId?: number,
): Promise<{ file: Buffer; fileName: string }> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (orgId !== undefined) await loadParticipant(ctx, campaign, orgId);
  const participants = await fillableParticipants(ctx, campaign.id, orgId);
  if (participants.length === 0)
    throw forbidden('Шаблон выдаётся тем, кто заполняет формы кампании: представителю организации или оператору.');
  const plan = await campaignPlan(ctx.db, campaign);
  const orgs: TemplateOrg[] = [];
  for (const org of participants) {
    const cells = plan.cellsOf(org.type);
    const stored = await storedCells(ctx.db, campaign.id, org.id);
    const context = await formContext(ctx.db, campaign, org, cells);
    const values: Record<string, number | null> = {};
    for (const c of cells) {
      const parsed = parseEnteredNumber(stored.get(c.key)?.raw ?? null);
      values[c.key] = parsed.kind === 'number' ? parsed.value : null;
    }
    orgs.push({
      code: org.code,
      name: org.name,
      cells,
      values,
      previous: Object.fromEntries(cells.map((c) => [c.key, context.previous.get(c.key) ?? null])),
    });
  }
  const file = await buildFormTemplate({ campaignName: campaign.name, periodName: campaign.periodName, deadline: campaign.deadline, orgs });
  const who = orgs.length === 1 ? (orgs[0]?.code ?? '') : 'все организации';
  return { file, fileName: `Шаблон — ${campaign.name} — ${who}.xlsx` };
}

/** The largest campaign file read (the upload route refuses larger bodies before this). */
export const CAMPAIGN_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A filled-in template (XLSX) or CSV, validated whole: every problem of structure or value is listed
 * with its sheet, row and cell, and a file with any error changes nothing. Values go into the
 * drafts of the forms (via «файл» in the audit); unchanged fields are not touched, so uploading the
 * same file again is harmless. All forms are written in one transaction.
 */
export async function uploadCampaignFile(
  ctx: UseCaseContext,
  campaignId: number,
  file: { bytes: Uint8Array; fileName: string },
  onProgress?: (step: string) => void | Promise<void>,
): Promise<UploadReport> {
  const campaign = await loadCampaign(ctx, campaignId);
  const plan = await campaignPlan(ctx.db, campaign);
  const participants = await fillableParticipants(ctx, campaign.id);
  if (participants.length === 0) throw forbidden('Загружать файлы кампании может представитель организации-участника или оператор.');
  const byCode = new Map(participants.map((p) => [p.code, p]));
  await onProgress?.('чтение файла');
  const fields = participants.reduce((n, p) => n + plan.cellsOf(p.type).length, 0);
  const formCells = participants.reduce((most, p) => Math.max(most, plan.cellsOf(p.type).length), 0);
  const read = await readFormUpload(
    file.bytes,
    file.fileName,
    (code) => {
      const org = byCode.get(code);
      return org ? plan.cellsOf(org.type) : null;
    },
    { csv: campaignCsvBudget(fields, CAMPAIGN_FILE_BYTES), workbook: campaignUploadBudget(participants.length, formCells) },
  );
  const details = read.problems.map((p) => ({ ...p }));
  const checkedOrgs: { org: Participant; raws: Map<string, UploadedCell>; warnings: EntryIssue[] }[] = [];
  await onProgress?.('проверка значений');
  for (const uploaded of read.orgs) {
    const org = byCode.get(uploaded.orgCode);
    if (!org) continue;
    const cells = plan.cellsOf(org.type);
    const raws = withConfirmations(uploaded.entries, await storedCells(ctx.db, campaign.id, org.id));
    const checked = checkForm({ plan, cells, raws, context: await formContext(ctx.db, campaign, org, cells), complete: false });
    for (const issue of checked.issues.filter((i) => i.severity === 'error' && i.code !== 'incomplete_pair'))
      details.push({ ...addressOf(issue.at), message: issue.message });
    // a warning the form already confirmed for this very value is not news
    const unconfirmed = checked.issues.filter((i) => i.severity === 'warning' && !raws.get(`${i.element}|${i.breakdown}`)?.comment);
    checkedOrgs.push({ org, raws, warnings: unconfirmed });
  }
  if (read.orgs.length === 0 && details.length === 0)
    details.push({
      message: 'В файле нет ни одной формы организаций этой кампании: скачайте шаблон на странице кампании и заполните его.',
    });
  if (details.length) {
    throw new AppError(
      'import_invalid',
      `Файл «${file.fileName}» не загружен: ${details.length} ${pluralRu(details.length, 'ошибка', 'ошибки', 'ошибок')}. Исправьте их и загрузите файл снова — ничего не изменено.`,
      details,
    );
  }
  const report: UploadReport = { orgs: [], changed: 0, warnings: checkedOrgs.flatMap((o) => o.warnings) };
  await ctx.db.transaction().execute(async (trx) => {
    await onProgress?.('запись черновиков');
    for (const { org, raws } of checkedOrgs) {
      const lock = await lockSubmission(trx, campaign.id, org.id, 'save').catch((error: unknown) => {
        if (error instanceof AppError)
          throw new AppError('import_invalid', `«${org.name}» (${org.code}): ${error.message} Файл не загружен — ничего не изменено.`, [
            { sheet: org.code, message: error.message },
          ]);
        throw error;
      });
      const input = new Map([...raws].map(([key, v]) => [key, { raw: v.raw, ...(v.comment === null ? { comment: null } : {}) }]));
      const changed = await writeCells(
        trx,
        ctx.actor,
        ctx.requestId,
        { campaign, org, cells: plan.cellsOf(org.type) },
        input,
        'file',
        lock,
      );
      report.orgs.push({ orgId: org.id, code: org.code, name: org.name, changed });
      report.changed += changed;
    }
    // the upload itself is on record even when it changed nothing (the same file again)
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'campaign.upload',
        entity: 'campaign',
        entityId: campaign.id,
        after: { file: file.fileName, forms: report.orgs.map((o) => o.code), changed: report.changed },
      },
      ctx.requestId,
    );
    await onProgress?.('фиксация');
  });
  await onProgress?.('готово');
  return report;
}

/** An uploaded cell: its text, where it was, and the form's confirming comment (null: to be dropped, the value changed). */
interface UploadedCell {
  raw: string | number | null;
  at?: string;
  comment?: string | null;
}

const sameValue = (a: string | number | null, b: string | number | null): boolean => {
  const [x, y] = [parseEnteredNumber(a), parseEnteredNumber(b)];
  if (x.kind === 'number' && y.kind === 'number') return x.value === y.value;
  return String(a ?? '').trim() === String(b ?? '').trim();
};

/**
 * The uploaded cells with the comments that confirm them: a value confirmed in the form stays
 * confirmed when the file brings the same value again; a changed value needs a new confirmation
 * (its old comment is dropped, so the form and the upload report agree).
 */
function withConfirmations(
  entries: readonly { element: string; breakdown: string; raw: string | number | null; at?: string }[],
  stored: ReadonlyMap<string, StoredCell>,
): Map<string, UploadedCell> {
  return new Map(
    entries.map((e) => {
      const key = `${e.element}|${e.breakdown}`;
      const old = stored.get(key);
      const comment = !old?.comment ? {} : { comment: sameValue(old.raw, e.raw) ? old.comment : null };
      return [key, { raw: e.raw, ...(e.at ? { at: e.at } : {}), ...comment }];
    }),
  );
}

/** «Лист!F7» → sheet, row and column of an upload problem. */
function addressOf(at: string | undefined): { sheet?: string; row?: number; column?: string } {
  const match = at ? /^(.*)!([A-Z]+)(\d+)$/.exec(at) : null;
  if (!match) return {};
  return { sheet: match[1], column: match[2], row: Number(match[3]) };
}

/** The progress list of a campaign as an XLSX file: who has not started, drafts, submitted, returned, accepted, overdue. */
export async function campaignProgressWorkbook(
  ctx: UseCaseContext,
  campaignId: number,
  today: string,
): Promise<{ file: Buffer; fileName: string }> {
  const campaign = await loadCampaign(ctx, campaignId);
  if (ctx.actor.role === 'org_representative') throw forbidden('Список хода сбора доступен операторам и наблюдателям территории.');
  const detail = await campaignDetail(ctx, campaign, today);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ход сбора');
  sheet.addRow([`${detail.name} — ${detail.periodName}; срок: ${toRussianDate(detail.deadline)}; на ${toRussianDate(today)}`]).font = {
    bold: true,
  };
  sheet.addRow([
    `Участников: ${detail.participants}; не начали: ${detail.counts.not_started}; черновик: ${detail.counts.draft}; отправлено: ${detail.counts.submitted}; возвращено: ${detail.counts.returned}; принято: ${detail.counts.accepted}; просрочено: ${detail.counts.overdue}`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'Код',
    'Организация',
    'Тип',
    'Статус',
    'Просрочено',
    'Заполнено полей',
    'Всего полей',
    'Заполнено, %',
    'Последнее изменение',
    'Комментарий',
  ]);
  header.font = { bold: true };
  for (const r of detail.rows) {
    sheet.addRow([
      r.code,
      r.name,
      r.typeName,
      r.statusName,
      r.overdue ? 'да' : 'нет',
      r.filled,
      r.total,
      r.total ? r.filled / r.total : 0,
      toRussianDate(r.updatedAt.slice(0, 10)),
      r.comment ?? '',
    ]);
  }
  sheet.getColumn(8).numFmt = '0%';
  [10, 48, 36, 24, 12, 10, 10, 10, 14, 40].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: 10 } };
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return { file, fileName: `Ход сбора — ${campaign.name}.xlsx` };
}
