import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../../app/results/compute-results.ts';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import { systemContext } from '../../../../test/helpers/campaign-fixtures.ts';
import { docxToPdf, documentTestsEnabled, loose, pdfText } from '../../../../test/helpers/document-tools.ts';
import { buildOrg, buildUser } from '../../../../test/helpers/factories.ts';
import { reportFixtures, type ReportFixtures } from '../../../../test/helpers/report-fixtures.ts';
import { createTestApp, loginCookie, type TestApp } from '../../../../test/helpers/test-app.ts';

// The management cycle of the first district on direction D1 of the test catalogue
// (D1.01 = t_winners / t_pupils, %): a recommendation from a report to school s1, acknowledged and
// reported on by the school; a measure and a decision aimed at s1 and s3; the effect read against
// s4, the district's other school, over 2023/2024 → 2024/2025; the next cycle's goals.

let t: TestApp;
let f: ReportFixtures;
let s3: number;
let s4: number;
let before: number;
let reportId: number;
let s3Rep: string;

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, cookie: string | null, payload?: unknown) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
const operator = () => t.cookies.municipal_operator;
const m1 = () => t.tree.m1.id;

async function winners(orgId: number, periodId: number, w: number, pupils: number) {
  for (const [elementCode, value] of [
    ['t_winners', w],
    ['t_pupils', pupils],
  ] as const) {
    await dataValueRepository.upsert(t.handle.db, {
      orgId,
      periodId,
      elementCode,
      breakdown: {},
      value,
      source: 'тест',
      status: 'accepted',
      enteredBy: null,
    });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.handle;
  f = await reportFixtures(db, t.tree);
  before = (
    await db
      .insertInto('period')
      .values({ code: '2023/2024', kind: 'school_year', name: '2023/2024 учебный год', starts_on: '2023-09-01', ends_on: '2024-08-31' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  s3 = (await buildOrg(db, t.tree.m1, { name: 'Школа № 3' })).id;
  s4 = (await buildOrg(db, t.tree.m1, { name: 'Школа № 4' })).id;
  // s1: 10% → 20%, s3: 10% → 30% (targeted, +15 on average); s4: 10% → 15% (+5)
  await winners(t.tree.s1.id, before, 3, 30);
  await winners(t.tree.s1.id, f.periodId, 6, 30);
  await winners(s3, before, 2, 20);
  await winners(s3, f.periodId, 6, 20);
  await winners(s4, before, 2, 20);
  await winners(s4, f.periodId, 3, 20);
  const ctx = systemContext(db);
  await computeResults(ctx, { frameworkId: f.catalogueId, periodId: before });
  await computeResults(ctx, { frameworkId: f.catalogueId, periodId: f.periodId });
  reportId = await f.reportIn('approved');
  const rep = await buildUser(db, 'org_representative', s3);
  s3Rep = await loginCookie(t.app, rep.login);
});

afterAll(async () => {
  await t?.close();
});

describe('targeted recommendations', () => {
  let id: number;

  it('suggests the organisations the report names and writes recommendations to them', async () => {
    const suggested = await call('GET', `/api/cycle/reports/${reportId}/suggestions`, operator());
    expect(suggested.statusCode, suggested.body).toBe(200);
    const suggestions = suggested.json().suggestions as { orgId: number; text: string }[];
    expect(Array.isArray(suggestions)).toBe(true);
    for (const s of suggestions) expect(s.text).toMatch(/\S/);

    const res = await call('POST', `/api/cycle/reports/${reportId}/recommendations`, operator(), {
      items: [
        {
          orgId: t.tree.s1.id,
          text: 'Разработать план подготовки к олимпиадам',
          dueOn: '30.04.2025',
          finding: { kind: 'org_fall', text: 'Дефицит' },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().ids[0];
    const list = (await call('GET', `/api/cycle/recommendations?territoryId=${m1()}`, operator())).json().recommendations;
    const mine = list.find((r: { id: number }) => r.id === id);
    expect(mine).toMatchObject({ orgId: t.tree.s1.id, status: 'issued', dueOn: '2025-04-30', overdue: true, directionCode: 'D1' });
  });

  it('refuses a recommendation to an organisation outside the report’s territory, writing none', async () => {
    const count = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('recommendation')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const was = await count();
    const res = await call('POST', `/api/cycle/reports/${reportId}/recommendations`, operator(), {
      items: [
        { orgId: t.tree.s1.id, text: 'Хорошая', dueOn: '30.04.2025' },
        { orgId: t.tree.s2.id, text: 'Чужая школа', dueOn: '31.02.2025' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().message).toMatch(/Строка 2: организация .* не относится к территории отчёта/);
    expect(res.json().message).toMatch(/срок исполнения \(строка 2\).*не распознана как дата/i);
    expect(await count()).toBe(was);
  });

  it('lets only the addressed school acknowledge it and report what it did', async () => {
    // another school's representative does not even see it
    expect((await call('POST', `/api/cycle/recommendations/${id}/acknowledge`, s3Rep, { version: 1 })).statusCode).toBe(404);
    // the operator does not acknowledge for the school
    expect((await call('POST', `/api/cycle/recommendations/${id}/acknowledge`, operator(), { version: 1 })).statusCode).toBe(403);
    const school = t.cookies.org_representative;
    const mine = (await call('GET', '/api/cycle/recommendations/mine', school)).json().recommendations;
    expect(mine.map((r: { id: number }) => r.id)).toContain(id);
    const ack = await call('POST', `/api/cycle/recommendations/${id}/acknowledge`, school, { version: 1 });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().recommendation).toMatchObject({ status: 'acknowledged', version: 2 });
    expect((await call('POST', `/api/cycle/recommendations/${id}/acknowledge`, school, { version: 2 })).json().code).toBe('conflict');
    expect((await call('POST', `/api/cycle/recommendations/${id}/report`, school, { text: ' ', version: 2 })).statusCode).toBe(400);
    expect((await call('POST', `/api/cycle/recommendations/${id}/report`, school, { text: 'Сделано', version: 1 })).json().code).toBe(
      'version_conflict',
    );
    const done = await call('POST', `/api/cycle/recommendations/${id}/report`, school, {
      text: 'Проведён педсовет, план утверждён',
      version: 2,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().recommendation).toMatchObject({
      status: 'reported',
      overdue: false,
      reportText: 'Проведён педсовет, план утверждён',
    });
  });

  it('records the working group’s approval', async () => {
    const res = await call('POST', `/api/cycle/recommendations/approve?territoryId=${m1()}`, operator(), {
      ids: [id],
      meetingDate: '15.04.2025',
      minutesNumber: '3',
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = (await call('GET', `/api/cycle/recommendations/${id}`, operator())).json().recommendation;
    expect(r).toMatchObject({ approvedOn: '2025-04-15', approvedMinutes: '3' });
    const foreign = await call('POST', `/api/cycle/recommendations/approve?territoryId=${t.tree.m2.id}`, t.cookies.regional_operator, {
      ids: [id],
      meetingDate: '15.04.2025',
      minutesNumber: '3',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toMatch(/нет среди рекомендаций «Второй район»/);
  });
});

describe('the roadmap and the decisions', () => {
  const measure = () => ({
    kind: 'measure',
    frameworkId: f.catalogueId,
    directionCode: 'D1',
    title: 'Олимпиадная школа для учителей',
    startsOn: '01.10.2024',
    deadline: '31.12.2024',
    responsible: 'Методист Петрова',
    indicatorCodes: ['D1.01'],
    orgIds: [t.tree.s1.id, s3],
  });
  let measureId: number;

  it('records a measure aimed at indicators and organisations, overdue until done', async () => {
    const res = await call('POST', `/api/cycle/actions?territoryId=${m1()}`, operator(), measure());
    expect(res.statusCode, res.body).toBe(201);
    measureId = res.json().action.id;
    expect(res.json().action).toMatchObject({
      status: 'planned',
      overdue: true,
      directionName: 'Олимпиады',
      indicators: [{ code: 'D1.01' }],
    });
    const done = await call('PUT', `/api/cycle/actions/${measureId}/status`, operator(), { status: 'done', version: 1 });
    expect(done.json().message).toMatch(/Отметьте результат/);
    const ok = await call('PUT', `/api/cycle/actions/${measureId}/status`, operator(), {
      status: 'done',
      resultText: 'Проведено 4 занятия',
      version: 1,
    });
    expect(ok.json().action).toMatchObject({ status: 'done', overdue: false });
  });

  it('refuses what does not belong: an indicator of another direction, a school of another district, a decision without its act', async () => {
    const res = await call('POST', `/api/cycle/actions?territoryId=${m1()}`, operator(), {
      ...measure(),
      indicatorCodes: ['D9.99'],
      orgIds: [t.tree.s2.id],
      deadline: '01.09.2024',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.indicatorCodes', 'body.orgIds', 'body.deadline']));
    const decision = await call('POST', `/api/cycle/actions?territoryId=${m1()}`, operator(), { ...measure(), kind: 'decision' });
    expect(decision.statusCode).toBe(400);
    expect(decision.json().message).toMatch(/вид решения/);
    expect(decision.json().message).toMatch(/номер акта/);
  });

  it('records a decision of one of the five kinds with its act, linked to the measure and the recommendation', async () => {
    const [rec] = (await call('GET', `/api/cycle/recommendations?territoryId=${m1()}`, operator())).json().recommendations;
    const res = await call('POST', `/api/cycle/actions?territoryId=${m1()}`, operator(), {
      ...measure(),
      kind: 'decision',
      title: 'Направить учителей школ № 1 и № 3 на курсы',
      decisionKind: 'activating',
      actKind: 'приказ',
      actNumber: '112-од',
      actDate: '25.09.2024',
      participants: 'учителя школ № 1 и № 3',
      measureIds: [measureId],
      recommendationIds: [rec.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().action).toMatchObject({
      kind: 'decision',
      decisionKind: 'activating',
      actNumber: '112-од',
      measureIds: [measureId],
      recommendationIds: [rec.id],
    });
  });

  it('exports the roadmap to Excel and Word, overdue ones marked', async () => {
    const xlsx = await call('GET', `/api/cycle/roadmap/export?territoryId=${m1()}&format=xlsx`, operator());
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(' | ');
    expect(cells).toMatch(/Направление: Олимпиады/);
    expect(cells).toMatch(/Олимпиадная школа для учителей/);
    expect(cells).toMatch(/Активизирующее: Направить учителей/);
    expect(cells).toMatch(/приказ № 112-од от 25\.09\.2024/);
    const docx = await call('GET', `/api/cycle/roadmap/export?territoryId=${m1()}&format=docx`, operator());
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    if (documentTestsEnabled) {
      // LibreOffice opens the Word file and reads the same roadmap
      const text = loose(pdfText(docxToPdf(docx.rawPayload)));
      expect(text).toContain(loose('Дорожная карта мероприятий и управленческие решения: Первый район'));
      expect(text).toContain(loose('Олимпиадная школа для учителей'));
    }
  });
});

describe('the analysis of effectiveness', () => {
  const subject = () => `territoryId=${m1()}&frameworkId=${f.catalogueId}&directionCode=D1`;

  it('shows the targeted schools’ dynamics against the district’s other schools', async () => {
    const res = await call('GET', `/api/cycle/effectiveness?${subject()}`, operator());
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json().effectiveness;
    expect(e.period.id).toBe(f.periodId);
    const measure = e.actions.find((a: { kind: string }) => a.kind === 'measure');
    // comparable: s4 only (k1 is a kindergarten, s2 is in another district)
    expect(measure.comparableCount).toBe(1);
    const [ind] = measure.indicators;
    expect(ind.effect.beforePeriodId).toBe(before);
    expect(ind.effect.targeted.change).toBeCloseTo(15);
    expect(ind.effect.untargeted.change).toBeCloseTo(5);
    expect(ind.effect.effect).toBeCloseTo(10);
    expect(measure.verdict).toBe('effective');
    // a viewer of the region reads it; a school's representative does not
    expect((await call('GET', `/api/cycle/effectiveness?${subject()}`, t.cookies.viewer)).statusCode).toBe(200);
    expect((await call('GET', `/api/cycle/effectiveness?${subject()}`, t.cookies.org_representative)).statusCode).toBe(403);
  });

  it('saves the conclusions, starts the next cycle from the problems, and makes the analytic report', async () => {
    const e = (await call('GET', `/api/cycle/effectiveness?${subject()}`, operator())).json().effectiveness;
    const measure = e.actions.find((a: { kind: string }) => a.kind === 'measure');
    const saved = await call('PUT', '/api/cycle/effectiveness', operator(), {
      territoryId: m1(),
      frameworkId: f.catalogueId,
      directionCode: 'D1',
      conclusions: { [measure.id]: 'Олимпиадная школа дала рост доли победителей' },
      summary: 'Цель направления достигнута частично.',
      problems: ['Низкая доля победителей в сельских школах', ''],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const analysis = saved.json().effectiveness.analysis;
    expect(analysis).toMatchObject({ problems: ['Низкая доля победителей в сельских школах'], version: 1 });
    // a stale save is refused
    const stale = await call('PUT', '/api/cycle/effectiveness', operator(), {
      territoryId: m1(),
      frameworkId: f.catalogueId,
      directionCode: 'D1',
      conclusions: {},
      summary: '',
      problems: [],
    });
    expect(stale.json().code).toBe('version_conflict');

    const next = await call('POST', `/api/cycle/effectiveness/${analysis.id}/next-cycle`, operator(), { cycle: '2025/2026 учебный год' });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().effectiveness.goals).toMatchObject([
      { cycle: '2025/2026 учебный год', text: 'Низкая доля победителей в сельских школах' },
    ]);
    expect(
      (await call('POST', `/api/cycle/effectiveness/${analysis.id}/next-cycle`, operator(), { cycle: '2025/2026 учебный год' })).json()
        .code,
    ).toBe('conflict');

    const report = await call('POST', `/api/cycle/effectiveness/${analysis.id}/report`, operator());
    expect(report.statusCode, report.body).toBe(201);
    const r = (await call('GET', `/api/reports/${report.json().reportId}`, operator())).json().report;
    expect(r.title).toMatch(/^Анализ эффективности принятых мер по направлению «Олимпиады»/);
    expect(r.content.effectiveness.actions.length).toBeGreaterThan(0);
    expect(r.sections.conclusions).toMatch(/Низкая доля победителей в сельских школах/);
    // its PDF (the application's own) carries the analysis
    const pdf = await call('GET', `/api/reports/${r.id}/report.pdf`, operator());
    expect(pdf.statusCode).toBe(200);
    if (documentTestsEnabled) {
      const text = loose(pdfText(pdf.rawPayload));
      expect(text).toContain(loose('Анализ эффективности принятых мер и управленческих решений'));
      expect(text).toContain(loose('Олимпиадная школа для учителей'));
      expect(text).toContain(loose('Проблемы — основа нового управленческого цикла'));
    }
  });

  it('shows every component of the direction’s cycle as formed', async () => {
    // the shipped methodology of mechanisms: its direction D1 has all nine components of seed 000 §2
    await syncCatalogues(t.handle.db, resolve(import.meta.dirname, '../../../../catalogs'));
    const frameworkId = (
      await t.handle.db.selectFrom('framework').select('id').where('code', '=', 'fioko-mechanisms').executeTakeFirstOrThrow()
    ).id;
    const res = await call('GET', `/api/cycle?scopeOrgId=${m1()}&frameworkId=${frameworkId}`, operator());
    expect(res.statusCode, res.body).toBe(200);
    const d1 = res.json().cycle.directions.find((d: { code: string }) => d.code === 'D1');
    const byCode = Object.fromEntries(d1.components.map((c: { code: string; formed: boolean }) => [c.code, c]));
    for (const code of ['analysis', 'recommendations', 'measures', 'decisions', 'effectiveness'])
      expect(byCode[code]?.formed, code).toBe(true);
    expect(byCode.goals.evidence.map((e: { text: string }) => e.text).join(' ')).toMatch(/Цель цикла «2025\/2026 учебный год»/);
  });
});

describe('a recommendation addressed to a leader', () => {
  it('shows the leader’s name and the text only to those who may read the leader’s card, and logs those reads', async () => {
    const { db } = t.handle;
    const schoolAccount = await db
      .selectFrom('app_user')
      .select(['id', 'login'])
      .where('role', '=', 'org_representative')
      .where('scope_org_id', '=', t.tree.s1.id)
      .executeTakeFirstOrThrow();
    const leader = await call('POST', `/api/personnel/leaders?municipalityId=${m1()}`, operator(), {
      orgId: t.tree.s1.id,
      fullName: 'Лидерова Вера Павловна',
      postKind: 'head',
      postTitle: 'директор',
      appointedOn: '01.09.2019',
      educationLevel: 'higher',
      login: schoolAccount.login,
    });
    expect(leader.statusCode, leader.body).toBe(201);
    const leaderId = leader.json().leader.id as number;
    const text = 'Пройти курс по управлению качеством образования лично';
    const created = await call('POST', `/api/cycle/reports/${reportId}/recommendations`, operator(), {
      items: [{ orgId: t.tree.s1.id, leaderId, text, dueOn: '30.06.2026' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().ids[0] as number;
    const reads = async () =>
      db
        .selectFrom('audit_log')
        .select(['user_login', 'entity', 'entity_id'])
        .where('action', '=', 'personnel.read')
        .where('entity', '=', 'leader')
        .where('entity_id', '=', String(leaderId))
        .execute();
    const readsBefore = (await reads()).length;

    // The district's operator and the leader herself (the school's account) read it whole.
    const full = (await call('GET', `/api/cycle/recommendations/${id}`, operator())).json().recommendation;
    expect(full).toMatchObject({ leaderId, leaderName: 'Лидерова Вера Павловна', text, personal: true });
    const listed = (await call('GET', `/api/cycle/recommendations?territoryId=${m1()}`, operator())).json().recommendations;
    expect(listed.find((r: { id: number }) => r.id === id)).toMatchObject({ leaderName: 'Лидерова Вера Павловна', text });
    const own = (await call('GET', '/api/cycle/recommendations/mine', t.cookies.org_representative)).json().recommendations;
    expect(own.find((r: { id: number }) => r.id === id)).toMatchObject({ leaderName: 'Лидерова Вера Павловна', text });
    expect((await reads()).length).toBe(readsBefore + 3);

    // Roles refused the leader's card see that it is addressed to the leader, not who or what.
    for (const role of ['viewer', 'expert', 'regional_operator'] as const) {
      expect((await call('GET', `/api/personnel/leaders/${leaderId}`, t.cookies[role])).statusCode, role).toBe(403);
      const one = await call('GET', `/api/cycle/recommendations/${id}`, t.cookies[role]);
      expect(one.statusCode, role).toBe(200);
      const list = await call('GET', `/api/cycle/recommendations?territoryId=${m1()}`, t.cookies[role]);
      for (const r of [one.json().recommendation, list.json().recommendations.find((x: { id: number }) => x.id === id)]) {
        expect(r, role).toMatchObject({ personal: true, leaderId: null, leaderName: null, orgId: t.tree.s1.id });
        expect(r.text).toMatch(/адресована руководителю организации/);
      }
      expect(one.body + list.body, role).not.toContain('Лидерова');
      expect(one.body + list.body, role).not.toContain(text);
    }
    expect((await reads()).length).toBe(readsBefore + 3);
  });
});
