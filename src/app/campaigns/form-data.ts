import { sql, type Kysely } from 'kysely';
import { ENGINE_STATUSES } from '../../db/repositories/data-value-repository.ts';
import type { Database } from '../../db/schema.ts';
import { cellKey, type FormCell } from '../../domain/collection/campaign.ts';
import { orgSize } from '../../domain/clustering/size-bands.ts';
import { peerGroup, type PeerGroup } from '../../domain/collection/peer-group.ts';
import { withinCampaign, type CampaignRecord, type Participant } from './campaign-record.ts';
import type { FormContext } from './check-form.ts';

export interface StoredCell {
  raw: string;
  comment: string | null;
  source: string;
  updatedBy: number | null;
  updatedAt: Date;
}

/** The cells an organisation has entered in a campaign's form, by cell key. */
export async function storedCells(db: Kysely<Database>, campaignId: number, orgId: number): Promise<Map<string, StoredCell>> {
  const rows = await db
    .selectFrom('submission_value')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('org_id', '=', orgId)
    .execute();
  return new Map(
    rows.map((r) => [
      cellKey(r.data_element_code, r.breakdown),
      { raw: r.raw, comment: r.comment, source: r.source, updatedBy: r.updated_by, updatedAt: r.updated_at },
    ]),
  );
}

/** The period before (same kind, one year earlier), if the register has it. */
export async function previousPeriod(db: Kysely<Database>, periodId: number): Promise<{ id: number; name: string } | undefined> {
  const period = await db.selectFrom('period').select(['kind', 'starts_on']).where('id', '=', periodId).executeTakeFirstOrThrow();
  const start = new Date(`${period.starts_on}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return db
    .selectFrom('period')
    .select(['id', 'name'])
    .where('kind', '=', period.kind)
    .where('starts_on', '=', start.toISOString().slice(0, 10))
    .executeTakeFirst();
}

/**
 * The organisations a participant's values are compared with (`peerGroup`): the other
 * organisations of its type in its region, by size from the register, the campaign's territory first.
 */
async function peersOf(db: Kysely<Database>, campaign: CampaignRecord, org: Participant): Promise<PeerGroup> {
  const region = /^\/\d+\//.exec(org.path)?.[0] ?? org.path;
  const rows = await db
    .selectFrom('org')
    // only what the size is read from, not every organisation's whole card
    .select(['id', 'path', sql<unknown>`attributes -> 'pupils'`.as('pupils'), sql<unknown>`attributes -> 'children'`.as('children')])
    .where('type', '=', org.type)
    .where('path', 'like', `${region}%`)
    .execute();
  const sizeOf = (r: { pupils: unknown; children: unknown }) =>
    orgSize({ pupils: r.pupils ?? undefined, children: r.children ?? undefined });
  const own = rows.find((r) => r.id === org.id);
  return peerGroup({
    type: org.type,
    size: own ? sizeOf(own) : null,
    candidates: rows.filter((r) => r.id !== org.id).map((r) => ({ id: r.id, size: sizeOf(r), local: withinCampaign(campaign, r.path) })),
  });
}

/**
 * What a form is compared with: the organisation's own values of the previous period and this
 * period's values of its peers (`peerGroup`: same type and size band), only data the results use
 * (accepted or demo).
 */
export async function formContext(
  db: Kysely<Database>,
  campaign: CampaignRecord,
  org: Participant,
  cells: readonly FormCell[],
): Promise<FormContext & { previousPeriodName: string | null }> {
  const elements = [...new Set(cells.map((c) => c.element))];
  const previous = new Map<string, number>();
  const peers = new Map<string, number[]>();
  if (elements.length === 0) return { previous, peers, previousPeriodName: null };
  const before = await previousPeriod(db, campaign.periodId);
  if (before) {
    const rows = await db
      .selectFrom('data_value')
      .select(['data_element_code', 'breakdown', 'value'])
      .where('org_id', '=', org.id)
      .where('period_id', '=', before.id)
      .where('data_element_code', 'in', elements)
      .where('status', 'in', [...ENGINE_STATUSES])
      .execute();
    for (const r of rows) previous.set(cellKey(r.data_element_code, r.breakdown), Number(r.value));
  }
  const group = await peersOf(db, campaign, org);
  const rows =
    group.ids.length === 0
      ? []
      : await db
          .selectFrom('data_value')
          .select(['data_element_code', 'breakdown', 'value'])
          .where('period_id', '=', campaign.periodId)
          .where('data_element_code', 'in', elements)
          .where('status', 'in', [...ENGINE_STATUSES])
          .where(sql<boolean>`org_id = any(${group.ids}::int[])`)
          .execute();
  for (const r of rows) {
    const key = cellKey(r.data_element_code, r.breakdown);
    const list = peers.get(key) ?? [];
    list.push(Number(r.value));
    peers.set(key, list);
  }
  return { previous, peers, peerGroup: group.description, previousPeriodName: before?.name ?? null };
}
