import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Catalogue, DataElement, Indicator } from '../../domain/catalogue/catalogue.ts';
import type { FormCell } from '../../domain/collection/campaign.ts';
import { FORM_METHODS, formCells } from '../../domain/collection/form-cells.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { isWithinScope } from '../../domain/org/org-path.ts';
import { actorSees, type Actor } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import { loadDataElements } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { loadIndicatorCatalogue } from '../results/indicator-catalogue.ts';

/** A campaign as stored. */
export interface CampaignRecord {
  id: number;
  scopeOrgId: number;
  scopeName: string;
  scopePath: string;
  frameworkId: number;
  periodId: number;
  periodCode: string;
  periodName: string;
  name: string;
  indicatorCodes: string[] | null;
  startsOn: string;
  deadline: string;
  responsible: string;
  orderNumber: string | null;
  orderDate: string | null;
  publishedAt: Date | null;
  createdAt: Date;
}

/** Roles that run campaigns and review forms within their scope. */
export const CAMPAIGN_OPERATORS = ['admin', 'regional_operator', 'municipal_operator'] as const;

export const isOperator = (actor: Actor) => (CAMPAIGN_OPERATORS as readonly string[]).includes(actor.role);

export async function findCampaign(db: Kysely<Database>, id: number): Promise<CampaignRecord | undefined> {
  const r = await db
    .selectFrom('campaign as c')
    .innerJoin('org as s', 's.id', 'c.scope_org_id')
    .innerJoin('period as p', 'p.id', 'c.period_id')
    .selectAll('c')
    .select(['s.name as scope_name', 's.path as scope_path', 'p.code as period_code', 'p.name as period_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    scopeOrgId: r.scope_org_id,
    scopeName: r.scope_name,
    scopePath: r.scope_path,
    frameworkId: r.framework_id,
    periodId: r.period_id,
    periodCode: r.period_code,
    periodName: r.period_name,
    name: r.name,
    indicatorCodes: r.indicator_codes,
    startsOn: r.starts_on,
    deadline: r.deadline,
    responsible: r.responsible,
    orderNumber: r.order_number,
    orderDate: r.order_date,
    publishedAt: r.published_at,
    createdAt: r.created_at,
  };
}

/**
 * A campaign the actor may see: operators, experts and viewers whose scope holds the campaign's
 * territory (or a participant of it); a representative only a campaign their organisation is in.
 */
export async function loadCampaign(ctx: UseCaseContext, id: number): Promise<CampaignRecord> {
  const campaign = await findCampaign(ctx.db, id);
  if (!campaign) throw notFound(`Кампания с id ${id}`);
  if (actorSees(ctx.actor, campaign.scopePath)) return campaign;
  if (ctx.actor.scopePath !== null) {
    const own = await ctx.db
      .selectFrom('submission as s')
      .innerJoin('org as o', 'o.id', 's.org_id')
      .select('o.id')
      .where('s.campaign_id', '=', id)
      .where('o.path', 'like', `${ctx.actor.scopePath}%`)
      .executeTakeFirst();
    if (own) return campaign;
  }
  throw forbidden('Эта кампания вне вашей зоны доступа.');
}

/** Operators manage a campaign whose territory is within their scope. */
export function assertManages(actor: Actor, campaign: CampaignRecord): void {
  if (!isOperator(actor) || !actorSees(actor, campaign.scopePath)) {
    throw forbidden('Управлять кампанией может оператор мониторинга её территории.');
  }
}

export interface Participant {
  id: number;
  code: string;
  name: string;
  type: OrgType;
  path: string;
}

/**
 * Operators review the forms of the participants within their scope (loadParticipant checks the
 * scope): in a regional campaign a municipal operator reviews their municipality's organisations.
 */
export function assertReviews(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('Проверяет, возвращает и принимает формы оператор мониторинга.');
}

/**
 * The participant whose form the actor opens: a representative only their own organisation, an
 * operator one within their scope; experts and viewers see progress, not forms.
 */
export async function loadParticipant(ctx: UseCaseContext, campaign: CampaignRecord, orgId: number): Promise<Participant> {
  const row = await ctx.db
    .selectFrom('submission as s')
    .innerJoin('org as o', 'o.id', 's.org_id')
    .select(['o.id', 'o.code', 'o.name', 'o.type', 'o.path'])
    .where('s.campaign_id', '=', campaign.id)
    .where('s.org_id', '=', orgId)
    .executeTakeFirst();
  const actor = ctx.actor;
  const mayOpen =
    actor.role === 'org_representative' ? actor.scopeOrgId === orgId : isOperator(actor) && (!row || actorSees(actor, row.path));
  if (!mayOpen) throw forbidden('Форма другой организации вам недоступна: вы можете заполнять только форму своей организации.');
  if (!row) throw notFound(`Организация с id ${orgId} в кампании «${campaign.name}»`);
  return { id: row.id, code: row.code, name: row.name, type: row.type as OrgType, path: row.path };
}

/** What a campaign asks for: its catalogue, indicators and the form of each organisation type. */
export interface CampaignPlan {
  catalogue: Catalogue;
  indicators: Indicator[];
  elements: Map<string, DataElement>;
  cellsOf(type: OrgType): FormCell[];
}

/** The indicators a campaign collects: the chosen ones, or every one an organisation reports itself. */
export function campaignIndicators(catalogue: Catalogue, codes: readonly string[] | null, periodKind: string): Indicator[] {
  const all = (catalogue.indicators ?? []).filter((i) => i.periodKind === periodKind);
  return codes ? all.filter((i) => codes.includes(i.code)) : all.filter((i) => FORM_METHODS.includes(i.method));
}

export async function campaignPlan(db: Kysely<Database>, campaign: CampaignRecord): Promise<CampaignPlan> {
  const { catalogue } = await loadIndicatorCatalogue(db, campaign.frameworkId);
  const period = await db.selectFrom('period').select('kind').where('id', '=', campaign.periodId).executeTakeFirstOrThrow();
  const indicators = campaignIndicators(catalogue, campaign.indicatorCodes, period.kind);
  const elements = await loadDataElements(db);
  const directionNames = new Map(catalogue.blocks.flatMap((b) => b.directions.map((d) => [d.code, d.name] as const)));
  const cache = new Map<OrgType, FormCell[]>();
  return {
    catalogue,
    indicators,
    elements,
    cellsOf(type) {
      const cached = cache.get(type);
      if (cached) return cached;
      const cells = formCells({ indicators, elements, directionNames, orgType: type });
      cache.set(type, cells);
      return cells;
    },
  };
}

/** True when the organisation at `path` is within the campaign's territory. */
export const withinCampaign = (campaign: CampaignRecord, path: string) => isWithinScope(path, campaign.scopePath);
