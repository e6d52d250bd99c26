import { campaignTemplate } from '../../../app/campaigns/campaign-files.ts';
import { approveRegulation } from '../../../app/campaigns/campaign-regulation.ts';
import { defaultCyclogram } from '../../../domain/collection/cyclogram.ts';
import { formIn, startCampaign, systemContext, TODAY } from '../../../../test/helpers/campaign-fixtures.ts';
import { access, ids, readable, sharedCampaign, type AccessSamples } from '../../../../test/helpers/route-access.ts';
import { XLSX_TYPE } from '../catalogues/routes.ts';

const db = () => access.t.handle.db;
const tree = () => access.t.tree;

/** Route × role samples of the data-collection campaign routes and the cyclogram. */
export const accessSamples: AccessSamples = {
  ...readable(['/api/campaigns']),
  'POST /api/campaigns': ({ n }) =>
    ids().then((x) => ({
      payload: {
        name: `Кампания ${n}`,
        frameworkId: x.catalogueId,
        periodId: x.periodId,
        scopeOrgId: tree().m1.id,
        indicatorCodes: null,
        participants: {},
        responsible: 'Иванова М. П.',
      },
    })),
  ...readable(['/api/campaigns/:id', '/api/campaigns/:id/progress.xlsx', '/api/campaigns/:id/regulation.docx'], ({ url }) =>
    sharedCampaign().then((id) => ({ url: url.replace(':id', String(id)) })),
  ),
  ...readable(['/api/campaigns/:id/template.xlsx'], () =>
    sharedCampaign().then((id) => ({ url: `/api/campaigns/${id}/template.xlsx?orgId=${tree().s1.id}` })),
  ),
  ...readable(['/api/campaigns/:id/forms/:orgId'], () =>
    sharedCampaign().then((id) => ({ url: `/api/campaigns/${id}/forms/${tree().s1.id}` })),
  ),
  'PUT /api/campaigns/:id/forms/:orgId': ({ n }) =>
    startCampaign(db(), tree().m1.id).then((c) => ({
      url: `/api/campaigns/${c.id}/forms/${tree().s1.id}`,
      payload: { version: 1, values: { 't_pupils|': { raw: String(100 + n) } } },
    })),
  'POST /api/campaigns/:id/forms/:orgId/submit': () =>
    formIn(db(), tree().m1.id, tree().s1.id, 'draft').then(({ campaign, version }) => ({
      url: `/api/campaigns/${campaign.id}/forms/${tree().s1.id}/submit`,
      payload: { version },
    })),
  'POST /api/campaigns/:id/forms/:orgId/return': () =>
    formIn(db(), tree().m1.id, tree().s1.id, 'submitted').then(({ campaign }) => ({
      url: `/api/campaigns/${campaign.id}/forms/${tree().s1.id}/return`,
      payload: { comment: 'Проверьте число победителей' },
    })),
  'POST /api/campaigns/:id/forms/:orgId/accept': () =>
    formIn(db(), tree().m1.id, tree().s1.id, 'submitted').then(({ campaign }) => ({
      url: `/api/campaigns/${campaign.id}/forms/${tree().s1.id}/accept`,
    })),
  'POST /api/campaigns/:id/forms/:orgId/reopen': () =>
    formIn(db(), tree().m1.id, tree().s1.id, 'accepted').then(({ campaign }) => ({
      url: `/api/campaigns/${campaign.id}/forms/${tree().s1.id}/reopen`,
      payload: { reason: 'Уточнение данных по запросу школы' },
    })),
  'POST /api/campaigns/:id/upload': () =>
    startCampaign(db(), tree().m1.id).then(async (c) => ({
      url: `/api/campaigns/${c.id}/upload`,
      payload: (await campaignTemplate(systemContext(db()), c.id, tree().s1.id)).file,
      headers: { 'content-type': XLSX_TYPE, 'x-file-name': encodeURIComponent('шаблон.xlsx') },
    })),
  'POST /api/campaigns/:id/regulation/approve': ({ n }) =>
    startCampaign(db(), tree().m1.id).then((c) => ({
      url: `/api/campaigns/${c.id}/regulation/approve`,
      payload: { orderNumber: `${n}-од`, orderDate: '28.11.2024' },
    })),
  'POST /api/campaigns/:id/regulation/publish': ({ n }) =>
    startCampaign(db(), tree().m1.id).then(async (c) => {
      await approveRegulation(systemContext(db()), c.id, { orderNumber: `${n}-од`, orderDate: '2024-11-28' }, TODAY);
      return { url: `/api/campaigns/${c.id}/regulation/publish` };
    }),
  ...readable(['/api/cyclogram'], () => ({ url: `/api/cyclogram?scopeOrgId=${tree().m1.id}&year=2025` })),
  'PUT /api/cyclogram': ({ n }) => ({
    payload: { scopeOrgId: tree().m1.id, year: 2025, stages: defaultCyclogram(2025, `Методист ${n}`) },
  }),
};
