import type { Kysely } from 'kysely';
import { dataValueRepository } from '../../src/db/repositories/data-value-repository.ts';
import type { Database } from '../../src/db/schema.ts';

/**
 * The test catalogue over two school years: adds 2023/2024 before the seeded 2024/2025, and gives
 * each period's id by its code and a way to store an accepted value of an organisation.
 */
export async function twoSchoolYears(db: Kysely<Database>) {
  const catalogueId = (await db.selectFrom('framework').select('id').where('code', '=', 'test-indicators').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('period')
    .values({ code: '2023/2024', kind: 'school_year', name: '2023/2024 учебный год', starts_on: '2023-09-01', ends_on: '2024-08-31' })
    .execute();
  const periods = await db.selectFrom('period').select(['id', 'code']).execute();
  const periodId = (code: string) => periods.find((p) => p.code === code)?.id ?? 0;
  const put = (code: string, orgId: number, elementCode: string, value: number) =>
    dataValueRepository.upsert(db, {
      orgId,
      periodId: periodId(code),
      elementCode,
      breakdown: {},
      value,
      source: 'тест',
      status: 'accepted',
      enteredBy: null,
    });
  return { catalogueId, periodId, put };
}
