import type { Kysely } from 'kysely';
import { computeResults } from '../../src/app/results/compute-results.ts';
import { generateReport } from '../../src/app/reports/generate-report.ts';
import { uploadReportFile } from '../../src/app/reports/report-files.ts';
import { approveReport, publishReport, reviewReport } from '../../src/app/reports/report-steps.ts';
import { saveWorkingGroup } from '../../src/app/reports/working-group.ts';
import { dataValueRepository } from '../../src/db/repositories/data-value-repository.ts';
import type { Database } from '../../src/db/schema.ts';
import type { ReportStatus } from '../../src/domain/report/report-workflow.ts';
import { systemContext } from './campaign-fixtures.ts';
import type { OrgTree } from './factories.ts';

/**
 * Reports over the test tree: results of the test catalogue computed for 2024/2025 (school s1 of
 * the first district), the district's working group, and reports taken to any status.
 */
export async function reportFixtures(db: Kysely<Database>, tree: OrgTree) {
  const ctx = systemContext(db);
  const catalogueId = (await db.selectFrom('framework').select('id').where('code', '=', 'test-indicators').executeTakeFirstOrThrow()).id;
  const periodId = (await db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id;
  for (const [elementCode, value] of [
    ['t_winners', 3],
    ['t_pupils', 30],
  ] as const) {
    await dataValueRepository.upsert(db, {
      orgId: tree.s1.id,
      periodId,
      elementCode,
      breakdown: {},
      value,
      source: 'тест',
      status: 'accepted',
      enteredBy: null,
    });
  }
  await computeResults(ctx, { frameworkId: catalogueId, periodId });
  await saveWorkingGroup(ctx, tree.m1.id, {
    name: 'Рабочая группа',
    orderNumber: '1-од',
    orderDate: '01.09.2024',
    members: [{ fullName: 'Иванова А. П.', post: 'начальник управления', role: 'chair' }],
  });

  /** A new report of the first district (or about school s1) taken to the status. */
  async function reportIn(status: ReportStatus, about: 'district' | 'school' = 'district'): Promise<number> {
    const { id } = await generateReport(ctx, {
      catalogueId,
      periodId,
      scopeKind: about === 'district' ? 'direction' : 'organisation',
      territoryId: tree.m1.id,
      directionCode: about === 'district' ? 'D1' : null,
      orgId: about === 'district' ? null : tree.s1.id,
    });
    if (status === 'draft') return id;
    await reviewReport(ctx, id, { meetingDate: '2024-12-01', decision: 'recommend', minutesNumber: '1' }, '2025-01-15');
    if (status === 'reviewed') return id;
    await approveReport(ctx, id, { name: 'Иванова А. П.', post: 'начальник управления', date: '2024-12-02' }, '2025-01-15');
    if (status === 'approved') return id;
    await publishReport(ctx, id);
    return id;
  }

  const attach = (reportId: number) =>
    uploadReportFile(ctx, reportId, { fileName: 'Протокол.pdf', bytes: Buffer.from('%PDF-1.4') }).then((f) => f.id);
  const publicationOf = async (reportId: number) =>
    (await db.selectFrom('publication').select('id').where('report_id', '=', reportId).executeTakeFirstOrThrow()).id;

  return { catalogueId, periodId, reportIn, attach, publicationOf, ratingKey: `municipality:${tree.m1.id}:school` };
}

export type ReportFixtures = Awaited<ReturnType<typeof reportFixtures>>;
