import type { Kysely } from 'kysely';
import type { CellInput } from '../../api/campaigns.ts';
import type { Database } from '../../db/schema.ts';
import { nextStatus, type FormCell, type SubmissionAction, type SubmissionStatus } from '../../domain/collection/campaign.ts';
import { formOpenInClosedPeriod } from '../../domain/period/period-rules.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { periodClosedError } from '../period-guard.ts';
import type { CampaignRecord, Participant } from './campaign-record.ts';
import { storedCells } from './form-data.ts';

export type WriteVia = 'form' | 'file';

const VIA_NAMES: Record<WriteVia, string> = { form: 'веб-форма', file: 'файл' };

const normalise = (raw: string | number | null) => (raw === null ? '' : String(raw).trim());

/**
 * Locks a participant's submission row for the rest of the transaction and checks that an action
 * is allowed now (and, when a version is given, that nobody saved since the caller read it).
 */
export async function lockSubmission(
  trx: Kysely<Database>,
  campaignId: number,
  orgId: number,
  action: SubmissionAction,
  expectedVersion?: number,
): Promise<{ status: SubmissionStatus; next: SubmissionStatus; version: number }> {
  const row = await trx
    .selectFrom('submission as s')
    .leftJoin('app_user as u', 'u.id', 's.updated_by')
    .innerJoin('campaign as c', 'c.id', 's.campaign_id')
    .innerJoin('period as p', 'p.id', 'c.period_id')
    .select([
      's.status',
      's.version',
      's.updated_at',
      's.accepted_at',
      's.submitted_at',
      'u.full_name',
      'p.name as period_name',
      'p.closed_at',
    ])
    .where('s.campaign_id', '=', campaignId)
    .where('s.org_id', '=', orgId)
    .forUpdate('s')
    .executeTakeFirstOrThrow();

  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    const who = row.full_name ?? 'другой пользователь';
    const when = row.updated_at.toLocaleString('ru-RU', { timeZone: 'Europe/Moscow' });
    throw new AppError(
      'version_conflict',
      `Форму уже изменил(а) ${who} (${when} МСК), пока вы её заполняли: ваши последние изменения не сохранены. Обновите форму, проверьте значения и внесите изменения снова.`,
    );
  }
  const next = nextStatus(row.status, action);
  if (!next.ok) throw new AppError('conflict', next.message);
  // A closed period takes values only through a form the operator returned or reopened.
  const writes = action === 'save' || action === 'submit' || action === 'accept';
  if (
    writes &&
    row.closed_at !== null &&
    !formOpenInClosedPeriod(
      {
        status: row.status,
        acceptedAt: row.accepted_at && new Date(row.accepted_at),
        submittedAt: row.submitted_at && new Date(row.submitted_at),
      },
      new Date(row.closed_at),
    )
  ) {
    throw periodClosedError(row.period_name);
  }
  return { status: row.status, next: next.status, version: row.version };
}

/** Moves a locked submission on: its new status and version, who and when, and what else the move sets. */
export async function markSubmission(
  trx: Kysely<Database>,
  actor: Actor,
  key: { campaignId: number; orgId: number },
  lock: { next: SubmissionStatus; version: number },
  extra: { comment?: string | null; submitted_at?: Date; accepted_at?: Date } = {},
): Promise<void> {
  await trx
    .updateTable('submission')
    .set({
      status: lock.next,
      version: lock.version + 1,
      updated_by: actor.userId === 0 ? null : actor.userId,
      updated_at: new Date(),
      ...extra,
    })
    .where('campaign_id', '=', key.campaignId)
    .where('org_id', '=', key.orgId)
    .execute();
}

/**
 * Writes changed fields of one participant's form inside the caller's transaction: unknown fields
 * are refused, unchanged ones are not touched (a re-upload of the same file changes nothing), and
 * every change is audited with who, old and new value and whether it came from the form or a file.
 * Returns how many fields changed.
 */
export async function writeCells(
  trx: Kysely<Database>,
  actor: Actor,
  requestId: string | null,
  target: { campaign: CampaignRecord; org: Participant; cells: readonly FormCell[] },
  input: ReadonlyMap<string, CellInput>,
  via: WriteVia,
  lock: { status: SubmissionStatus; next: SubmissionStatus; version: number },
): Promise<number> {
  const { campaign, org } = target;
  const byKey = new Map(target.cells.map((c) => [c.key, c]));
  const unknown = [...input.keys()].filter((k) => !byKey.has(k));
  if (unknown.length) {
    throw new AppError(
      'validation_failed',
      `В форме «${org.name}» нет полей ${unknown.map((k) => `«${k}»`).join(', ')}: обновите страницу или скачайте шаблон заново.`,
      unknown.map((k) => ({ path: `body.values.${k}`, message: 'Такого поля в форме нет.' })),
    );
  }
  const stored = await storedCells(trx, campaign.id, org.id);
  const before: Record<string, { value: string | null; comment: string | null }> = {};
  const after: Record<string, { value: string | null; comment: string | null }> = {};
  for (const [key, cell] of input) {
    const field = byKey.get(key);
    if (!field) continue;
    const old = stored.get(key);
    const raw = normalise(cell.raw);
    const comment = cell.comment === undefined ? (old?.comment ?? null) : cell.comment?.trim() || null;
    if ((old?.raw ?? '') === raw && (old?.comment ?? null) === comment) continue;
    before[key] = { value: old?.raw ?? null, comment: old?.comment ?? null };
    after[key] = { value: raw === '' ? null : raw, comment };
    const where = trx
      .deleteFrom('submission_value')
      .where('campaign_id', '=', campaign.id)
      .where('org_id', '=', org.id)
      .where('data_element_code', '=', field.element)
      .where('breakdown', '=', field.breakdown);
    if (raw === '' && !comment) {
      await where.execute();
      continue;
    }
    await trx
      .insertInto('submission_value')
      .values({
        campaign_id: campaign.id,
        org_id: org.id,
        data_element_code: field.element,
        breakdown: field.breakdown,
        raw,
        comment,
        source: VIA_NAMES[via],
        updated_by: actor.userId === 0 ? null : actor.userId,
      })
      .onConflict((oc) =>
        oc.columns(['campaign_id', 'org_id', 'data_element_code', 'breakdown']).doUpdateSet({
          raw,
          comment,
          source: VIA_NAMES[via],
          updated_by: actor.userId === 0 ? null : actor.userId,
          updated_at: new Date(),
        }),
      )
      .execute();
  }
  const changed = Object.keys(after).length;
  if (changed === 0) return 0;
  await markSubmission(trx, actor, { campaignId: campaign.id, orgId: org.id }, lock);
  await writeAudit(
    trx,
    actor,
    { action: `submission.save_${via}`, entity: 'submission', entityId: `${campaign.id}:${org.id}`, before, after },
    requestId,
  );
  return changed;
}
