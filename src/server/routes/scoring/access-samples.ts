import { exportRoundWorkbook } from '../../../app/scoring/round-workbook.ts';
import { systemContext } from '../../../../test/helpers/campaign-fixtures.ts';
import { access, readable, scoringIds, selfRound, sharedRound, type AccessSamples } from '../../../../test/helpers/route-access.ts';
import { XLSX_TYPE } from '../catalogues/routes.ts';

const tree = () => access.t.tree;

/** Route × role samples of the scoring routes and the cycle overview. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/scoring/rounds']),
  'POST /api/scoring/rounds': ({ n }) =>
    scoringIds().then((x) => ({
      payload: {
        name: `Раунд ${n}`,
        frameworkId: x.frameworkId,
        periodId: x.periodId,
        scopeOrgId: tree().m1.id,
        kind: 'expert',
        objects: [{ orgId: tree().s1.id, scorerIds: [x.expertId] }],
      },
    })),
  ...readable(['/api/scoring/rounds/:id', '/api/scoring/rounds/:id/export.xlsx'], ({ url }) =>
    sharedRound().then((r) => ({ url: url.replace(':id', String(r.roundId)) })),
  ),
  ...readable(['/api/scoring/rounds/:id/objects/:orgId'], () =>
    sharedRound().then((r) => ({ url: `/api/scoring/rounds/${r.roundId}/objects/${tree().s1.id}` })),
  ),
  ...readable(['/api/scoring/evidence/:id'], () => sharedRound().then((r) => ({ url: `/api/scoring/evidence/${r.evidenceId}` }))),
  ...readable(['/api/scoring/scorers'], () => ({ url: '/api/scoring/scorers?kind=expert' })),
  ...readable(['/api/cycle'], () =>
    scoringIds().then((x) => ({ url: `/api/cycle?scopeOrgId=${tree().m1.id}&frameworkId=${x.frameworkId}` })),
  ),
  'POST /api/scoring/rounds/:id/objects/:orgId/agreed': ({ n }) =>
    sharedRound().then((r) => ({
      url: `/api/scoring/rounds/${r.roundId}/objects/${tree().s1.id}/agreed`,
      payload: { position: 'D1.goals.1', points: 1 + (n % 2), comment: 'Согласовано на заседании рабочей группы' },
    })),
  'POST /api/scoring/rounds/:id/close': () => selfRound('expert').then((id) => ({ url: `/api/scoring/rounds/${id}/close` })),
  'PUT /api/scoring/rounds/:id/objects/:orgId/scores': ({ role }) =>
    selfRound(role).then((id) => ({
      url: `/api/scoring/rounds/${id}/objects/${tree().m1.id}/scores`,
      payload: { scores: { 'D1.goals.1': { points: 2 } } },
    })),
  'POST /api/scoring/rounds/:id/objects/:orgId/evidence': ({ role }) =>
    selfRound(role).then((id) => ({
      url: `/api/scoring/rounds/${id}/objects/${tree().m1.id}/evidence`,
      payload: Buffer.from('%PDF-1.4'),
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'prikaz.pdf', 'x-position': 'D1.goals.1' },
    })),
  'POST /api/scoring/rounds/:id/import': ({ role }) =>
    selfRound(role).then(async (id) => ({
      url: `/api/scoring/rounds/${id}/import`,
      payload: (await exportRoundWorkbook(systemContext(access.t.handle.db), id)).file,
      headers: { 'content-type': XLSX_TYPE, 'x-file-name': 'ocenka.xlsx' },
    })),
};
