import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// The management block of the cycle (seed 000 §2; 003 §8–10): targeted recommendations written
// from an analytic report, the roadmap of measures and the management decisions (one table,
// cycle_action, as both aim at indicators and organisations and both are analysed for effect),
// the analysis of effectiveness, and the goals of the next cycle it sets.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recommendation')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // the territory (municipality or region) whose report it comes from
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('report.id'))
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('direction_code', 'text')
    // the report finding (deficit or practice) it answers, as it was: {kind, text, indicator}
    .addColumn('finding', 'jsonb')
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('leader_id', 'integer', (c) => c.references('leader.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('issued')
        .check(sql`status in ('issued', 'acknowledged', 'reported')`),
    )
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'text')
    .addColumn('report_text', 'text')
    .addColumn('reported_on', 'date')
    .addColumn('reported_by', 'text')
    // the working group's approval (meeting and minutes), recorded by the operator
    .addColumn('approved_on', 'date')
    .addColumn('approved_minutes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('recommendation_scope_idx').on('recommendation').columns(['scope_org_id', 'direction_code']).execute();
  await db.schema.createIndex('recommendation_org_idx').on('recommendation').column('org_id').execute();

  await db.schema
    .createTable('cycle_action')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('measure', 'decision')`))
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('direction_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    // measures: planned → in progress → done (or cancelled)
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned', 'in_progress', 'done', 'cancelled')`),
    )
    // decisions (003 §9): the kind and the act that fixes it
    .addColumn('decision_kind', 'text', (c) =>
      c.check(sql`decision_kind is null or decision_kind in ('organising', 'activating', 'coordinating', 'controlling', 'stimulating')`),
    )
    .addColumn('act_kind', 'text')
    .addColumn('act_number', 'text')
    .addColumn('act_date', 'date')
    .addColumn('participants', 'text')
    .addColumn('result_text', 'text')
    // what it aims at: indicator codes of the framework, organisations of the territory
    .addColumn('indicator_codes', 'jsonb', (c) => c.notNull())
    .addColumn('org_ids', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'cycle_action_decision_check',
      sql`(kind = 'decision') = (decision_kind is not null and act_number is not null and act_date is not null)`,
    )
    .execute();
  await db.schema.createIndex('cycle_action_scope_idx').on('cycle_action').columns(['scope_org_id', 'direction_code']).execute();

  // what an action comes from: recommendations, and (for a decision) the measures it fixes
  await db.schema
    .createTable('cycle_action_source')
    .addColumn('action_id', 'integer', (c) => c.notNull().references('cycle_action.id').onDelete('cascade'))
    .addColumn('recommendation_id', 'integer', (c) => c.references('recommendation.id'))
    .addColumn('measure_id', 'integer', (c) => c.references('cycle_action.id'))
    .addCheckConstraint('cycle_action_source_one', sql`(recommendation_id is null) <> (measure_id is null)`)
    .execute();
  await db.schema.createIndex('cycle_action_source_idx').on('cycle_action_source').column('action_id').execute();

  await db.schema
    .createTable('effectiveness_analysis')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('direction_code', 'text', (c) => c.notNull())
    // the period the effect is read in ("after")
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    // action id → the operator's conclusion
    .addColumn('conclusions', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    // the problems the analysis ends with: the next cycle's goals are made from them
    .addColumn('problems', 'jsonb', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('report.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('effectiveness_analysis_unique', ['scope_org_id', 'framework_id', 'direction_code', 'period_id'])
    .execute();

  await db.schema
    .createTable('cycle_goal')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('direction_code', 'text', (c) => c.notNull())
    // the cycle the goal is set for, e.g. «2026/2027 учебный год»
    .addColumn('cycle', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('analysis_id', 'integer', (c) => c.references('effectiveness_analysis.id'))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('cycle_goal_scope_idx').on('cycle_goal').columns(['scope_org_id', 'direction_code']).execute();
}
