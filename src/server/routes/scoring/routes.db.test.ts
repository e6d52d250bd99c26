import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../../db/backup.ts';
import { createTestDatabase } from '../../../../test/helpers/test-database.ts';
import { startCampaign } from '../../../../test/helpers/campaign-fixtures.ts';
import { buildUser, catalogueIdOf, periodIdOf } from '../../../../test/helpers/factories.ts';
import { loginCookie, useTestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();
const { call } = t;
let frameworkId: number;
let periodId: number;
let expert2: string;
let roundId: number;
let expert1Id: number;
let expert2Id: number;

beforeAll(async () => {
  const { db } = t.handle;
  frameworkId = await catalogueIdOf(db, 'test-mechanisms');
  periodId = await periodIdOf(db, '2024/2025');
  expert1Id = (await db.selectFrom('app_user').select('id').where('role', '=', 'expert').executeTakeFirstOrThrow()).id;
  const second = await buildUser(db, 'expert', t.tree.region.id, 'expert.second');
  expert2Id = second.id;
  expert2 = await loginCookie(t.app, 'expert.second');
});

const sheetUrl = (orgId: number) => `/api/scoring/rounds/${roundId}/objects/${orgId}`;

describe('an expert scoring round', () => {
  it('is opened by the regional operator for the region’s municipalities with experts assigned to each', async () => {
    const refused = await call('POST', '/api/scoring/rounds', t.cookies.regional_operator, {
      name: 'Оценка механизмов 2024',
      frameworkId,
      periodId,
      scopeOrgId: t.tree.region.id,
      kind: 'expert',
      objects: [{ orgId: t.tree.s1.id, scorerIds: [expert1Id] }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/не входит непосредственно/);
    const res = await call('POST', '/api/scoring/rounds', t.cookies.regional_operator, {
      name: 'Оценка механизмов 2024',
      frameworkId,
      periodId,
      scopeOrgId: t.tree.region.id,
      kind: 'expert',
      objects: [
        { orgId: t.tree.m1.id, scorerIds: [expert1Id, expert2Id] },
        { orgId: t.tree.m2.id, scorerIds: [expert1Id] },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().round.id;
    expect(res.json().round.objectsList.map((o: { orgId: number }) => o.orgId)).toEqual([t.tree.m1.id, t.tree.m2.id]);
  });

  it('offers the operator the experts to assign, without their logins', async () => {
    const res = await call('GET', '/api/scoring/scorers?kind=expert', t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((u: { id: number }) => u.id)
        .sort(),
    ).toEqual([expert1Id, expert2Id].sort());
    expect(res.json().items[0]).not.toHaveProperty('login');
    const self = (await call('GET', '/api/scoring/scorers?kind=self', t.cookies.municipal_operator)).json().items;
    // the municipal operator's own scope: itself and the expert of the first district, not the regional ones
    expect(self.map((u: { role: string }) => u.role).sort()).toEqual(['expert', 'municipal_operator']);
    expect((await call('GET', '/api/scoring/scorers?kind=expert', t.cookies.expert)).statusCode).toBe(403);
  });

  it('lists and assigns only scorers of the round’s territory (within it or covering it)', async () => {
    const { db } = t.handle;
    const foreignExpert = await buildUser(db, 'expert', t.tree.m2.id, 'expert.of.m2');
    const foreignOperator = await buildUser(db, 'municipal_operator', t.tree.m2.id, 'scorer.operator.of.m2');
    const ids = async (url: string, cookie: string) => {
      const res = await call('GET', url, cookie);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.map((u: { id: number }) => u.id) as number[];
    };
    // The district's operator: its own experts and the region's, never another district's.
    for (const url of ['/api/scoring/scorers?kind=expert', `/api/scoring/scorers?kind=expert&territoryId=${t.tree.m1.id}`]) {
      const offered = await ids(url, t.cookies.municipal_operator);
      expect(offered.sort()).toEqual([expert1Id, expert2Id].sort());
    }
    expect(await ids('/api/scoring/scorers?kind=self', t.cookies.municipal_operator)).not.toContain(foreignOperator.id);
    // Another district is not the caller's to ask about.
    const elsewhere = await call('GET', `/api/scoring/scorers?kind=expert&territoryId=${t.tree.m2.id}`, t.cookies.municipal_operator);
    expect(elsewhere.statusCode).toBe(403);
    // The region's operator: the whole region for a regional round, one district's for its round.
    expect(await ids(`/api/scoring/scorers?kind=expert&territoryId=${t.tree.region.id}`, t.cookies.regional_operator)).toContain(
      foreignExpert.id,
    );
    const forM1 = await ids(`/api/scoring/scorers?kind=expert&territoryId=${t.tree.m1.id}`, t.cookies.regional_operator);
    expect(forM1).not.toContain(foreignExpert.id);
    expect(forM1).toContain(expert1Id);
    // Assigning another district's expert to a district's round by id is refused too.
    const res = await call('POST', '/api/scoring/rounds', t.cookies.municipal_operator, {
      name: 'Оценка организаций первого района',
      frameworkId,
      periodId,
      scopeOrgId: t.tree.m1.id,
      kind: 'expert',
      objects: [{ orgId: t.tree.s1.id, scorerIds: [foreignExpert.id] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/вне территории раунда/);
  });

  it('lets each expert see only the objects assigned to them, and nobody outside', async () => {
    const mine = (await call('GET', `/api/scoring/rounds/${roundId}`, expert2)).json().round;
    expect(mine.objectsList.map((o: { orgId: number }) => o.orgId)).toEqual([t.tree.m1.id]);
    expect((await call('GET', sheetUrl(t.tree.m2.id), expert2)).statusCode).toBe(403);
    expect((await call('GET', `/api/scoring/rounds/${roundId}`, t.cookies.org_representative)).statusCode).toBe(403);
    const writeForeign = await call('PUT', `${sheetUrl(t.tree.m2.id)}/scores`, expert2, { scores: { 'D1.goals.1': { points: 2 } } });
    expect(writeForeign.statusCode).toBe(403);
    expect(writeForeign.json().message).toBe('Выставлять баллы этому объекту может только назначенный ему эксперт.');
  });

  it('refuses scores off the scale and a silent zero, naming the positions, and writes nothing', async () => {
    const res = await call('PUT', `${sheetUrl(t.tree.m1.id)}/scores`, t.cookies.expert, {
      scores: { 'D1.goals.1': { points: 3 }, 'D1.monitoring.1': { points: 0 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      { path: 'scores.D1.goals.1', message: expect.stringMatching(/вне шкалы/) },
      { path: 'scores.D1.monitoring.1', message: expect.stringMatching(/при 0 баллов напишите комментарий/) },
    ]);
    expect(await t.handle.db.selectFrom('expert_score').selectAll().execute()).toEqual([]);
  });

  it('shows the experts’ disagreement to the operator, position by position; a disputed position keeps the index open', async () => {
    let res = await call('PUT', `${sheetUrl(t.tree.m1.id)}/scores`, t.cookies.expert, {
      scores: {
        'D1.goals.1': { points: 2, links: [{ url: 'https://example.org/prikaz-245.pdf', title: 'Приказ № 245' }] },
        'D1.monitoring.1': { points: 1 },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await call('PUT', `${sheetUrl(t.tree.m1.id)}/scores`, expert2, {
      scores: { 'D1.goals.1': { points: 1 }, 'D1.monitoring.1': { points: 1 } },
    });
    expect(res.statusCode).toBe(200);
    // an expert sees their own points only: nothing in the sheet reveals the colleague's 2
    expect(res.json().sheet.positions[0]).toMatchObject({ mine: { points: 1 }, scores: [], state: 'single', spread: 0, points: 1 });
    expect(res.json().sheet.index.index.value).toEqual({ kind: 'ok', value: (2 * 100) / 3 });

    // nor does the round's list: expert 2 sees m1 as its only scorer, with their own total
    const seen = (await call('GET', `/api/scoring/rounds/${roundId}`, expert2)).json().round.objectsList[0];
    expect(seen.scorers.map((x: { userId: number }) => x.userId)).toEqual([expert2Id]);
    expect(seen).toMatchObject({ disagreements: 0, agreed: 0, resolved: 2, total: { value: 2 } });

    const sheet = (await call('GET', sheetUrl(t.tree.m1.id), t.cookies.regional_operator)).json().sheet;
    expect(sheet.canAgree).toBe(true);
    expect(sheet.positions[0]).toMatchObject({ code: 'D1.goals.1', state: 'disagreement', spread: 1, points: null });
    expect(sheet.positions[0].scores.map((s: { points: number }) => s.points).sort()).toEqual([1, 2]);
    expect(sheet.positions[1]).toMatchObject({ code: 'D1.monitoring.1', state: 'unanimous', points: 1 });
    const round = (await call('GET', `/api/scoring/rounds/${roundId}`, t.cookies.regional_operator)).json().round;
    const m1 = round.objectsList.find((o: { orgId: number }) => o.orgId === t.tree.m1.id);
    expect(m1).toMatchObject({ disagreements: 1, resolved: 1, positions: 2, place: null });
    expect(m1.index.value).toBeNull();
  });

  it('records an agreed score with who agreed it; the index, the explanation and the place follow', async () => {
    // a municipal operator does not run the region's round
    expect(
      (await call('POST', `${sheetUrl(t.tree.m1.id)}/agreed`, t.cookies.municipal_operator, { position: 'D1.goals.1', points: 2 }))
        .statusCode,
    ).toBe(403);
    const res = await call('POST', `${sheetUrl(t.tree.m1.id)}/agreed`, t.cookies.regional_operator, {
      position: 'D1.goals.1',
      points: 2,
      comment: 'Цели утверждены приказом № 245',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sheet.positions[0]).toMatchObject({
      state: 'agreed',
      points: 2,
      agreed: { points: 2, agreedBy: expect.stringMatching(/regional_operator/) },
    });
    // (2 + 1) of (2 + 1) → 100 %
    expect(res.json().sheet.index.index).toMatchObject({ value: { kind: 'ok', value: 100 }, step: 9 });
    const round = (await call('GET', `/api/scoring/rounds/${roundId}`, t.cookies.viewer)).json().round;
    const m1 = round.objectsList.find((o: { orgId: number }) => o.orgId === t.tree.m1.id);
    expect(m1).toMatchObject({ place: '1', disagreements: 0, agreed: 1 });
    expect(m1.index).toMatchObject({ value: 100, calculation: expect.stringContaining('× 100') });
    expect(m1.blocks[0]).toMatchObject({ index: { value: 100 }, meanDirectionIndex: { value: 100 } });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'agreed_score.record')
      .executeTakeFirstOrThrow();
    const experts = (audit.after as { experts: { expert: string; points: number }[] }).experts;
    expect(experts.map((e) => e.points).sort()).toEqual([1, 2]);
  });

  it('keeps evidence documents for the expert who attached them and the operator', async () => {
    const upload = (cookie: string, name: string, orgId = t.tree.m1.id) =>
      t.app.inject({
        method: 'POST',
        url: `${sheetUrl(orgId)}/evidence`,
        headers: { cookie, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(name), 'x-position': 'D1.goals.1' },
        payload: Buffer.from('%PDF-1.4 приказ'),
      });
    const res = await upload(t.cookies.expert, 'приказ 245.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().file.id;
    expect((await upload(t.cookies.expert, 'программа.exe')).statusCode).toBe(415);
    expect((await upload(t.cookies.org_representative, 'x.pdf')).statusCode).toBe(403);
    // The second expert scores m1 only: m2's evidence is not theirs to attach.
    const elsewhere = await upload(expert2, 'x.pdf', t.tree.m2.id);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().message).toBe('Прикладывать документы может назначенный объекту эксперт.');
    const byOperator = await call('GET', `/api/scoring/evidence/${id}`, t.cookies.regional_operator);
    expect(byOperator.statusCode).toBe(200);
    expect(byOperator.body).toBe('%PDF-1.4 приказ');
    expect((await call('GET', `/api/scoring/evidence/${id}`, expert2)).statusCode).toBe(403);
  });

  it('shows the municipality’s cycle at a glance: what exists for each component and the experts’ formation', async () => {
    await startCampaign(t.handle.db, t.tree.m1.id, 'Сбор по олимпиадам');
    const res = await call('GET', `/api/cycle?scopeOrgId=${t.tree.m1.id}&frameworkId=${frameworkId}`, t.cookies.municipal_operator);
    expect(res.statusCode, res.body).toBe(200);
    const d1 = res.json().cycle.directions[0];
    expect(d1.code).toBe('D1');
    const goals = d1.components.find((c: { code: string }) => c.code === 'goals');
    expect(goals).toMatchObject({ formed: true, expertFormation: 100, selfFormation: null });
    expect(goals.evidence[0].text).toMatch(/Цели направления в методике «Тестовая методика показателей»: 1/);
    const monitoring = d1.components.find((c: { code: string }) => c.code === 'monitoring');
    expect(monitoring.evidence[0]).toMatchObject({
      text: expect.stringMatching(/Кампания сбора «Сбор по олимпиадам»/),
      link: expect.stringMatching(/^\/campaigns\/\d+$/),
    });
    expect(res.json().cycle.expertRound).toMatchObject({ id: roundId });
    // m2 was scored by expert 1 alone: expert 2, not assigned there, learns nothing of it
    const foreign = (await call('GET', `/api/cycle?scopeOrgId=${t.tree.m2.id}&frameworkId=${frameworkId}`, expert2)).json().cycle;
    expect(foreign.expertRound).toBeNull();
    expect(foreign.directions[0].components.every((c: { expertFormation: number | null }) => c.expertFormation === null)).toBe(true);
    expect(
      (await call('GET', `/api/cycle?scopeOrgId=${t.tree.m2.id}&frameworkId=${frameworkId}`, t.cookies.municipal_operator)).statusCode,
    ).toBe(403);
  });

  it('takes a self-assessment’s scorers from the operator’s own zone only', async () => {
    const outsider = await buildUser(t.handle.db, 'municipal_operator', t.tree.m2.id, 'operator.of.m2');
    const self = await call('GET', '/api/scoring/scorers?kind=self', t.cookies.municipal_operator);
    expect(self.json().items.map((u: { id: number }) => u.id)).not.toContain(outsider.id);
    const res = await call('POST', '/api/scoring/rounds', t.cookies.municipal_operator, {
      name: 'Самооценка первого района',
      frameworkId,
      periodId,
      scopeOrgId: t.tree.m1.id,
      kind: 'self',
      objects: [{ orgId: t.tree.m1.id, scorerIds: [outsider.id] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/работает вне вашей зоны доступа/);
  });

  it('is closed by the operator when no disagreement is left; then scores are locked', async () => {
    const foreign = await call('POST', `/api/scoring/rounds/${roundId}/close`, t.cookies.municipal_operator);
    expect(foreign.statusCode, foreign.body).toBe(403);
    const closed = await call('POST', `/api/scoring/rounds/${roundId}/close`, t.cookies.regional_operator);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().round.closedAt).toEqual(expect.any(String));
    const late = await call('PUT', `${sheetUrl(t.tree.m1.id)}/scores`, t.cookies.expert, { scores: { 'D1.goals.1': { points: 1 } } });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('round_closed');
    expect(late.json().message).toMatch(/Раунд оценки закрыт/);
  });

  it('carries the rounds, scores and evidence documents through a backup and restore', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'soko-scoring-')), 'copy.soko-backup.gz');
    await backupDatabase(t.handle.db, file);
    const target = await createTestDatabase();
    try {
      await restoreDatabase(target.db, file);
      const [original] = await t.handle.db.selectFrom('evidence_file').select(['file_name', 'content']).execute();
      const [restored] = await target.db.selectFrom('evidence_file').select(['file_name', 'content']).execute();
      expect(restored?.file_name).toBe('приказ 245.pdf');
      expect(Buffer.from(restored?.content ?? []).toString()).toBe(Buffer.from(original?.content ?? []).toString());
      const scores = await target.db
        .selectFrom('expert_score')
        .select(['position_code', 'points', 'links'])
        .orderBy('position_code')
        .execute();
      expect(scores.length).toBe(4);
      expect(scores.find((x) => x.links.length > 0)?.links).toEqual([{ url: 'https://example.org/prikaz-245.pdf', title: 'Приказ № 245' }]);
    } finally {
      await target.close();
    }
  });
});
