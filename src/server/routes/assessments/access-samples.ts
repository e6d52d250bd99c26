import { assessmentImport } from '../../../../test/helpers/assessment-fixtures.ts';
import { access, readable, type AccessSamples } from '../../../../test/helpers/route-access.ts';

const importIn = (status: 'uploaded' | 'ready') => assessmentImport(access.t.handle.db, access.t.tree.m1.id, access.t.tree.s1.code, status);

/** Route × role samples of the assessment-results routes. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/assessments/imports', '/api/assessments/thresholds', '/api/assessments/mappings']),
  'POST /api/assessments/imports': ({ url }) => ({
    url: `${url}?territoryId=${access.t.tree.m1.id}`,
    payload: Buffer.from(`Код ОО;Предмет;Отметка\n${access.t.tree.s1.code};Математика;4\n`),
    headers: { 'content-type': 'text/csv', 'x-file-name': 'vpr.csv' },
  }),
  ...readable(['/api/assessments/imports/:id'], ({ url }) => importIn('uploaded').then((id) => ({ url: url.replace(':id', String(id)) }))),
  'POST /api/assessments/imports/:id/cancel': ({ url }) => importIn('uploaded').then((id) => ({ url: url.replace(':id', String(id)) })),
  'POST /api/assessments/imports/:id/read': ({ url }) =>
    importIn('uploaded').then((id) => ({
      url: url.replace(':id', String(id)),
      payload: { kind: 'vpr', year: 2025, mapping: { orgCode: 0, subject: 1, mark: 2 } },
    })),
  'POST /api/assessments/imports/:id/apply': ({ url }) =>
    importIn('ready').then((id) => ({ url: url.replace(':id', String(id)), payload: { acceptProposals: true, skipErrors: true } })),
  'PUT /api/assessments/thresholds': ({ n }) => ({
    payload: { thresholds: [{ kind: 'ege', subject: 'rus', year: 2030 + (n % 50), minScore: 24 }] },
  }),
};
