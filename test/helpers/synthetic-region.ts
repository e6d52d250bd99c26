// A deterministic synthetic region for benchmarks and tests: schools in municipalities, ratio indicators over
// pairs of data elements, one school year of accepted integer values (about 2 % of pairs missing):
// integers, so that sums are exact in any order.
import { sql, type Kysely } from 'kysely';
import type { Catalogue, Indicator } from '../../src/domain/catalogue/catalogue.ts';
import type { Database } from '../../src/db/schema.ts';

export interface SyntheticRegion {
  periodId: number;
  frameworkId: number;
  indicators: Indicator[];
  values: number;
}

/**
 * Builds the data: REGIONS regions (default 1, id 1 when one), MUNICIPALITIES municipalities in all
 * (spread round-robin over the regions), SCHOOLS schools (spread over the municipalities).
 */
export async function buildSyntheticRegion(
  db: Kysely<Database>,
  { MUNICIPALITIES, SCHOOLS, INDICATORS, REGIONS = 1 }: { MUNICIPALITIES: number; SCHOOLS: number; INDICATORS: number; REGIONS?: number },
): Promise<SyntheticRegion> {
  // Ids: regions 1…R, municipalities R+1…R+M, schools from SCHOOL_BASE (1000 in the one-region case, as before).
  const schoolBase = Math.max(1000, 10 ** Math.ceil(Math.log10(REGIONS + MUNICIPALITIES + 2)));
  await sql`insert into org (id, parent_id, kind, name, code, path, depth) overriding system value
            select r, null, 'region', case when ${REGIONS}::int = 1 then 'Регион' else 'Регион ' || r end, 'R' || case when ${REGIONS}::int = 1 then '' else r::text end, '/' || r || '/', 0
            from generate_series(1, ${REGIONS}) r`.execute(db);
  await sql`insert into org (id, parent_id, kind, name, code, path, depth) overriding system value
            select ${REGIONS}::int + m, 1 + ((m - 1) % ${REGIONS}), 'municipality', 'Муниципалитет ' || m, 'M' || m,
                   '/' || (1 + ((m - 1) % ${REGIONS})) || '/' || (${REGIONS}::int + m) || '/', 1
            from generate_series(1, ${MUNICIPALITIES}) m`.execute(db);
  await sql`insert into org (id, parent_id, kind, type, name, code, path, depth) overriding system value
            select ${schoolBase}::int + i, ${REGIONS}::int + 1 + (i % ${MUNICIPALITIES}), 'organisation', 'school', 'Школа ' || i, 'S' || i,
                   '/' || (1 + (i % ${MUNICIPALITIES}) % ${REGIONS}) || '/' || (${REGIONS}::int + 1 + (i % ${MUNICIPALITIES})) || '/' || (${schoolBase}::int + i) || '/', 2
            from generate_series(0, ${SCHOOLS - 1}) i`.execute(db);
  await sql`select setval(pg_get_serial_sequence('org', 'id'), (select max(id) from org))`.execute(db);
  await sql`insert into data_element (code, name, value_type, unit, level, breakdowns)
            select 'e' || k, 'Элемент ' || k, 'integer', 'persons', 'organisation', '[]'::jsonb from generate_series(0, ${2 * INDICATORS - 1}) k`.execute(
    db,
  );
  const period = await db
    .insertInto('period')
    .values({ code: '2024/2025', kind: 'school_year', name: '2024/2025 учебный год', starts_on: '2024-09-01', ends_on: '2025-08-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Denominators 20–519, numerators 0..denominator; about 2 % of schools miss each pair. Written
  // organisation by organisation, as accepted forms and imported rows are: one school's values lie
  // together in the table, as they do in a real database.
  await sql`insert into data_value (org_id, period_id, data_element_code, breakdown, value, source, status)
            select o.id, ${period.id}, 'e' || (2 * k + p), '',
                   case when p = 1 then d.den else floor(d.den * ((o.id * 13 + k * 7) % 101) / 100) end, 'bench', 'accepted'
            from org o cross join generate_series(0, ${INDICATORS - 1}) k cross join (values (0), (1)) as part(p)
                 cross join lateral (select 20 + ((o.id * 7919 + k * 104729) % 500) as den) d
            where o.kind = 'organisation' and (o.id * 31 + k * 17) % 50 <> 0
            order by o.id, k, p`.execute(db);
  await sql`analyze`.execute(db);
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, k) => ({
    code: `I${k}`,
    name: `Показатель ${k}`,
    directions: [`D${k % 8}`],
    unit: 'percent',
    polarity: k % 5 === 0 ? 'lower_better' : 'higher_better',
    periodKind: 'school_year',
    orgTypes: ['school'],
    method: 'form',
    formula: `ratio(e${2 * k}, e${2 * k + 1})`,
    source: 'bench',
  }));
  const catalogue: Catalogue = {
    code: 'bench',
    version: 1,
    kind: 'indicators',
    name: 'Синтетическая методика',
    validFrom: '2024-01-01',
    validTo: null,
    source: 'bench',
    blocks: [{ code: 'B1', name: 'Блок', directions: Array.from({ length: 8 }, (_, d) => ({ code: `D${d}`, name: `Направление ${d}` })) }],
    indicators,
  };
  const framework = await db
    .insertInto('framework')
    .values({
      code: 'bench',
      version: 1,
      kind: 'indicators',
      name: catalogue.name,
      valid_from: '2024-01-01',
      valid_to: null,
      source: 'bench',
      content: JSON.stringify(catalogue),
      content_hash: 'bench',
      origin: 'file',
      file_name: null,
      loaded_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const values = await db
    .selectFrom('data_value')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { periodId: period.id, frameworkId: framework.id, indicators, values: Number(values.n) };
}
