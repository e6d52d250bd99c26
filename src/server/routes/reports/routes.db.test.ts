import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveRegulation, publishRegulation } from '../../../app/campaigns/campaign-regulation.ts';
import { twoSchoolYears } from '../../../../test/helpers/two-school-years.ts';
import type { OrgRow } from '../../../db/schema.ts';
import { buildOrg, buildUser } from '../../../../test/helpers/factories.ts';
import { startCampaign, systemContext, TODAY } from '../../../../test/helpers/campaign-fixtures.ts';
import { createTestApp, loginCookie, type TestApp } from '../../../../test/helpers/test-app.ts';

// A direction report of the first district through its whole life: generated from the results of
// two school years, edited, sent back and recommended by the working group, approved, published,
// found in the public section without a login, withdrawn, and started again as version 2.

let t: TestApp;
let catalogueId: number;
let periodId: number;
let s3: OrgRow;
let otherDistrict: string;
let ownSchoolRep: string;

const call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  cookie: string | null,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url,
    ...(cookie ? { headers: { cookie, ...headers } } : { headers }),
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.handle;
  s3 = await buildOrg(db, t.tree.m1, { name: 'Школа № 3 первого района', attributes: { settlement: 'rural' } });
  const years = await twoSchoolYears(db);
  const { put, periodId: pid } = years;
  catalogueId = years.catalogueId;
  periodId = pid('2024/2025');
  // D1.01 = winners × 100 / pupils. 2023/2024: s1 5 %, s3 10 %; 2024/2025: s1 10 %, s3 20 %.
  for (const [code, org, winners, pupils] of [
    ['2023/2024', t.tree.s1.id, 2, 40],
    ['2023/2024', s3.id, 4, 40],
    ['2024/2025', t.tree.s1.id, 3, 30],
    ['2024/2025', s3.id, 6, 30],
  ] as const) {
    await put(code, org, 't_winners', winners);
    await put(code, org, 't_pupils', pupils);
  }
  for (const code of ['2023/2024', '2024/2025']) {
    const res = await call('POST', '/api/results/compute', t.cookies.regional_operator, { catalogueId, periodId: pid(code) });
    expect(res.statusCode).toBe(200);
  }
  const other = await buildUser(db, 'municipal_operator', t.tree.m2.id);
  otherDistrict = await loginCookie(t.app, other.login);
  ownSchoolRep = t.cookies.org_representative; // scope: s1
});
afterAll(async () => {
  await t.close();
});

const generate = (cookie: string, body: Record<string, unknown> = {}) =>
  call('POST', '/api/reports', cookie, { catalogueId, periodId, scopeKind: 'direction', directionCode: 'D1', ...body });

describe('analytic reports', () => {
  let reportId: number;
  let publicationId: number;

  it('generates a direction report from the stored results, with years compared and the numbers traceable', async () => {
    const res = await generate(t.cookies.municipal_operator);
    expect(res.statusCode, res.body).toBe(201);
    const { report } = res.json();
    reportId = report.id;
    expect(report.status).toBe('draft');
    expect(report.title).toBe('Аналитический отчёт по направлению «Олимпиады»: Первый район, 2024/2025 учебный год');
    const d101 = report.content.indicators.find((i: { code: string }) => i.code === 'D1.01');
    // the district: 6/80 → 7.5 % in 2023/2024, 9/60 → 15 % in 2024/2025 (Σnum × 100 / Σden)
    expect(report.content.periods.map((p: { name: string }) => p.name)).toEqual(['2023/2024 учебный год', '2024/2025 учебный год']);
    expect(d101.series).toEqual([7.5, 15]);
    expect(d101.seriesOrgId).toBe(t.tree.m1.id);
    expect(d101.direction).toBe('better');
    expect(d101.best[0]).toMatchObject({ orgId: s3.id, value: 20 });
    expect(report.content.computeRunId).toBeGreaterThan(0);
    expect(report.stale).toBe(false);
    expect(Object.keys(report.sections).sort()).toEqual(['conclusions', 'directions', 'factors', 'final', 'findings', 'goals', 'years']);
    expect(report.sections.years).toMatch(/улучшились 1/);
    expect(report.canManage).toBe(true);
    // its charts are PNG pictures drawn from the same numbers
    const chart = await call('GET', `/api/reports/${reportId}/charts/years?v=1`, t.cookies.municipal_operator);
    expect(chart.statusCode, chart.body.slice(0, 200)).toBe(200);
    expect(chart.headers['content-type']).toBe('image/png');
    expect(chart.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await call('GET', `/api/reports/${reportId}/charts/nothing`, t.cookies.municipal_operator)).statusCode).toBe(404);
  });

  it('downloads under a name a person reads: the title with a comma for the colon, the version, UTF-8 in filename*', async () => {
    const res = await call('GET', `/api/reports/${reportId}/report.pdf`, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    const disposition = String(res.headers['content-disposition']);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(
      'Аналитический отчёт по направлению «Олимпиады», Первый район, 2024-2025 учебный год, версия 1.pdf',
    );
    expect(disposition).toContain(`filename="report-${reportId}.pdf"`);
  });

  it('refuses what the caller may not do, on the server', async () => {
    expect((await generate(otherDistrict, { territoryId: t.tree.m1.id })).statusCode).toBe(403);
    expect((await call('GET', `/api/reports/${reportId}`, otherDistrict)).statusCode).toBe(403);
    expect((await call('GET', `/api/reports/${reportId}/report.pdf`, otherDistrict)).statusCode).toBe(403);
    // the school reads neither the district's draft nor its list entry
    expect((await call('GET', `/api/reports/${reportId}`, ownSchoolRep)).statusCode).toBe(403);
    expect((await call('GET', '/api/reports', ownSchoolRep)).json().items).toEqual([]);
    // the regional observer reads it but cannot edit it
    expect((await call('GET', `/api/reports/${reportId}`, t.cookies.viewer)).statusCode).toBe(200);
    expect(
      (await call('PUT', `/api/reports/${reportId}/sections`, t.cookies.viewer, { sections: { goals: 'x' }, editVersion: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await call('PUT', `/api/reports/${reportId}/sections`, otherDistrict, { sections: { goals: 'x' }, editVersion: 1 })).statusCode,
    ).toBe(403);
    expect((await call('GET', `/api/reports/${reportId}`, null)).statusCode).toBe(401);
  });

  it('says what is wrong with a bad request in Russian, and writes nothing', async () => {
    const noDirection = await generate(t.cookies.municipal_operator, { directionCode: 'D9' });
    expect(noDirection.statusCode).toBe(400);
    expect(noDirection.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Направления «D9» нет в методике «Тестовая методика показателей».',
    });
    const mechanisms = (
      await t.handle.db.selectFrom('framework').select('id').where('code', '=', 'test-mechanisms').executeTakeFirstOrThrow()
    ).id;
    expect((await generate(t.cookies.municipal_operator, { catalogueId: mechanisms })).json().code).toBe('validation_failed');
    const unknownSection = await call('PUT', `/api/reports/${reportId}/sections`, t.cookies.municipal_operator, {
      sections: { preface: 'x' },
      editVersion: 1,
    });
    expect(unknownSection.statusCode).toBe(400);
    expect((await call('GET', '/api/reports', t.cookies.municipal_operator)).json().items).toHaveLength(1);
  });

  it('saves the operator’s texts with an optimistic lock', async () => {
    const saved = await call('PUT', `/api/reports/${reportId}/sections`, t.cookies.municipal_operator, {
      sections: { conclusions: 'Доля победителей выросла вдвое.\nРекомендуется распространить опыт школы № 3.' },
      editVersion: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().report.sections.conclusions).toMatch(/^Доля победителей выросла вдвое/);
    expect(saved.json().report.editVersion).toBe(2);
    const stale = await call('PUT', `/api/reports/${reportId}/sections`, t.cookies.municipal_operator, {
      sections: { goals: 'старая правка' },
      editVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });

  it('needs the working group formed before recording its decision', async () => {
    const early = await call('POST', `/api/reports/${reportId}/review`, t.cookies.municipal_operator, {
      meetingDate: '10.01.2025',
      decision: 'recommend',
      minutesNumber: '1',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/Состав рабочей группы «Первый район» не записан/);
    const bad = await call('PUT', '/api/working-group', t.cookies.municipal_operator, {
      name: 'РГ',
      orderNumber: '12-од',
      orderDate: '31.02.2024x',
      members: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['body.orderDate', 'body.members']);
    const group = await call('PUT', '/api/working-group', t.cookies.municipal_operator, {
      name: 'Рабочая группа МСОКО Первого района',
      orderNumber: '12-од',
      orderDate: '15.09.2024',
      members: [
        { fullName: 'Иванова Анна Петровна', post: 'начальник управления образования', role: 'chair' },
        { fullName: 'Петров Илья Сергеевич', post: 'методист ИМЦ', role: 'secretary' },
      ],
    });
    expect(group.statusCode, group.body).toBe(200);
    expect(group.json().group).toMatchObject({ orderNumber: '12-од', orderDate: '2024-09-15' });
    expect(
      (
        await call('PUT', '/api/working-group', otherDistrict, {
          territoryId: t.tree.m1.id,
          name: 'x',
          orderNumber: '',
          orderDate: '',
          members: [{ fullName: 'a', post: 'b', role: 'member' }],
        })
      ).statusCode,
    ).toBe(403);
    expect((await call('GET', `/api/working-group?territoryId=${t.tree.m1.id}`, t.cookies.viewer)).json().group.members).toHaveLength(2);
  });

  it('records the working group sending the draft back, then recommending it, with the minutes attached', async () => {
    const back = await call('POST', `/api/reports/${reportId}/review`, t.cookies.municipal_operator, {
      meetingDate: '10.01.2025',
      decision: 'revise',
      minutesNumber: '1',
      note: 'Дополнить выводы',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().report.status).toBe('draft');
    const future = await call('POST', `/api/reports/${reportId}/review`, t.cookies.municipal_operator, {
      meetingDate: '01.01.2099',
      decision: 'recommend',
      minutesNumber: '2',
    });
    expect(future.statusCode).toBe(400);
    const upload = await call('POST', `/api/reports/${reportId}/files`, t.cookies.municipal_operator, Buffer.from('%PDF-1.4 протокол'), {
      'content-type': 'application/pdf',
      'x-file-name': encodeURIComponent('Протокол №2.pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().file.id;
    const exe = await call('POST', `/api/reports/${reportId}/files`, t.cookies.municipal_operator, Buffer.from('MZ'), {
      'content-type': 'application/octet-stream',
      'x-file-name': 'run.exe',
    });
    expect(exe.statusCode).toBe(415);
    const ok = await call('POST', `/api/reports/${reportId}/review`, t.cookies.municipal_operator, {
      meetingDate: '14.01.2025',
      decision: 'recommend',
      minutesNumber: '2',
      minutesFileId: fileId,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const report = ok.json().report;
    expect(report.status).toBe('reviewed');
    const review = report.steps.filter((s: { step: string }) => s.step === 'review');
    expect(review.map((s: { details: { decisionName: string } }) => s.details.decisionName)).toEqual([
      'вернуть на доработку',
      'рекомендовать к утверждению',
    ]);
    expect(review[1].file.fileName).toBe('Протокол №2.pdf');
    expect(review[1].details.group.members).toEqual([
      'Иванова Анна Петровна, начальник управления образования',
      'Петров Илья Сергеевич, методист ИМЦ',
    ]);
    const minutes = await call('GET', `/api/reports/${reportId}/files/${fileId}`, t.cookies.viewer);
    expect(minutes.statusCode).toBe(200);
    expect(minutes.rawPayload.toString()).toBe('%PDF-1.4 протокол');
    // a reviewed report is not edited any more
    const edit = await call('PUT', `/api/reports/${reportId}/sections`, t.cookies.municipal_operator, {
      sections: { goals: 'x' },
      editVersion: report.editVersion,
    });
    expect(edit.statusCode).toBe(409);
  });

  it('records the approval and freezes the report; publishing needs the approval first', async () => {
    const missing = await call('POST', `/api/reports/${reportId}/approve`, t.cookies.municipal_operator, {
      name: '',
      post: '',
      date: 'вчера',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.map((d: { path: string }) => d.path)).toEqual(['body.name', 'body.post', 'body.date']);
    const approved = await call('POST', `/api/reports/${reportId}/approve`, t.cookies.municipal_operator, {
      name: 'Иванова А. П.',
      post: 'начальник управления образования',
      date: '15.01.2025',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().report).toMatchObject({ status: 'approved', frozen: true });
    expect(
      (await call('POST', `/api/reports/${reportId}/approve`, t.cookies.municipal_operator, { name: 'a', post: 'b', date: '15.01.2025' }))
        .statusCode,
    ).toBe(409);
    expect((await call('POST', `/api/reports/${reportId}/refresh`, t.cookies.municipal_operator)).statusCode).toBe(409);
    // the school reads an approved report of its district? No: only reports about itself.
    expect((await call('GET', `/api/reports/${reportId}`, ownSchoolRep)).statusCode).toBe(403);
  });

  it('publishes it in the public section, readable without a login, under a stable link', async () => {
    const published = await call('POST', `/api/reports/${reportId}/publish`, t.cookies.municipal_operator);
    expect(published.statusCode, published.body).toBe(200);
    publicationId = published.json().report.publicationId;
    expect(publicationId).toBeGreaterThan(0);
    const list = await call('GET', '/api/public/documents', null);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: publicationId,
        kind: 'report',
        kindName: 'Аналитический отчёт',
        territory: { id: t.tree.m1.id, name: 'Первый район' },
      }),
    ]);
    const doc = (await call('GET', `/api/public/documents/${publicationId}`, null)).json().document;
    expect(doc.report.sections.find((s: { key: string }) => s.key === 'conclusions').text).toMatch(/выросла вдвое/);
    expect(doc.report.approval).toEqual({ name: 'Иванова А. П.', post: 'начальник управления образования', date: '2025-01-15' });
    expect(doc.report.review).toEqual({ meetingDate: '2025-01-14', minutesNumber: '2', decisionName: 'рекомендовать к утверждению' });
    const pdf = await call('GET', `/api/public/documents/${publicationId}/document.pdf`, null);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await call('GET', `/api/public/documents/${publicationId}/document.docx`, null);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // the internal API stays closed to the public
    expect((await call('GET', `/api/reports/${reportId}/report.pdf`, null)).statusCode).toBe(401);
  });

  it('withdraws it (the link answers «not found») and publishes it again under the same link', async () => {
    expect((await call('POST', `/api/reports/${reportId}/unpublish`, t.cookies.municipal_operator)).json().report.status).toBe('approved');
    expect((await call('GET', `/api/public/documents/${publicationId}`, null)).statusCode).toBe(404);
    expect((await call('GET', '/api/public/documents', null)).json().items).toEqual([]);
    const again = await call('POST', `/api/reports/${reportId}/publish`, t.cookies.municipal_operator);
    expect(again.json().report.publicationId).toBe(publicationId);
  });

  it('starts a new version as a draft with the approved texts; the approved one stays as it was', async () => {
    const res = await call('POST', `/api/reports/${reportId}/versions`, t.cookies.municipal_operator);
    expect(res.statusCode, res.body).toBe(201);
    const v2 = res.json().report;
    expect(v2).toMatchObject({ status: 'draft', version: 2, lineageId: reportId });
    expect(v2.sections.conclusions).toMatch(/выросла вдвое/);
    expect((await call('POST', `/api/reports/${reportId}/versions`, t.cookies.municipal_operator)).statusCode).toBe(409);
    const v1 = (await call('GET', `/api/reports/${reportId}`, t.cookies.municipal_operator)).json().report;
    expect(v1).toMatchObject({ status: 'published', newerVersionId: v2.id });
    const steps = v1.steps.map((s: { step: string }) => s.step);
    expect(steps).toEqual(['generate', 'review', 'review', 'approve', 'publish', 'unpublish', 'publish']);
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('entity', '=', 'report').execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['report.generate', 'report.edit', 'report.review', 'report.approve', 'report.publish', 'report.unpublish']),
    );
  });

  it('lets an organisation read the approved report about itself only', async () => {
    const res = await call('POST', '/api/reports', t.cookies.municipal_operator, {
      catalogueId,
      periodId,
      scopeKind: 'organisation',
      orgId: t.tree.s1.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const own = res.json().report;
    expect(own.content.indicators[0].series).toEqual([5, 10]);
    expect(own.content.indicators[0].place).toBe('2 из 2');
    expect((await call('GET', `/api/reports/${own.id}`, ownSchoolRep)).statusCode).toBe(403); // a draft
    await t.handle.db.updateTable('report').set({ status: 'approved' }).where('id', '=', own.id).execute();
    expect((await call('GET', `/api/reports/${own.id}`, ownSchoolRep)).statusCode).toBe(200);
    expect((await call('GET', '/api/reports', ownSchoolRep)).json().items.map((r: { id: number }) => r.id)).toEqual([own.id]);
  });

  it('publishes a rating frozen at publication, and a regulation; both withdrawn by the operator', async () => {
    const key = `municipality:${t.tree.m1.id}:school`;
    expect((await call('POST', '/api/publications', otherDistrict, { catalogueId, periodId, key })).statusCode).toBe(403);
    const rating = await call('POST', '/api/publications', t.cookies.municipal_operator, { catalogueId, periodId, key });
    expect(rating.statusCode, rating.body).toBe(201);
    const doc = (await call('GET', `/api/public/documents/${rating.json().id}`, null)).json().document;
    expect(doc.kind).toBe('rating');
    expect(doc.rating.rows.map((r: { name: string; summaryPlace: string }) => `${r.name}: ${r.summaryPlace}`)).toEqual([
      'Школа № 3 первого района: 1',
      'Школа № 1 первого района: 2',
    ]);

    const ctx = systemContext(t.handle.db);
    const campaign = await startCampaign(t.handle.db, t.tree.m1.id, 'Мониторинг для публикации');
    await approveRegulation(ctx, campaign.id, { orderNumber: '45-од', orderDate: '10.01.2025' }, TODAY);
    await publishRegulation(ctx, campaign.id, TODAY);
    const items = (await call('GET', '/api/public/documents', null)).json().items;
    const regulation = items.find((i: { kind: string }) => i.kind === 'regulation');
    expect(regulation.title).toBe('Регламент мониторинга «Мониторинг для публикации»');
    const file = await call('GET', `/api/public/documents/${regulation.id}/document.docx`, null);
    expect(file.statusCode).toBe(200);
    expect((await call('GET', `/api/public/documents/${regulation.id}/document.pdf`, null)).statusCode).toBe(404);

    const own = (await call('GET', '/api/publications', t.cookies.municipal_operator)).json().items;
    expect(own.map((p: { kind: string }) => p.kind).sort()).toEqual(['rating', 'regulation', 'report']);
    expect((await call('POST', `/api/publications/${regulation.id}/withdraw`, otherDistrict)).statusCode).toBe(403);
    expect((await call('POST', `/api/publications/${publicationId}/withdraw`, t.cookies.municipal_operator)).statusCode).toBe(409);
    expect((await call('POST', `/api/publications/${regulation.id}/withdraw`, t.cookies.municipal_operator)).statusCode).toBe(200);
    expect((await call('GET', `/api/public/documents/${regulation.id}`, null)).statusCode).toBe(404);
    expect(
      (await t.handle.db.selectFrom('campaign').select('published_at').where('id', '=', campaign.id).executeTakeFirstOrThrow())
        .published_at,
    ).toBeNull();
  });
});
