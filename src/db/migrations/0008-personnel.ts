import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Leaders of organisations and the municipal personnel reserve (seeds 000 §5 and 003). These are
// personal data: the tables hold names but no birth dates, addresses or documents, and every read
// of a record is written to the audit log by the use cases. The person-level data elements of
// seed 003 are derived from these tables into data_value (source 'register'), one row per person.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leader')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    // the person's own account, when they have one: they read their own card
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('post_kind', 'text', (c) => c.notNull().check(sql`post_kind in ('head', 'deputy', 'team')`))
    .addColumn('post_title', 'text', (c) => c.notNull())
    .addColumn('appointed_on', 'date', (c) => c.notNull())
    .addColumn('left_on', 'date')
    .addColumn('education_level', 'text', (c) => c.notNull().check(sql`education_level in ('higher', 'secondary_vocational', 'other')`))
    .addColumn('education', 'text', (c) => c.notNull().defaultTo(''))
    // «Государственное и муниципальное управление», «Менеджмент», «Управление персоналом», or null
    .addColumn('mgmt_education', 'text')
    .addColumn('reserve_candidate_id', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('leader_org_idx').on('leader').column('org_id').execute();

  await db.schema
    .createTable('leader_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('leader_id', 'integer', (c) => c.notNull().references('leader.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('training', 'deficit_diagnostics', 'competence_assessment', 'quality_assessment', 'attestation')`),
    )
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('hours', 'integer')
    // training: on a current direction of education (seed 003 D1.05)
    .addColumn('relevant', 'boolean')
    // deficit diagnostics: taken voluntarily (seed 003 D1.04)
    .addColumn('voluntary', 'boolean')
    // competence assessment: high | medium | low; attestation: passed | failed
    .addColumn('level', 'text')
    .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('leader_event_leader_idx').on('leader_event').column('leader_id').execute();

  await db.schema
    .createTable('personnel_settings')
    .addColumn('municipality_id', 'integer', (c) => c.primaryKey().references('org.id'))
    .addColumn('criteria', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('training_system', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('support_mechanism', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('order_number', 'text')
    .addColumn('order_date', 'date')
    .addColumn('green_min', 'numeric', (c) => c.notNull())
    .addColumn('yellow_min', 'numeric', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('reserve_round')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('municipality_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('order_number', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('reserve_candidate')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('municipality_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('workplace_org_id', 'integer', (c) => c.references('org.id'))
    .addColumn('current_post', 'text', (c) => c.notNull())
    .addColumn('target_post', 'text', (c) => c.notNull())
    .addColumn('education_level', 'text', (c) =>
      c
        .notNull()
        .defaultTo('higher')
        .check(sql`education_level in ('higher', 'secondary_vocational', 'other')`),
    )
    .addColumn('mgmt_education', 'text')
    .addColumn('round_id', 'integer', (c) => c.references('reserve_round.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('nominated')
        .check(sql`status in ('nominated', 'enrolled', 'appointed', 'excluded')`),
    )
    .addColumn('nominated_on', 'date', (c) => c.notNull())
    .addColumn('enrolled_on', 'date')
    .addColumn('excluded_on', 'date')
    .addColumn('exclusion_reason', 'text')
    .addColumn('mentor_leader_id', 'integer', (c) => c.references('leader.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('reserve_candidate_municipality_idx').on('reserve_candidate').column('municipality_id').execute();

  await db.schema
    .createTable('reserve_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('reserve_candidate.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('diagnostics', 'training')`))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('hours', 'integer')
    // diagnostics: passed or not
    .addColumn('passed', 'boolean')
    .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('development_plan_item')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('reserve_candidate.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .execute();

  await db.schema
    .createTable('reserve_appointment')
    .addColumn('candidate_id', 'integer', (c) => c.primaryKey().references('reserve_candidate.id'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('post_kind', 'text', (c) => c.notNull().check(sql`post_kind in ('head', 'deputy', 'team')`))
    .addColumn('post_title', 'text', (c) => c.notNull())
    .addColumn('appointed_on', 'date', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('order_date', 'date', (c) => c.notNull())
    .addColumn('approved_by_name', 'text', (c) => c.notNull())
    .addColumn('approved_by_post', 'text', (c) => c.notNull())
    .addColumn('leader_id', 'integer', (c) => c.references('leader.id'))
    .addColumn('recorded_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
