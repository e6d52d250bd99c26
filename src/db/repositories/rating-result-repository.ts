import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * A comparison as stored: its key, scope, title, the ids of the organisations it compares and its
 * rating: null as a recompute writes it (rated when read, ratingOf), or the packed rating
 * (compactRating) as JSON text, as earlier versions stored it.
 */
export interface RatingRow {
  key: string;
  scopeOrgId: number;
  title: string;
  content: string | null;
  objectIds: readonly number[];
}

/** Rows per statement: 7 parameters each, far below PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 2000;

/**
 * The condition «this organisation is compared in the rating» over `rating_result as r` (false
 * without an organisation).
 */
export const comparesOrg = (orgId: number | null) =>
  orgId === null ? sql<boolean>`false` : sql<boolean>`${orgId}::int = any(r.object_ids)`;

export const ratingResultRepository = {
  /**
   * Replaces the stored ratings of a catalogue version and period (all of them, or those of the
   * given comparison keys) with these rows: one delete and one multi-row insert per 2,000 rows
   * (a region has 41 comparisons, the federal bench about 3,500).
   */
  async replace(
    db: Kysely<Database>,
    ids: { frameworkId: number; periodId: number },
    keys: readonly string[] | 'all',
    rows: readonly RatingRow[],
  ): Promise<void> {
    let deleted = db.deleteFrom('rating_result').where('framework_id', '=', ids.frameworkId).where('period_id', '=', ids.periodId);
    if (keys !== 'all') deleted = deleted.where('comparison_key', 'in', keys.length ? keys : ['']);
    await deleted.execute();
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await db
        .insertInto('rating_result')
        .values(
          rows.slice(start, start + ROWS_PER_STATEMENT).map((r) => ({
            framework_id: ids.frameworkId,
            period_id: ids.periodId,
            comparison_key: r.key,
            scope_org_id: r.scopeOrgId,
            title: r.title,
            content: r.content,
            object_ids: [...r.objectIds],
          })),
        )
        .execute();
    }
  },
};
