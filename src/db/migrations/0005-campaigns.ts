import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Data collection campaigns. A campaign asks the participating organisations for the data elements
// of a catalogue's indicators in one period. Each organisation's form is a submission with its own
// workflow status and an optimistic-lock version; its cells are kept in submission_value while it
// is being filled and reviewed, and copied into data_value (status 'accepted') only on acceptance,
// so nothing under review ever reaches the results and a reopened form does not tear them down.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cyclogram_stage')
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'date')
    .addPrimaryKeyConstraint('cyclogram_stage_pk', ['scope_org_id', 'year', 'code'])
    .execute();

  await db.schema
    .createTable('campaign')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // null: every indicator of the catalogue collected by a form; else the chosen codes
    .addColumn('indicator_codes', 'jsonb')
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text')
    .addColumn('order_date', 'date')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('submission')
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('not_started')
        .check(sql`status in ('not_started', 'draft', 'submitted', 'returned', 'accepted')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('comment', 'text')
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('accepted_at', 'timestamptz')
    .addPrimaryKeyConstraint('submission_pk', ['campaign_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('submission_value')
    .addColumn('campaign_id', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'integer', (c) => c.notNull())
    .addColumn('data_element_code', 'text', (c) => c.notNull().references('data_element.code'))
    .addColumn('breakdown', 'text', (c) => c.notNull().defaultTo(''))
    // as entered: a draft may hold text that is not a number yet; it is checked on submission
    .addColumn('raw', 'text', (c) => c.notNull())
    // the representative's confirmation of a value that raised a warning
    .addColumn('comment', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('submission_value_pk', ['campaign_id', 'org_id', 'data_element_code', 'breakdown'])
    .addForeignKeyConstraint('submission_value_submission_fk', ['campaign_id', 'org_id'], 'submission', ['campaign_id', 'org_id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();
}
