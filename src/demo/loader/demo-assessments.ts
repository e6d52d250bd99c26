import { rm, writeFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { demoEgeCsv } from '../generators/demo-ege.ts';
import { SYSTEM_ACTOR } from '../../app/actor.ts';
import { DEMO_VALUES_SOURCE } from './demo-steps.ts';
import { applyImport, createImport, startReading } from '../../app/assessments/assessment-imports.ts';
import { newUploadPath, privateTempUploadsDir } from '../../app/assessments/import-files.ts';

/**
 * The demo's ЕГЭ results of its three school years, loaded as an operator would: a pupil-level
 * file per exam year, through the importer (read, matched by code, applied). They replace the
 * generated ЕГЭ values with ones by subject and mathematics level (seed 003 D2.03 needs them), and
 * leave three applied imports on the page «Результаты оценочных процедур».
 */
export async function loadDemoAssessments(
  db: Kysely<Database>,
  lastYear: number,
  seed: number,
  onProgress?: (i: number, n: number) => void,
): Promise<void> {
  const region = await db
    .selectFrom('org')
    .select('id')
    .where('kind', '=', 'region')
    .where('is_demo', '=', true)
    .orderBy('id')
    .executeTakeFirst();
  if (!region) return;
  const ctx = { db, actor: SYSTEM_ACTOR, requestId: null };
  const years = [lastYear - 2, lastYear - 1, lastYear];
  // Synthetic files, applied at once: a private temporary folder of their own, removed after.
  const dir = privateTempUploadsDir('soko-demo-');
  try {
    for (const [i, startYear] of years.entries()) {
      const graduates = await db
        .selectFrom('data_value as v')
        .innerJoin('period as p', 'p.id', 'v.period_id')
        .innerJoin('org as o', 'o.id', 'v.org_id')
        .select(['o.code', 'v.value'])
        .where('p.code', '=', `${startYear}/${startYear + 1}`)
        .where('v.data_element_code', '=', 'graduates_grade_11')
        .where('v.breakdown', '=', '')
        .where('o.type', '=', 'school')
        .orderBy('o.code')
        .execute();
      const schools = graduates
        .filter((g) => Number(g.value) > 0)
        .map((g) => ({ orgCode: g.code, graduates: Math.min(80, Math.round(Number(g.value))) }));
      if (schools.length === 0) continue;
      onProgress?.(i + 1, years.length);
      // the generated ЕГЭ values of the schools in the file give way: the file is their one source of ЕГЭ
      const period = await db
        .selectFrom('period')
        .select('id')
        .where('code', '=', `${startYear}/${startYear + 1}`)
        .executeTakeFirstOrThrow();
      await db
        .deleteFrom('data_value')
        .where('period_id', '=', period.id)
        .where('data_element_code', 'like', 'ege\\_%')
        .where('source', '=', DEMO_VALUES_SOURCE)
        .where(
          'org_id',
          'in',
          db
            .selectFrom('org')
            .select('id')
            .where(
              'code',
              'in',
              schools.map((s) => s.orgCode),
            ),
        )
        .execute();
      const path = newUploadPath(dir);
      await writeFile(path, demoEgeCsv(schools, startYear + 1, seed), { mode: 0o600 });
      const created = await createImport(ctx, {
        territoryId: region.id,
        fileName: `ЕГЭ ${startYear + 1}, результаты участников (демо).csv`,
        path,
      });
      const { done } = await startReading(ctx, created.id, { kind: 'ege', year: startYear + 1, mapping: created.preview!.mapping });
      const read = await done;
      if (read.status !== 'ready') throw new Error(`demo ЕГЭ ${startYear + 1} not read: ${read.error}`);
      await applyImport(ctx, created.id, { decisions: {}, acceptProposals: false, skipErrors: false });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
