import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { createCycleAction, updateCycleActionStatus } from '../../app/cycle/cycle-actions.ts';
import { createRecommendations, reportRecommendation, suggestRecommendations } from '../../app/cycle/recommendations.ts';
import { generateReport } from '../../app/reports/generate-report.ts';
import { approveReport, reviewReport } from '../../app/reports/report-steps.ts';
import { saveWorkingGroup } from '../../app/reports/working-group.ts';
import { demoActor } from './demo-actor.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/** The direction the demo district works on: seed 001 D2, schools with low results. */
export const DEMO_CYCLE_DIRECTION = 'D2';

/**
 * The demo district's management cycle on schools with low results: the working group, the
 * analytic report on the direction for the previous school year (reviewed and approved), targeted
 * recommendations to the demo school (which has reported on it) and to the schools the report names
 * (not answered yet),
 * a measure of the roadmap done in the current school year and the decision that fixed it. The
 * analysis of effectiveness is left to the operator. Runs through the real use cases.
 */
export async function loadDemoCycle(db: Kysely<Database>, lastYear: number, today: string, onStart?: () => void): Promise<void> {
  const framework = await catalogueRepository.newestByCode(db, 'seed001-municipal');
  const period = await db
    .selectFrom('period')
    .select('id')
    .where('code', '=', `${lastYear - 1}/${lastYear}`)
    .executeTakeFirst();
  const operator = await demoActor(db, 'demo.municipal');
  const school = await demoActor(db, 'demo.school');
  if (!framework || !period || !operator?.scopeOrgId || !school?.scopeOrgId) return;
  onStart?.();
  const ctx = { db, actor: operator, requestId: null };
  const territoryId = operator.scopeOrgId;

  await saveWorkingGroup(ctx, territoryId, {
    name: 'Рабочая группа по оценке качества образования',
    orderNumber: '12-од',
    orderDate: `15.01.${lastYear}`,
    members: [
      { fullName: 'Соколова Ирина Викторовна', post: 'начальник управления образования', role: 'chair' },
      { fullName: 'Руденко Павел Андреевич', post: 'директор ИМЦ', role: 'deputy' },
      { fullName: 'Гаврилова Наталья Сергеевна', post: 'методист ИМЦ', role: 'secretary' },
    ],
  });
  const { id: reportId } = await generateReport(ctx, {
    catalogueId: framework.id,
    periodId: period.id,
    scopeKind: 'direction',
    territoryId,
    directionCode: DEMO_CYCLE_DIRECTION,
    orgId: null,
  });
  await reviewReport(ctx, reportId, { meetingDate: `${lastYear}-09-02`, decision: 'recommend', minutesNumber: '3' }, today);
  await approveReport(
    ctx,
    reportId,
    { name: 'Соколова И. В.', post: 'начальник управления образования', date: `${lastYear}-09-04` },
    today,
  );

  const suggested = (await suggestRecommendations(ctx, reportId)).filter((s) => s.orgId !== school.scopeOrgId).slice(0, 2);
  const { ids } = await createRecommendations(ctx, reportId, [
    {
      orgId: school.scopeOrgId,
      text: 'Провести анализ причин расхождения отметок ВПР и текущих отметок; утвердить план повышения объективности оценивания.',
      dueOn: `${lastYear}-12-20`,
      finding: null,
    },
    ...suggested.map((s) => ({ orgId: s.orgId, text: s.text, dueOn: `${lastYear}-11-30`, finding: s.finding })),
  ]);
  const schoolCtx = { db, actor: school, requestId: null };
  const [own] = ids;
  if (own) {
    await reportRecommendation(schoolCtx, own, {
      text: 'Проведён педагогический совет по объективности оценивания (протокол № 2); план утверждён приказом директора № 87.',
      version: 1,
    });
  }
  const targets = [school.scopeOrgId, ...suggested.map((s) => s.orgId)];
  const measure = await createCycleAction(ctx, territoryId, {
    kind: 'measure',
    frameworkId: framework.id,
    directionCode: DEMO_CYCLE_DIRECTION,
    title: 'Серия методических семинаров «Объективность оценивания образовательных результатов» для учителей школ с низкими результатами',
    startsOn: `${lastYear}-09-15`,
    deadline: `${lastYear}-12-25`,
    responsible: 'Руденко П. А., директор ИМЦ',
    indicatorCodes: ['D2.01.vpr', 'D2.04'],
    orgIds: targets,
    recommendationIds: ids,
  });
  await updateCycleActionStatus(ctx, measure.id, {
    status: 'done',
    resultText: 'Проведено 4 семинара, участвовали 38 педагогов трёх школ.',
    version: measure.version,
  });
  await createCycleAction(ctx, territoryId, {
    kind: 'decision',
    frameworkId: framework.id,
    directionCode: DEMO_CYCLE_DIRECTION,
    title: 'О методическом сопровождении школ с низкими образовательными результатами',
    startsOn: `${lastYear}-09-10`,
    deadline: `${lastYear + 1}-05-31`,
    responsible: 'Соколова И. В., начальник управления образования',
    indicatorCodes: ['D2.01.vpr'],
    orgIds: targets,
    recommendationIds: ids,
    measureIds: [measure.id],
    decisionKind: 'organising',
    actKind: 'приказ',
    actNumber: '145-од',
    actDate: `${lastYear}-09-10`,
    participants: 'руководители и педагоги школ, ИМЦ',
  });
}
