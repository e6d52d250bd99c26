// The benchmark's yardstick: one hand-written SQL statement that computes, for the synthetic
// region (ratio indicators I<k> = e<2k> × 100 / e<2k+1>, directions D<k mod 8>, lower-better when
// k mod 5 = 0), the same numbers as a recompute: values of schools, municipal and regional
// roll-ups, scores against the best of each comparison, places on scores rounded to 0.01,
// direction means, summary means and their places. It knows the shape of this one catalogue,
// which is why it is a yardstick and not the product: the product compiles any formula.
// Edge rules are simplified (a zero best scores 0), which does not change the work done.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';

/** Runs the statement inside the database (nothing but a count travels back); returns the rows it rated. */
export async function handWrittenRating(db: Kysely<Database>, periodId: number, indicators: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
with ind as (
  select k, 'I' || k as code, 'e' || (2 * k) as num_el, 'e' || (2 * k + 1) as den_el,
         'D' || (k % 8) as direction, k % 5 = 0 as lower_better
  from generate_series(0, ${indicators - 1}) k
), dv as (
  select org_id, data_element_code, value::float8 as value from data_value
  where period_id = ${periodId} and status in ('accepted', 'demo')
), school as (
  select o.id, o.parent_id as municipality_id, ind.code, ind.direction, ind.lower_better, n.value as num, d.value as den
  from org o cross join ind
  left join dv n on n.org_id = o.id and n.data_element_code = ind.num_el
  left join dv d on d.org_id = o.id and d.data_element_code = ind.den_el
  where o.kind = 'organisation'
), municipality as (
  select municipality_id as id, code, direction, lower_better,
         sum(num) filter (where num is not null and den is not null) as num,
         sum(den) filter (where num is not null and den is not null) as den
  from school group by municipality_id, code, direction, lower_better
), value as (
  select id, 'municipality:' || municipality_id as comparison, code, direction, lower_better, num * 100 / nullif(den, 0) as value from school
  union all
  select id, 'region', code, direction, lower_better, num * 100 / nullif(den, 0) from municipality
), best as (
  select comparison, code, case when bool_and(lower_better) then min(value) else max(value) end as best from value group by comparison, code
), score as (
  select v.*, case
      when v.value is null or b.best is null or b.best = 0 then case when v.value is null then null else 0 end
      when v.lower_better then case when v.value = 0 then 100 else b.best / v.value * 100 end
      else v.value / b.best * 100 end as score
  from value v join best b using (comparison, code)
), placed as (
  select *, rank() over (partition by comparison, code order by round(score::numeric, 2) desc) as place from score where score is not null
), direction as (
  select id, comparison, direction, avg(score) as score from score where score is not null group by id, comparison, direction
), direction_placed as (
  select *, rank() over (partition by comparison, direction order by round(score::numeric, 2) desc) as place from direction
), summary as (
  select id, comparison, avg(score) as score from direction group by id, comparison
), summary_placed as (
  select *, rank() over (partition by comparison order by round(score::numeric, 2) desc) as place from summary
)
select (select count(*) from placed) + (select count(*) from direction_placed) + (select count(*) from summary_placed) as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
