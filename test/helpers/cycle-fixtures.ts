import type { Kysely } from 'kysely';
import { createCycleAction } from '../../src/app/cycle/cycle-actions.ts';
import { saveEffectiveness } from '../../src/app/cycle/effectiveness-record.ts';
import { createRecommendations } from '../../src/app/cycle/recommendations.ts';
import type { Database } from '../../src/db/schema.ts';
import { systemContext } from './campaign-fixtures.ts';
import type { OrgTree } from './factories.ts';
import type { ReportFixtures } from './report-fixtures.ts';

/**
 * The management cycle over the test tree (direction D1 of the test catalogue, district m1):
 * recommendations to school s1 from a report, measures and decisions aimed at it, an analysis.
 */
export function cycleFixtures(db: Kysely<Database>, tree: OrgTree, f: ReportFixtures) {
  const ctx = systemContext(db);
  let report: Promise<number> | null = null;
  const reportId = () => (report ??= f.reportIn('draft'));

  /** A fresh recommendation to s1 (status issued). */
  const recommendation = async (dueOn = '31.05.2025') => {
    const { ids } = await createRecommendations(ctx, await reportId(), [{ orgId: tree.s1.id, text: 'Повысить долю победителей', dueOn }]);
    return ids[0] as number;
  };

  const actionInput = (kind: 'measure' | 'decision', extra: Record<string, unknown> = {}) => ({
    kind,
    frameworkId: f.catalogueId,
    directionCode: 'D1',
    title: kind === 'measure' ? 'Семинар для учителей' : 'О поддержке школы',
    startsOn: '01.09.2024',
    deadline: '31.05.2025',
    responsible: 'Методист Петрова',
    indicatorCodes: ['D1.01'],
    orgIds: [tree.s1.id],
    ...(kind === 'decision'
      ? { decisionKind: 'activating', actKind: 'приказ', actNumber: '15-од', actDate: '02.09.2024', participants: 'руководители школ' }
      : {}),
    ...extra,
  });

  const action = async (kind: 'measure' | 'decision' = 'measure') =>
    (await createCycleAction(ctx, tree.m1.id, actionInput(kind) as never)).id;

  /** The district's analysis of D1 saved with a problem (its id and version). */
  const analysis = async () => {
    await action('measure');
    const subject = { territoryId: tree.m1.id, frameworkId: f.catalogueId, directionCode: 'D1' };
    const current = await db
      .selectFrom('effectiveness_analysis')
      .select(['id', 'version'])
      .where('scope_org_id', '=', tree.m1.id)
      .executeTakeFirst();
    const view = await saveEffectiveness(ctx, {
      ...subject,
      conclusions: {},
      summary: 'Итог',
      problems: ['Низкая доля победителей олимпиад'],
      ...(current ? { version: current.version } : {}),
    });
    return { id: view.analysis?.id as number, version: view.analysis?.version as number };
  };

  return { reportId, recommendation, actionInput, action, analysis };
}
