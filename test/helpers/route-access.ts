import { expect } from 'vitest';
import type { Actor } from '../../src/app/actor.ts';
import { createRound } from '../../src/app/scoring/create-round.ts';
import { uploadEvidence } from '../../src/app/scoring/evidence-files.ts';
import { ROLES, type Role } from '../../src/domain/access/role.ts';
import type { RouteInfo } from '../../src/server/build-server.ts';
import { startCampaign, systemContext } from './campaign-fixtures.ts';
import { cycleFixtures } from './cycle-fixtures.ts';
import { buildUser } from './factories.ts';
import { personnelFixtures } from './personnel-fixtures.ts';
import { reportFixtures, type ReportFixtures } from './report-fixtures.ts';
import { createTestApp, loginCookie, type TestApp } from './test-app.ts';

/**
 * The route × role test: every registered route is called as every role and anonymously, and
 * must be allowed or refused as its policy declares. Each routes folder exports its sample
 * requests (`src/server/routes/<r>/access-samples.ts`); the test files gather them.
 */

/** One valid request to a route, as an allowed caller would send it. */
export interface SampleRequest {
  url?: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** Use a fresh session of the same user (for logout, which ends the session). */
  freshSession?: boolean;
}

/** What a sample is made for: the route (`url` is its pattern), the caller, and a number unique in the run. */
export interface SampleCall {
  method: string;
  url: string;
  role: Role | 'anonymous';
  n: number;
}

export type Sample = (call: SampleCall) => Promise<SampleRequest> | SampleRequest;

/** Samples of a routes folder by `METHOD /url` (the url as registered, with its `:params`). */
export type AccessSamples = Record<string, Sample>;

/** The same sample for GET and HEAD of each path (Fastify registers HEAD beside every GET). */
export function readable(paths: string[], sample: Sample = () => ({})): AccessSamples {
  return Object.fromEntries(paths.flatMap((p) => [`GET ${p}`, `HEAD ${p}`].map((key) => [key, sample])));
}

/** The server and accounts of the current test file (set by `routeAccessSuite`). */
export const access = {
  t: undefined as unknown as TestApp,
  /** The test user's login by role. */
  loginOf: {} as Record<Role, string>,
};

/** The login of the caller, or of the administrator for an anonymous call. */
export const loginFor = (role: Role | 'anonymous') => access.loginOf[role === 'anonymous' ? 'admin' : role];

export const firstCatalogue = () =>
  access.t.handle.db
    .selectFrom('framework')
    .select(['id', 'content'])
    .where('code', '=', 'test-indicators')
    .orderBy('version')
    .executeTakeFirstOrThrow();

export const ids = async () => ({
  catalogueId: (await firstCatalogue()).id,
  periodId: (await access.t.handle.db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id,
});

let sharedPersonnel: Promise<{
  f: ReturnType<typeof personnelFixtures>;
  head: number;
  candidate: number;
  ownLeader: Record<Role, number>;
  ownCandidate: Record<Role, number>;
}> | null = null;
/** The first municipality's register: a head of s1, an enrolled candidate, and for each role a record of its own. */
export const personnel = () =>
  (sharedPersonnel ??= (async () => {
    const f = personnelFixtures(access.t.handle.db, access.t.tree);
    const head = (await f.leader({ postKind: 'head', postTitle: 'директор', fullName: 'Директор Тест' })).id;
    const ownLeader = {} as Record<Role, number>;
    const ownCandidate = {} as Record<Role, number>;
    for (const role of ROLES) {
      // An administrator's account has no scope and is linked to nobody: they keep every register anyway.
      const login = role === 'admin' ? null : access.loginOf[role];
      ownLeader[role] = (await f.leader({ login })).id;
      ownCandidate[role] = await f.candidate('nominated', login);
    }
    return { f, head, candidate: await f.candidate('enrolled'), ownLeader, ownCandidate };
  })());

let sharedReports: Promise<{
  f: ReportFixtures;
  draft: number;
  draftFile: number;
  own: number;
  ownFile: number;
  publication: number;
}> | null = null;
/** Reports for the report routes: a draft of the district, the approved report about school s1, a published one. */
export const reports = () =>
  (sharedReports ??= (async () => {
    const f = await reportFixtures(access.t.handle.db, access.t.tree);
    const draft = await f.reportIn('draft');
    const own = await f.reportIn('approved', 'school');
    const published = await f.reportIn('published');
    return { f, draft, draftFile: await f.attach(draft), own, ownFile: await f.attach(own), publication: await f.publicationOf(published) };
  })());

/** The management cycle of the district over the shared reports. */
export const cycle = async () => cycleFixtures(access.t.handle.db, access.t.tree, (await reports()).f);

/** A new report of the district in the status, for a write that changes it. */
export const freshReport = async (status: 'draft' | 'reviewed' | 'approved' | 'published', url: string) => {
  const r = await reports();
  return url.replace(':id', String(await r.f.reportIn(status)));
};

export const scoringIds = async () => ({
  frameworkId: (
    await access.t.handle.db.selectFrom('framework').select('id').where('code', '=', 'test-mechanisms').executeTakeFirstOrThrow()
  ).id,
  periodId: (await access.t.handle.db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id,
  expertId: (
    await access.t.handle.db.selectFrom('app_user').select('id').where('login', '=', access.loginOf.expert).executeTakeFirstOrThrow()
  ).id,
});

/** An actor for a test user by role, as the auth hook would build it. */
export async function actorOf(role: Role): Promise<Actor> {
  const user = await access.t.handle.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.scope_org_id', 'o.path'])
    .where('u.login', '=', access.loginOf[role])
    .executeTakeFirstOrThrow();
  return { userId: user.id, login: user.login, fullName: user.full_name, role, scopeOrgId: user.scope_org_id, scopePath: user.path };
}

let sharedScoring: Promise<{ roundId: number; evidenceId: number }> | null = null;
/** One expert round over the first municipality's school, scored and documented by the test expert. */
export const sharedRound = () =>
  (sharedScoring ??= (async () => {
    const { t } = access;
    const x = await scoringIds();
    const round = await createRound(systemContext(t.handle.db), {
      name: 'Общий раунд',
      frameworkId: x.frameworkId,
      periodId: x.periodId,
      scopeOrgId: t.tree.m1.id,
      kind: 'expert',
      objects: [{ orgId: t.tree.s1.id, scorerIds: [x.expertId] }],
    });
    const expert = { db: t.handle.db, actor: await actorOf('expert'), requestId: null };
    const file = await uploadEvidence(expert, round.id, t.tree.s1.id, {
      position: 'D1.goals.1',
      fileName: 'prikaz.pdf',
      bytes: Buffer.from('%PDF-1.4'),
    });
    return { roundId: round.id, evidenceId: file.id };
  })());

/** A fresh self-assessment of the first municipality scored by the caller (any role that scores). */
export async function selfRound(role: Role | 'anonymous'): Promise<number> {
  const { t } = access;
  const x = await scoringIds();
  const scorer = role === 'anonymous' || role === 'viewer' || role === 'org_representative' ? 'expert' : role;
  const round = await createRound(systemContext(t.handle.db), {
    name: 'Самооценка',
    frameworkId: x.frameworkId,
    periodId: x.periodId,
    scopeOrgId: t.tree.m1.id,
    kind: 'self',
    objects: [{ orgId: t.tree.m1.id, scorerIds: [(await actorOf(scorer)).userId] }],
  });
  return round.id;
}

let representative: Promise<number> | null = null;
/** The account the user-management routes act on (created once: each account costs a password hash). */
export const sharedRepresentative = () =>
  (representative ??= buildUser(access.t.handle.db, 'org_representative', access.t.tree.s1.id, 'managed.rep').then((u) => u.id));

let shared: Promise<number> | null = null;
/** One campaign over the first municipality for the read-only routes. */
export const sharedCampaign = () => (shared ??= startCampaign(access.t.handle.db, access.t.tree.m1.id, 'Общая кампания').then((c) => c.id));

/** Opens the test server of this file (call in beforeAll). */
export async function openRouteAccessApp(): Promise<void> {
  access.t = await createTestApp();
  const users = await access.t.handle.db.selectFrom('app_user').select(['login', 'role']).execute();
  for (const u of users) access.loginOf[u.role as Role] = u.login;
}

async function auditCount(): Promise<number> {
  const row = await access.t.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The sample of a route: its folder's, or for the API description (a plugin's routes) its index page. */
export function sampleOf(samples: AccessSamples, route: Pick<RouteInfo, 'method' | 'url'>): Sample | null {
  if (route.url.startsWith('/api/docs')) return ({ url }) => ({ url: url.replace('*', 'index.html') });
  return samples[`${route.method} ${route.url}`] ?? null;
}

/**
 * Calls each route that has a sample in `samples` as every role and anonymously: allowed or
 * refused as declared; writes are audited; refusals change nothing. Expects no problem.
 */
export async function checkRouteAccess(samples: AccessSamples, options: { docs?: boolean } = {}): Promise<void> {
  const { t } = access;
  const callers: (Role | 'anonymous')[] = ['anonymous', ...ROLES];
  const problems: string[] = [];
  let checked = 0;
  let seq = 0;
  const routes = t.app.routeCatalog.filter((r) =>
    r.url.startsWith('/api/docs') ? options.docs === true : `${r.method} ${r.url}` in samples,
  );
  for (const route of routes) {
    const sample = sampleOf(samples, route)!;
    for (const caller of callers) {
      const request = await sample({ method: route.method, url: route.url, role: caller, n: ++seq });
      let cookie = caller === 'anonymous' ? undefined : t.cookies[caller];
      if (request.freshSession && caller !== 'anonymous') cookie = await loginCookie(t.app, access.loginOf[caller]);
      const before = await auditCount();
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: request.url ?? route.url,
        ...(request.payload !== undefined ? { payload: request.payload as string } : {}),
        headers: { ...(request.headers ?? {}), ...(cookie ? { cookie } : {}) },
      });
      checked++;
      const policy = route.policy;
      const label = `${route.method} ${route.url} as ${caller}: ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (res.statusCode >= 500) problems.push(`server error — ${label}`);
      let allowed: boolean;
      if (policy?.access === 'public') allowed = true;
      else if (policy?.access === 'local' || caller === 'anonymous') allowed = false;
      else allowed = policy?.roles === 'all' || (policy?.roles ?? []).includes(caller);
      if (allowed && (res.statusCode === 401 || res.statusCode === 403)) problems.push(`refused but allowed — ${label}`);
      if (!allowed) {
        const expected = caller === 'anonymous' && policy?.access !== 'local' ? 401 : 403;
        if (res.statusCode !== expected) problems.push(`expected ${expected} — ${label}`);
      }
      const isWrite = policy?.access === 'authenticated' && policy.writes === true;
      if (isWrite && allowed) {
        if (res.statusCode < 200 || res.statusCode >= 300) problems.push(`allowed write failed — ${label}`);
        else if ((await auditCount()) <= before) problems.push(`write left no audit row — ${label}`);
      }
      if (!allowed && (await auditCount()) !== before) problems.push(`refused call changed the audit log — ${label}`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBe(routes.length * callers.length);
}
