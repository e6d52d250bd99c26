import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Assessment results (ВПР, ОГЭ, ЕГЭ, НИКО, functional literacy, olympiads) imported from files:
// the minimum thresholds as editable data, saved column mappings, and imports. An import reads
// its file into the staged values of assessment_import_chunk (in chunks, outside any long
// transaction, progress kept on the import row); applying it switches the values into data_value
// in one short transaction. Only aggregates are kept, never pupils' rows (152-ФЗ).
const EGE_MIN_SCORES: Record<string, number> = {
  rus: 24,
  math_prof: 27,
  phys: 36,
  chem: 36,
  inf: 40,
  bio: 36,
  hist: 32,
  geo: 37,
  soc: 42,
  lit: 32,
  eng: 22,
  deu: 22,
  fra: 22,
  spa: 22,
  chi: 17,
  foreign: 22,
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_threshold')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('min_score', 'numeric', (c) => c.notNull().check(sql`min_score >= 0`))
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('assessment_threshold_pk', ['kind', 'subject', 'year'])
    .execute();
  const rows = [];
  for (let year = 2022; year <= 2026; year++)
    for (const [subject, minScore] of Object.entries(EGE_MIN_SCORES))
      rows.push({ kind: 'ege', subject, year, min_score: minScore, note: 'минимальный балл Рособрнадзора' });
  await db.insertInto('assessment_threshold').values(rows).execute();

  await db.schema
    .createTable('import_mapping')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    // the header texts of the mapped columns, by field: reused when a header has them
    .addColumn('columns', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('assessment_import')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('scope_org_id', 'integer', (c) => c.references('org.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('year', 'integer')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('uploaded')
        .check(sql`status in ('uploaded', 'reading', 'ready', 'applied', 'failed', 'cancelled')`),
    )
    .addColumn('settings', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('progress', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('report', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('applied_at', 'timestamptz')
    .execute();

  // Staged values in chunks of a few thousand, one jsonb array each: [{org_key, year,
  // data_element_code, breakdown, value}]. Writing a chunk is one short statement.
  await db.schema
    .createTable('assessment_import_chunk')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('assessment_import.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('vals', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_import_chunk_pk', ['import_id', 'seq'])
    .execute();
}
