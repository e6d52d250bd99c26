import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Catalogue, Position } from '../../domain/catalogue/catalogue.ts';
import { actorSees, type Actor } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/** A scoring round as stored. */
export interface RoundRecord {
  id: number;
  frameworkId: number;
  periodId: number;
  periodName: string;
  periodCode: string;
  scopeOrgId: number;
  scopeName: string;
  scopePath: string;
  name: string;
  kind: 'expert' | 'self';
  includeOptional: boolean;
  closedAt: Date | null;
  createdAt: Date;
}

/** Roles that open rounds, assign scorers and record agreed scores within their scope. */
export const ROUND_MANAGERS = ['admin', 'regional_operator', 'municipal_operator'] as const;

export const managesRounds = (actor: Actor) => (ROUND_MANAGERS as readonly string[]).includes(actor.role);

export async function findRound(db: Kysely<Database>, id: number): Promise<RoundRecord | undefined> {
  const r = await db
    .selectFrom('scoring_round as r')
    .innerJoin('org as s', 's.id', 'r.scope_org_id')
    .innerJoin('period as p', 'p.id', 'r.period_id')
    .selectAll('r')
    .select(['s.name as scope_name', 's.path as scope_path', 'p.name as period_name', 'p.code as period_code'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    frameworkId: r.framework_id,
    periodId: r.period_id,
    periodName: r.period_name,
    periodCode: r.period_code,
    scopeOrgId: r.scope_org_id,
    scopeName: r.scope_name,
    scopePath: r.scope_path,
    name: r.name,
    kind: r.kind,
    includeOptional: r.include_optional,
    closedAt: r.closed_at,
    createdAt: r.created_at,
  };
}

/** Object ids of the round the actor is assigned to score. */
export async function assignedObjects(db: Kysely<Database>, roundId: number, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('scoring_assignment')
    .select('org_id')
    .where('round_id', '=', roundId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.org_id);
}

/** Whether the user is one of the scorers assigned to this object of the round. */
export async function isAssignedScorer(db: Kysely<Database>, roundId: number, orgId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('scoring_assignment')
    .select('user_id')
    .where('round_id', '=', roundId)
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A round the actor may see: managers and viewers whose scope holds its territory, and the scorers
 * assigned to any of its objects (an expert's assignment is the grant, whatever their own scope:
 * experts see only the objects they score).
 */
export async function loadRound(ctx: UseCaseContext, id: number): Promise<RoundRecord> {
  const round = await findRound(ctx.db, id);
  if (!round) throw notFound(`Раунд оценки с id ${id}`);
  if (seesTerritory(ctx.actor, round.scopePath)) return round;
  if ((await assignedObjects(ctx.db, id, ctx.actor.userId)).length > 0) return round;
  throw forbidden('Этот раунд оценки вам недоступен: вы не назначены экспертом и он вне вашей зоны доступа.');
}

/** Managers and viewers see every object of a round in their scope; experts only what they are assigned. */
export function seesTerritory(actor: Actor, scopePath: string): boolean {
  return (managesRounds(actor) || actor.role === 'viewer') && actorSees(actor, scopePath);
}

/** Managers of the round's territory open it, assign scorers and record agreed scores. */
export function assertManagesRound(actor: Actor, round: RoundRecord): void {
  if (!managesRounds(actor) || !actorSees(actor, round.scopePath)) {
    throw forbidden('Раундом оценки управляет оператор его территории.');
  }
}

/** A mechanisms catalogue by id (an indicators catalogue is refused with the reason). */
export async function loadMechanismCatalogue(db: Kysely<Database>, id: number): Promise<Catalogue> {
  const framework = await catalogueRepository.findById(db, id);
  if (!framework) throw notFound(`Методика с id ${id}`);
  const catalogue = framework.content as Catalogue;
  if (catalogue.kind !== 'mechanisms') {
    throw new AppError(
      'validation_failed',
      `«${catalogue.name}» — методика показателей: экспертная оценка ведётся по методике механизмов управления (позиции оценивания).`,
      [{ path: 'body.frameworkId', message: 'Выберите методику механизмов управления.' }],
    );
  }
  return catalogue;
}

/** The positions of a catalogue the round scores (optional directions only when the round includes them). */
export function roundPositions(
  catalogue: Catalogue,
  includeOptional: boolean,
): (Position & { directionCode: string; directionName: string })[] {
  return catalogue.blocks.flatMap((b) =>
    b.directions
      .filter((d) => includeOptional || d.optional !== true)
      .flatMap((d) => (d.positions ?? []).map((p) => ({ ...p, directionCode: d.code, directionName: d.name }))),
  );
}
