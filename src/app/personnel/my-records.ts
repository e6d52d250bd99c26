import type { MyRecords } from '../../api/personnel.ts';
import type { UseCaseContext } from '../context.ts';

/** The register records linked to the caller's own account: what they may read about themselves. */
export async function myRecords(ctx: UseCaseContext): Promise<MyRecords> {
  if (ctx.actor.userId === 0) return { leaders: [], candidates: [] };
  const leaders = await ctx.db
    .selectFrom('leader as l')
    .innerJoin('org as o', 'o.id', 'l.org_id')
    .select(['l.id', 'o.name as orgName', 'l.post_title as postTitle'])
    .where('l.user_id', '=', ctx.actor.userId)
    .orderBy('l.appointed_on', 'desc')
    .execute();
  const candidates = await ctx.db
    .selectFrom('reserve_candidate')
    .select(['id', 'target_post as targetPost', 'status'])
    .where('user_id', '=', ctx.actor.userId)
    .execute();
  return { leaders, candidates };
}
