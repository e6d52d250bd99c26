import { access, personnel, readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

const inMunicipality = (url: string) => `${url}?municipalityId=${access.t.tree.m1.id}`;

/** Route × role samples of the personnel register routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/personnel/me']),
  ...readable(['/api/personnel/leaders', '/api/personnel/reserve', '/api/personnel/export'], ({ url }) => ({ url: inMunicipality(url) })),
  'POST /api/personnel/leaders': ({ url, n }) => ({
    url: inMunicipality(url),
    payload: {
      orgId: access.t.tree.s1.id,
      fullName: `Заместитель ${n}`,
      postKind: 'deputy',
      postTitle: 'заместитель директора',
      appointedOn: '01.09.2021',
      educationLevel: 'higher',
    },
  }),
  // A card is read by its keepers, and by the person themselves: every role reads a record linked to its own account.
  ...readable(['/api/personnel/leaders/:id'], ({ url, role }) =>
    personnel().then((p) => ({ url: url.replace(':id', String(p.ownLeader[role === 'anonymous' ? 'admin' : role])) })),
  ),
  ...readable(['/api/personnel/reserve/candidates/:id'], ({ url, role }) =>
    personnel().then((p) => ({ url: url.replace(':id', String(p.ownCandidate[role === 'anonymous' ? 'admin' : role])) })),
  ),
  'PUT /api/personnel/leaders/:id': ({ url }) =>
    personnel().then(async (p) => {
      const l = await p.f.leader();
      return {
        url: url.replace(':id', String(l.id)),
        payload: {
          orgId: access.t.tree.s1.id,
          fullName: l.fullName,
          postKind: 'deputy',
          postTitle: 'заместитель директора по ВР',
          appointedOn: '01.09.2020',
          educationLevel: 'higher',
          version: l.version,
        },
      };
    }),
  'POST /api/personnel/leaders/:id/events': ({ url, n }) =>
    personnel().then((p) => ({
      url: url.replace(':id', String(p.head)),
      payload: { kind: 'deficit_diagnostics', heldOn: '01.02.2025', title: `Диагностика ${n}`, voluntary: true },
    })),
  'DELETE /api/personnel/leaders/:id/events/:eventId': ({ url }) =>
    personnel().then(async (p) => ({
      url: url.replace(':id', String(p.head)).replace(':eventId', String(await p.f.withEvent(p.head))),
    })),
  'PUT /api/personnel/reserve/settings': ({ url, n }) => ({
    url: inMunicipality(url),
    payload: {
      criteria: [`Критерий ${n}`],
      trainingSystem: 'Школа резерва',
      supportMechanism: 'Наставничество',
      greenMin: 70,
      yellowMin: 50,
    },
  }),
  'POST /api/personnel/reserve/rounds': ({ url, n }) => ({
    url: inMunicipality(url),
    payload: { title: `Отбор ${n}`, heldOn: '20.01.2025' },
  }),
  'POST /api/personnel/reserve/candidates': ({ url, n }) => ({
    url: inMunicipality(url),
    payload: {
      fullName: `Кандидат ${n}`,
      currentPost: 'учитель',
      targetPost: 'директор школы',
      educationLevel: 'higher',
      nominatedOn: '15.01.2025',
    },
  }),
  'POST /api/personnel/reserve/candidates/:id/events': ({ url, n }) =>
    personnel().then((p) => ({
      url: url.replace(':id', String(p.candidate)),
      payload: { kind: 'diagnostics', heldOn: '10.02.2025', title: `Диагностика ${n}`, passed: true },
    })),
  'POST /api/personnel/reserve/candidates/:id/plan': ({ url, n }) =>
    personnel().then((p) => ({
      url: url.replace(':id', String(p.candidate)),
      payload: { items: [{ title: `Пункт ${n}`, dueOn: '01.06.2025' }] },
    })),
  'PUT /api/personnel/reserve/candidates/:id/plan/:itemId': ({ url }) =>
    personnel().then(async (p) => ({
      url: url.replace(':id', String(p.candidate)).replace(':itemId', String(await p.f.withPlan(p.candidate))),
      payload: { doneOn: '20.05.2025' },
    })),
  'POST /api/personnel/reserve/candidates/:id/enroll': ({ url }) =>
    personnel().then(async (p) => ({ url: url.replace(':id', String(await p.f.candidate())), payload: { enrolledOn: '01.03.2025' } })),
  'POST /api/personnel/reserve/candidates/:id/exclude': ({ url }) =>
    personnel().then(async (p) => ({
      url: url.replace(':id', String(await p.f.candidate())),
      payload: { excludedOn: '01.04.2025', reason: 'по собственному желанию' },
    })),
  'PUT /api/personnel/reserve/candidates/:id/mentor': ({ url }) =>
    personnel().then((p) => ({ url: url.replace(':id', String(p.candidate)), payload: { mentorLeaderId: p.head } })),
  'POST /api/personnel/reserve/candidates/:id/appoint': ({ url, n }) =>
    personnel().then(async (p) => ({
      url: url.replace(':id', String(await p.f.candidate('enrolled'))),
      payload: {
        orgId: access.t.tree.s1.id,
        postKind: 'deputy',
        postTitle: 'заместитель директора',
        appointedOn: '01.09.2025',
        orderNumber: `${n}-к`,
        orderDate: '25.08.2025',
        approvedByName: 'Иванова А. П.',
        approvedByPost: 'начальник управления образования',
      },
    })),
};
