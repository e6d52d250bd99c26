import { publishRating } from '../../../app/public/publications.ts';
import { systemContext } from '../../../../test/helpers/campaign-fixtures.ts';
import { access, freshReport, readable, reports, type AccessSamples } from '../../../../test/helpers/route-access.ts';

const tree = () => access.t.tree;

/** Route × role samples of the report, working-group and publication routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/reports', '/api/publications']),
  'POST /api/reports': () =>
    reports().then((r) => ({
      payload: {
        catalogueId: r.f.catalogueId,
        periodId: r.f.periodId,
        scopeKind: 'direction',
        directionCode: 'D1',
        territoryId: tree().m1.id,
      },
    })),
  // Readers: the district's draft; a school's representative reads the approved report about the school.
  ...readable(
    [
      '/api/reports/:id',
      '/api/reports/:id/report.docx',
      '/api/reports/:id/report.pdf',
      '/api/reports/:id/charts/:key',
      '/api/reports/:id/files/:fileId',
    ],
    ({ url, role }) =>
      reports().then((r) => {
        const [id, fileId] = role === 'org_representative' ? [r.own, r.ownFile] : [r.draft, r.draftFile];
        return { url: url.replace(':id', String(id)).replace(':key', 'years').replace(':fileId', String(fileId)) };
      }),
  ),
  'PUT /api/reports/:id/sections': ({ url, n }) =>
    freshReport('draft', url).then((u) => ({ url: u, payload: { sections: { goals: `Цели ${n}` }, editVersion: 1 } })),
  'POST /api/reports/:id/refresh': ({ url }) => freshReport('draft', url).then((u) => ({ url: u })),
  'POST /api/reports/:id/files': ({ url }) =>
    freshReport('draft', url).then((u) => ({
      url: u,
      payload: Buffer.from('%PDF-1.4'),
      headers: { 'content-type': 'application/pdf', 'x-file-name': 'protokol.pdf' },
    })),
  'POST /api/reports/:id/review': ({ url, n }) =>
    freshReport('draft', url).then((u) => ({
      url: u,
      payload: { meetingDate: '01.12.2024', decision: 'recommend', minutesNumber: String(n) },
    })),
  'POST /api/reports/:id/approve': ({ url }) =>
    freshReport('reviewed', url).then((u) => ({
      url: u,
      payload: { name: 'Иванова А. П.', post: 'начальник управления', date: '02.12.2024' },
    })),
  'POST /api/reports/:id/publish': ({ url }) => freshReport('approved', url).then((u) => ({ url: u })),
  'POST /api/reports/:id/versions': ({ url }) => freshReport('approved', url).then((u) => ({ url: u })),
  'POST /api/reports/:id/unpublish': ({ url }) => freshReport('published', url).then((u) => ({ url: u })),
  ...readable(['/api/working-group'], () => ({ url: `/api/working-group?territoryId=${tree().m1.id}` })),
  'PUT /api/working-group': ({ n }) => ({
    payload: {
      territoryId: tree().m1.id,
      name: `Рабочая группа ${n}`,
      orderNumber: `${n}-од`,
      orderDate: '01.09.2024',
      members: [{ fullName: 'Иванова А. П.', post: 'начальник управления', role: 'chair' }],
    },
  }),
  'POST /api/publications': () =>
    reports().then((r) => ({ payload: { catalogueId: r.f.catalogueId, periodId: r.f.periodId, key: r.f.ratingKey } })),
  'POST /api/publications/:id/withdraw': ({ url }) =>
    reports().then(async (r) => {
      const { id } = await publishRating(systemContext(access.t.handle.db), {
        catalogueId: r.f.catalogueId,
        periodId: r.f.periodId,
        key: r.f.ratingKey,
      });
      return { url: url.replace(':id', String(id)) };
    }),
};
