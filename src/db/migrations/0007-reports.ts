import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Analytic reports (seed 004 §2.2), the working group that reviews them, and the public section.
// A report keeps the numbers it was generated from (content) beside the operator's texts
// (sections), so an approved report stays what was approved whatever is recomputed later; a new
// version is a new row of the same lineage. Every step of its approval is a report_step row.
// publication is the index of the public «МСОКО» section: what the operator chose to publish, each
// document under a stable id.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('working_group')
    .addColumn('scope_org_id', 'integer', (c) => c.primaryKey().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text')
    .addColumn('order_date', 'date')
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('working_group_member')
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('working_group.scope_org_id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('chair', 'deputy', 'secretary', 'member')`))
    .addPrimaryKeyConstraint('working_group_member_pk', ['scope_org_id', 'ordinal'])
    .execute();

  await db.schema
    .createTable('report')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // the first version's id: every version of one report shares it
    .addColumn('lineage_id', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('scope_kind', 'text', (c) => c.notNull().check(sql`scope_kind in ('direction', 'monitoring', 'organisation')`))
    .addColumn('direction_code', 'text')
    .addColumn('org_id', 'integer', (c) => c.references('org.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'reviewed', 'approved', 'published')`),
    )
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('sections', 'jsonb', (c) => c.notNull())
    .addColumn('compute_run_id', 'integer')
    // optimistic lock of the texts
    .addColumn('edit_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('report_scope_idx').on('report').columns(['scope_org_id', 'lineage_id']).execute();

  await db.schema
    .createTable('report_file')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('report_step')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) =>
      c.notNull().check(sql`step in ('generate', 'review', 'approve', 'publish', 'unpublish', 'new_version')`),
    )
    .addColumn('status_after', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.references('report_file.id'))
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('publication')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('report', 'regulation', 'rating')`))
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('report.id'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaign.id').onDelete('cascade'))
    // a rating as published: its numbers frozen at publication
    .addColumn('content', 'jsonb')
    .addColumn('published_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
}
