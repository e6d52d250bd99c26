import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { seededRandom } from '../../domain/statistics/seeded-random.ts';
import { SYSTEM_ACTOR } from '../../app/actor.ts';
import { demoActor as actorOf } from './demo-actor.ts';
import type { UseCaseContext } from '../../app/context.ts';
import { createRound } from '../../app/scoring/create-round.ts';
import { saveScores } from '../../app/scoring/save-scores.ts';
import { loadMechanismCatalogue, roundPositions } from '../../app/scoring/scoring-round.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/**
 * The demo's expert scoring: a round of the FIOKO mechanisms for the region's municipalities in the
 * last calendar year, with the demo expert assigned to all and two municipalities fully scored
 * (deterministic points; a zero always says what is missing), and the demo district's
 * self-assessment, half done. Runs through the real use cases, as the people would.
 */
export async function loadDemoScoring(db: Kysely<Database>, lastYear: number, seed: number, onStart?: () => void): Promise<void> {
  const framework = await catalogueRepository.newestByCode(db, 'fioko-mechanisms');
  const period = await db.selectFrom('period').select('id').where('code', '=', String(lastYear)).executeTakeFirst();
  const region = await db.selectFrom('org').select(['id']).where('kind', '=', 'region').orderBy('id').executeTakeFirst();
  const expert = await actorOf(db, 'demo.expert');
  const operator = await actorOf(db, 'demo.municipal');
  if (!framework || !period || !region || !expert || !operator?.scopeOrgId) return;
  onStart?.();
  const system: UseCaseContext = { db, actor: SYSTEM_ACTOR, requestId: null };
  const municipalities = await db.selectFrom('org').select(['id', 'code']).where('parent_id', '=', region.id).orderBy('code').execute();
  const round = await createRound(system, {
    name: `Оценка механизмов управления качеством образования ${lastYear} (демо)`,
    frameworkId: framework.id,
    periodId: period.id,
    scopeOrgId: region.id,
    kind: 'expert',
    objects: municipalities.map((m) => ({ orgId: m.id, scorerIds: [expert.userId] })),
  });
  const positions = roundPositions(await loadMechanismCatalogue(db, framework.id), false);
  const random = seededRandom(seed + 7);
  const score = (share: number, formed: number) =>
    Object.fromEntries(
      positions.slice(0, Math.ceil(positions.length * share)).map((p) => {
        const points = random.next() < formed ? p.maxPoints : 0;
        return [p.code, points > 0 ? { points } : { points, comment: 'Документ, подтверждающий позицию, не представлен' }];
      }),
    );
  const asExpert: UseCaseContext = { db, actor: expert, requestId: null };
  for (const [i, m] of municipalities.slice(0, 2).entries()) await saveScores(asExpert, round.id, m.id, score(1, i === 0 ? 0.75 : 0.55));

  const self = await createRound(system, {
    name: `Самооценка механизмов ${lastYear} (демо)`,
    frameworkId: framework.id,
    periodId: period.id,
    scopeOrgId: operator.scopeOrgId,
    kind: 'self',
    objects: [{ orgId: operator.scopeOrgId, scorerIds: [operator.userId] }],
  });
  await saveScores({ db, actor: operator, requestId: null }, self.id, operator.scopeOrgId, score(0.5, 0.8));
}
