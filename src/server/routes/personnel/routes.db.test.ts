import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { computeResults } from '../../../app/results/compute-results.ts';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import { buildOrg, buildUser } from '../../../../test/helpers/factories.ts';
import { systemContext } from '../../../../test/helpers/campaign-fixtures.ts';
import { loginCookie, useTestApp } from '../../../../test/helpers/test-app.ts';
import { countRows } from '../../../../test/helpers/count-rows.ts';

// The register of the first district with the shipped seed-003 catalogue: leaders and their
// training move D1.05 «доля руководителей … прошедших повышение квалификации», the reserve moves
// D4.04–D4.11, and only the district's operator (or the person) reads the records.

const CATALOG_DIR = resolve(import.meta.dirname, '../../../../catalogs');
const t = useTestApp();
const { call } = t;
let frameworkId: number;
let schoolYear: number;
let year2025: number;
let otherDistrict: string;
let schoolRepLogin: string;

const operator = () => t.cookies.municipal_operator;
const m1 = () => t.tree.m1.id;

/** The stored value of an indicator for the first district. */
async function districtValue(code: string, periodId: number): Promise<number | null> {
  const row = await t.handle.db
    .selectFrom('indicator_result')
    .select(['value', 'outcome'])
    .where('framework_id', '=', frameworkId)
    .where('period_id', '=', periodId)
    .where('org_id', '=', m1())
    .where('indicator_code', '=', code)
    .executeTakeFirst();
  return row?.outcome === 'ok' ? Number(row.value) : null;
}

const leaderBody = (over: Record<string, unknown> = {}) => ({
  orgId: t.tree.s1.id,
  fullName: 'Петрова Анна Сергеевна',
  postKind: 'head',
  postTitle: 'директор',
  appointedOn: '01.09.2018',
  educationLevel: 'higher',
  mgmtEducation: 'Менеджмент',
  ...over,
});

beforeAll(async () => {
  const { db } = t.handle;
  await syncCatalogues(db, CATALOG_DIR);
  await db
    .insertInto('period')
    .values({ code: '2025', kind: 'calendar_year', name: '2025 год', starts_on: '2025-01-01', ends_on: '2025-12-31' })
    .execute();
  // The newest version: the one the leader register reads (cataloguesReadingRegister).
  frameworkId = (
    await db.selectFrom('framework').select('id').where('code', '=', 'seed003-leaders').orderBy('version', 'desc').executeTakeFirstOrThrow()
  ).id;
  const periods = await db.selectFrom('period').select(['id', 'code']).execute();
  schoolYear = periods.find((p) => p.code === '2024/2025')!.id;
  year2025 = periods.find((p) => p.code === '2025')!.id;
  // A school-level input of seed 003 (D3.01), so that the school's summary has two directions of four.
  await dataValueRepository.upsert(db, {
    orgId: t.tree.s1.id,
    periodId: schoolYear,
    elementCode: 'ovz_special_conditions',
    breakdown: {},
    value: 1,
    source: 'тест',
    status: 'accepted',
    enteredBy: null,
  });
  // Results exist for both periods before the register is kept: its changes recompute them.
  for (const periodId of [schoolYear, year2025]) await computeResults(systemContext(db), { frameworkId, periodId });
  const other = await buildUser(db, 'municipal_operator', t.tree.m2.id);
  otherDistrict = await loginCookie(t.app, other.login);
  schoolRepLogin = (await db.selectFrom('app_user').select('login').where('role', '=', 'org_representative').executeTakeFirstOrThrow())
    .login;
});

describe('leaders', () => {
  let head: { id: number; version: number };

  it('a head with recent training makes D1.05 100 %; a second head without it makes 50 % (persons, not organisations)', async () => {
    const created = await call('POST', `/api/personnel/leaders?municipalityId=${m1()}`, operator(), leaderBody({ login: schoolRepLogin }));
    expect(created.statusCode, created.body).toBe(201);
    head = created.json().leader;
    const trained = await call('POST', `/api/personnel/leaders/${head.id}/events`, operator(), {
      kind: 'training',
      heldOn: '15.03.2024',
      title: 'Управление качеством образования',
      hours: 72,
      relevant: true,
    });
    expect(trained.statusCode, trained.body).toBe(200);
    expect(trained.json().recomputed).toBe(true);
    expect(await districtValue('D1.05', schoolYear)).toBe(100);
    expect(await districtValue('D5.1.01', schoolYear)).toBe(1); // a management degree

    const second = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ orgId: t.tree.k1.id, fullName: 'Сидорова Мария Ивановна', postTitle: 'заведующий', mgmtEducation: null }),
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(await districtValue('D1.05', schoolYear)).toBe(50);
    expect(await districtValue('D5.1.01', schoolYear)).toBe(1);
  });

  it('refuses a second head of the same organisation, and a bad date, in Russian, writing nothing', async () => {
    const before = await countRows(t.handle.db, 'leader');
    const clash = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ fullName: 'Иванов Иван Иванович', appointedOn: '01.09.2023' }),
    );
    expect(clash.statusCode).toBe(400);
    expect(clash.json()).toMatchObject({ code: 'validation_failed' });
    expect(clash.json().message).toContain('руководитель уже назначен: Петрова Анна Сергеевна с 01.09.2018');
    const badDate = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ postKind: 'deputy', appointedOn: '31.02.20' }),
    );
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().details).toContainEqual(
      expect.objectContaining({ path: 'body.appointedOn', message: expect.stringContaining('дд.мм.гггг') }),
    );
    expect(await countRows(t.handle.db, 'leader')).toBe(before);
  });

  it('does not look into another district’s organisation, and says nothing of its head', async () => {
    // The second district's school has a head (kept by that district's operator).
    await t.handle.db
      .insertInto('leader')
      .values({
        org_id: t.tree.s2.id,
        full_name: 'Соседова Вера Павловна',
        post_kind: 'head',
        post_title: 'директор',
        appointed_on: '2015-09-01',
        education_level: 'higher',
      })
      .execute();
    const res = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ orgId: t.tree.s2.id, appointedOn: '01.09.2023' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Выберите организацию муниципалитета');
    expect(res.body).not.toContain('Соседова');
  });

  it('refuses a day that does not exist, and an account from outside the region, in Russian', async () => {
    const feb31 = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ postKind: 'deputy', appointedOn: '31.02.2024' }),
    );
    expect(feb31.statusCode).toBe(400);
    expect(feb31.json().message).toContain('«31.02.2024» не распознана как дата');
    const otherRegion = await buildOrg(t.handle.db, null, { name: 'Другая область' });
    const stranger = await buildUser(t.handle.db, 'viewer', otherRegion.id);
    const linked = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ postKind: 'deputy', login: stranger.login }),
    );
    expect(linked.statusCode).toBe(400);
    expect(linked.json().details).toContainEqual(
      expect.objectContaining({ path: 'body.login', message: expect.stringContaining('нет учётной записи') }),
    );
  });

  it('an edit over someone else’s answers version_conflict', async () => {
    const first = await call('PUT', `/api/personnel/leaders/${head.id}`, operator(), {
      ...leaderBody({ login: schoolRepLogin }),
      education: 'ВГСПУ, 2005',
      version: head.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await call('PUT', `/api/personnel/leaders/${head.id}`, operator(), {
      ...leaderBody({ login: schoolRepLogin }),
      education: 'другое',
      version: head.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    // An edit that does not mention the account keeps it linked.
    const { version } = first.json().leader;
    const kept = await call('PUT', `/api/personnel/leaders/${head.id}`, operator(), { ...leaderBody(), education: 'ВГСПУ, 2006', version });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().leader.login).toBe(schoolRepLogin);
  });

  it('the card shows the organisation’s results and a zone by the district’s thresholds; the read is logged', async () => {
    const res = await call('GET', `/api/personnel/leaders/${head.id}`, operator());
    expect(res.statusCode).toBe(200);
    const card = res.json().leader;
    expect(card.results.length).toBeGreaterThan(0);
    const rated = card.results.find((r: { periodId: number }) => r.periodId === schoolYear);
    expect(rated.score).toEqual(expect.any(Number));
    expect(card.score).toBe(rated.score);
    expect(rated.zone).toBe(rated.score >= 70 ? 'green' : rated.score >= 50 ? 'yellow' : 'red');
    const logged = await t.handle.db
      .selectFrom('audit_log')
      .select(['user_login', 'action'])
      .where('action', '=', 'personnel.read')
      .where('entity', '=', 'leader')
      .where('entity_id', '=', String(head.id))
      .execute();
    expect(logged.length).toBeGreaterThan(0);
  });

  it('only the district’s operator and the person read the records', async () => {
    // The school's representative is the head herself: she reads her own card, nobody else's, and no list.
    const own = await call('GET', `/api/personnel/leaders/${head.id}`, t.cookies.org_representative);
    expect(own.statusCode).toBe(200);
    expect(own.json().leader.own).toBe(true);
    const kindergartenHead = (
      await t.handle.db.selectFrom('leader').select('id').where('org_id', '=', t.tree.k1.id).executeTakeFirstOrThrow()
    ).id;
    for (const cookie of [t.cookies.org_representative, t.cookies.regional_operator, t.cookies.viewer, t.cookies.expert, otherDistrict]) {
      const res = await call('GET', `/api/personnel/leaders/${kindergartenHead}`, cookie);
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/персональные данные/);
    }
    expect((await call('GET', `/api/personnel/leaders?municipalityId=${m1()}`, t.cookies.org_representative)).statusCode).toBe(403);
    expect((await call('GET', `/api/personnel/leaders?municipalityId=${m1()}`, otherDistrict)).statusCode).toBe(403);
    const me = await call('GET', '/api/personnel/me', t.cookies.org_representative);
    expect(me.json().leaders).toEqual([expect.objectContaining({ id: head.id })]);
  });
});

describe('the reserve', () => {
  let candidate: number;

  it('settings set the D4.01–D4.03 flags and the leaders’ zone thresholds, checked', async () => {
    const bad = await call('PUT', `/api/personnel/reserve/settings?municipalityId=${m1()}`, operator(), {
      criteria: ['стаж'],
      trainingSystem: '',
      supportMechanism: '',
      greenMin: 40,
      yellowMin: 60,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('меньше нижней границы зелёной');
    const ok = await call('PUT', `/api/personnel/reserve/settings?municipalityId=${m1()}`, operator(), {
      criteria: ['педагогический стаж не менее 5 лет', 'высшее образование'],
      trainingSystem: 'Муниципальная школа резерва',
      supportMechanism: '',
      orderNumber: '12-од',
      orderDate: '10.01.2025',
      greenMin: 80,
      yellowMin: 60,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // Flags of the district's own data: 1 = есть, 0 = нет.
    expect(await districtValue('D4.01', year2025)).toBe(1);
    expect(await districtValue('D4.02', year2025)).toBe(1);
    expect(await districtValue('D4.03', year2025)).toBe(0);
  });

  it('a candidate through every stage moves D4.04–D4.11; appointment closes a vacancy and adds the leader', async () => {
    const round = await call('POST', `/api/personnel/reserve/rounds?municipalityId=${m1()}`, operator(), {
      title: 'Конкурсный отбор 2025',
      heldOn: '20.01.2025',
    });
    expect(round.statusCode).toBe(201);
    const added = await call('POST', `/api/personnel/reserve/candidates?municipalityId=${m1()}`, operator(), {
      fullName: 'Кузнецов Олег Петрович',
      workplaceOrgId: t.tree.s1.id,
      currentPost: 'учитель физики',
      targetPost: 'директор школы',
      educationLevel: 'higher',
      mgmtEducation: 'Государственное и муниципальное управление',
      roundId: round.json().id,
      nominatedOn: '15.01.2025',
    });
    expect(added.statusCode, added.body).toBe(201);
    candidate = added.json().candidate.id;
    // The order appointing the candidate as deputy head of the first school.
    const appoint = () =>
      call('POST', `/api/personnel/reserve/candidates/${candidate}/appoint`, operator(), {
        orgId: t.tree.s1.id,
        postKind: 'deputy',
        postTitle: 'заместитель директора',
        appointedOn: '01.09.2025',
        orderNumber: '45-к',
        orderDate: '25.08.2025',
        approvedByName: 'Иванова А. П.',
        approvedByPost: 'начальник управления образования',
      });
    const early = await appoint();
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('сначала зачислите кандидата');

    await call('POST', `/api/personnel/reserve/candidates/${candidate}/events`, operator(), {
      kind: 'diagnostics',
      heldOn: '10.02.2025',
      title: 'Лично-профессиональная диагностика',
      passed: true,
    });
    await call('POST', `/api/personnel/reserve/candidates/${candidate}/events`, operator(), {
      kind: 'training',
      heldOn: '20.04.2025',
      title: 'Школа резерва',
      hours: 36,
    });
    expect(await districtValue('D4.04', year2025)).toBe(1);
    expect(await districtValue('D4.05', year2025)).toBe(1);
    expect(await districtValue('D4.06', year2025)).toBe(1);
    expect(await districtValue('D4.08', year2025)).toBe(0); // not enrolled yet

    expect(
      (await call('POST', `/api/personnel/reserve/candidates/${candidate}/enroll`, operator(), { enrolledOn: '01.03.2025' })).statusCode,
    ).toBe(200);
    const plan = await call('POST', `/api/personnel/reserve/candidates/${candidate}/plan`, operator(), {
      items: [
        { title: 'Стажировка в школе-лидере', dueOn: '01.06.2025' },
        { title: 'Проект программы развития', dueOn: '01.10.2025' },
      ],
    });
    expect(plan.statusCode).toBe(200);
    const [first, second] = plan.json().candidate.plan;
    await call('PUT', `/api/personnel/reserve/candidates/${candidate}/plan/${first.id}`, operator(), { doneOn: '25.05.2025' });
    expect(await districtValue('D4.08', year2025)).toBe(1);
    expect(await districtValue('D4.10', year2025)).toBe(1); // 1 of 2 items: 50 %
    const done = await call('PUT', `/api/personnel/reserve/candidates/${candidate}/plan/${second.id}`, operator(), {
      doneOn: '20.09.2025',
    });
    expect(done.json().candidate.completion).toBe(100);
    expect(done.json().candidate.band).toBe('full');
    expect(await districtValue('D4.09', year2025)).toBe(1);
    expect(await districtValue('D4.10', year2025)).toBe(0);

    const appointed = await appoint();
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(appointed.json().candidate).toMatchObject({
      status: 'appointed',
      appointment: { orderNumber: '45-к', approvedByName: 'Иванова А. П.' },
    });
    expect(await districtValue('D4.07', year2025)).toBe(1);
    const newLeader = await t.handle.db
      .selectFrom('leader')
      .selectAll()
      .where('reserve_candidate_id', '=', candidate)
      .executeTakeFirstOrThrow();
    expect(newLeader).toMatchObject({ full_name: 'Кузнецов Олег Петрович', post_kind: 'deputy', appointed_on: '2025-09-01' });
  });

  it('the reserve view shows the stages and the indicators, and warns when selection is overdue', async () => {
    const res = await call('GET', `/api/personnel/reserve?municipalityId=${m1()}`, operator());
    const reserve = res.json().reserve;
    expect(reserve.rounds).toEqual([expect.objectContaining({ title: 'Конкурсный отбор 2025', candidates: 1 })]);
    expect(reserve.nextSelectionDue).toBe('2027-01-20');
    expect(reserve.candidates[0]).toMatchObject({ status: 'appointed', completion: 100 });
    expect(reserve.indicators.values.find((v: { code: string }) => v.code === 'D4.07')).toMatchObject({ value: 1 });
  });

  it('a candidate’s card is not for other organisations or districts', async () => {
    for (const cookie of [t.cookies.org_representative, otherDistrict, t.cookies.regional_operator]) {
      expect((await call('GET', `/api/personnel/reserve/candidates/${candidate}`, cookie)).statusCode).toBe(403);
    }
    expect(
      (
        await call('POST', `/api/personnel/reserve/candidates/${candidate}/events`, otherDistrict, {
          kind: 'training',
          heldOn: '01.05.2025',
          title: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the export opens in Excel with both registers, and is logged', async () => {
    const res = await call('GET', `/api/personnel/export?municipalityId=${m1()}`, operator());
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const leaders = book.getWorksheet('Руководители')!;
    const reserve = book.getWorksheet('Кадровый резерв')!;
    const texts = (ws: ExcelJS.Worksheet) => ws.getSheetValues().flat().map(String).join(' | ');
    expect(texts(leaders)).toContain('Петрова Анна Сергеевна');
    expect(texts(leaders)).toContain('01.09.2018');
    expect(texts(reserve)).toContain('Кузнецов Олег Петрович');
    expect(texts(reserve)).toContain('назначен на должность');
    const logged = await t.handle.db.selectFrom('audit_log').select('after').where('action', '=', 'personnel.export').execute();
    expect(logged.length).toBe(1);
  });
});

// Last: these add records that would change the district's values the tests above assert.
describe('the person’s own account', () => {
  it('binds only an account of the leader’s own organisation, refusing others and unknown logins with one message', async () => {
    const { db } = t.handle;
    // Another district's operator would read the whole card; a kindergarten's account is not the school head's.
    const otherOperator = await buildUser(db, 'municipal_operator', t.tree.m2.id);
    const kindergarten = await buildUser(db, 'org_representative', t.tree.k1.id);
    const districtViewer = await buildUser(db, 'viewer', t.tree.m1.id);
    const messageFor = async (login: string) => {
      const res = await call(
        'POST',
        `/api/personnel/leaders?municipalityId=${m1()}`,
        operator(),
        leaderBody({ postKind: 'deputy', login }),
      );
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      const detail = (res.json().details as { path: string; message: string }[]).find((d) => d.path === 'body.login');
      return detail?.message.replace(`«${login}»`, '«…»');
    };
    const unknown = await messageFor('no.such.login');
    expect(unknown).toContain('нет учётной записи');
    for (const login of [otherOperator.login, kindergarten.login, districtViewer.login]) expect(await messageFor(login)).toBe(unknown);
    // The school's own account is bound.
    const schoolAccount = await buildUser(db, 'viewer', t.tree.s1.id);
    const bound = await call(
      'POST',
      `/api/personnel/leaders?municipalityId=${m1()}`,
      operator(),
      leaderBody({ postKind: 'deputy', fullName: 'Заместитель Привязанный', login: schoolAccount.login }),
    );
    expect(bound.statusCode, bound.body).toBe(201);
    expect(bound.json().leader.login).toBe(schoolAccount.login);
  });

  it('binds a candidate only to an account of the workplace (or, without one, of the district)', async () => {
    const { db } = t.handle;
    const otherOperator = await buildUser(db, 'municipal_operator', t.tree.m2.id);
    const candidate = (over: Record<string, unknown>) =>
      call('POST', `/api/personnel/reserve/candidates?municipalityId=${m1()}`, operator(), {
        fullName: 'Кандидат Проверочный',
        currentPost: 'учитель',
        targetPost: 'директор школы',
        educationLevel: 'higher',
        nominatedOn: '15.01.2025',
        ...over,
      });
    const foreign = await candidate({ login: otherOperator.login });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details).toContainEqual(expect.objectContaining({ path: 'body.login' }));
    const kindergarten = await buildUser(db, 'org_representative', t.tree.k1.id);
    expect((await candidate({ workplaceOrgId: t.tree.s1.id, login: kindergarten.login })).statusCode).toBe(400);
    const own = await candidate({ workplaceOrgId: t.tree.k1.id, login: kindergarten.login });
    expect(own.statusCode, own.body).toBe(201);
  });
});
