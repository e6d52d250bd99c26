import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Expert scoring of management mechanisms (seed 000 §2): a round scores objects (municipalities
// of a region, or organisations of a municipality) against a mechanisms catalogue; each object has
// its assigned scorers (experts, or the municipality's own operators in a self-assessment), each
// scorer's primary points per position, and — where scorers disagree — one agreed score recorded
// with who agreed it. Evidence files are kept in the database beside the scores they support.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scoring_round')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('expert', 'self')`))
    .addColumn('include_optional', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('scoring_assignment')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('scoring_round.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('scoring_assignment_pk', ['round_id', 'org_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('expert_score')
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('position_code', 'text', (c) => c.notNull())
    .addColumn('points', 'numeric', (c) => c.notNull())
    .addColumn('comment', 'text')
    // [{ url, title }]: links to the documents that support the score
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('expert_score_pk', ['round_id', 'org_id', 'user_id', 'position_code'])
    .addForeignKeyConstraint(
      'expert_score_assignment_fk',
      ['round_id', 'org_id', 'user_id'],
      'scoring_assignment',
      ['round_id', 'org_id', 'user_id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('agreed_score')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('scoring_round.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('position_code', 'text', (c) => c.notNull())
    .addColumn('points', 'numeric', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('agreed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('agreed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('agreed_score_pk', ['round_id', 'org_id', 'position_code'])
    .execute();

  await db.schema
    .createTable('evidence_file')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('round_id', 'integer', (c) => c.notNull().references('scoring_round.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('position_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
