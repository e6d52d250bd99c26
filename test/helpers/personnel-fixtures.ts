import type { Kysely } from 'kysely';
import { addPlanItems, addCandidate, enrollCandidate } from '../../src/app/personnel/candidates.ts';
import type { LeaderInput } from '../../src/api/personnel-leaders.ts';
import { addLeaderEvent, createLeader } from '../../src/app/personnel/leaders.ts';
import type { Database } from '../../src/db/schema.ts';
import { systemContext } from './campaign-fixtures.ts';
import type { OrgTree } from './factories.ts';

let seq = 0;

/** Leaders and reserve candidates in the first municipality of the test tree, made through the use cases. */
export function personnelFixtures(db: Kysely<Database>, tree: OrgTree) {
  const ctx = systemContext(db);
  // The person's own account is linked straight in the table: the tests give every role's account a
  // record of its own, whatever its scope (the use cases link only an account of the person's organisation).
  const userIdOf = async (login: string) =>
    (await db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
  const leader = async ({ login, ...over }: Partial<LeaderInput> = {}) => {
    const created = (
      await createLeader(ctx, tree.m1.id, {
        orgId: tree.s1.id,
        fullName: `Заместитель Тест ${++seq}`,
        postKind: 'deputy',
        postTitle: 'заместитель директора по УВР',
        appointedOn: '01.09.2020',
        educationLevel: 'higher',
        ...over,
      })
    ).leader;
    if (login)
      await db
        .updateTable('leader')
        .set({ user_id: await userIdOf(login) })
        .where('id', '=', created.id)
        .execute();
    return created;
  };
  const candidate = async (stage: 'nominated' | 'enrolled' = 'nominated', login: string | null = null) => {
    const { candidate: c } = await addCandidate(ctx, tree.m1.id, {
      fullName: `Кандидат Тест ${++seq}`,
      workplaceOrgId: tree.s1.id,
      currentPost: 'учитель математики',
      targetPost: 'директор школы',
      educationLevel: 'higher',
      nominatedOn: '15.01.2025',
    });
    if (login)
      await db
        .updateTable('reserve_candidate')
        .set({ user_id: await userIdOf(login) })
        .where('id', '=', c.id)
        .execute();
    if (stage === 'enrolled') await enrollCandidate(ctx, c.id, { enrolledOn: '01.03.2025' });
    return c.id;
  };
  const withPlan = async (candidateId: number) =>
    (await addPlanItems(ctx, candidateId, [{ title: 'Стажировка', dueOn: '01.06.2025' }])).candidate.plan[0]!.id;
  const withEvent = async (leaderId: number) =>
    (
      await addLeaderEvent(ctx, leaderId, {
        kind: 'training',
        heldOn: '10.02.2025',
        title: 'Управление качеством',
        hours: 36,
        relevant: true,
      })
    ).leader.events.at(-1)!.id;
  return { leader, candidate, withPlan, withEvent };
}
