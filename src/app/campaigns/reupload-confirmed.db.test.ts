import { beforeAll, describe, expect, it } from 'vitest';
import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import { buildSchoolYear } from '../../../test/helpers/factories.ts';
import { startCampaign } from '../../../test/helpers/campaign-fixtures.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { fillTemplate } from '../../../test/helpers/fill-template.ts';

const t = useTestApp();
let campaignId: number;
let template: Buffer;

const filled = (values: Record<string, number>) => fillTemplate(template, values);

const upload = (file: Buffer) =>
  t.app.inject({
    method: 'POST',
    url: `/api/campaigns/${campaignId}/upload`,
    headers: {
      cookie: t.cookies.org_representative,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-file-name': encodeURIComponent('школа 1.xlsx'),
    },
    payload: file,
  });
const form = () => `/api/campaigns/${campaignId}/forms/${t.tree.s1.id}`;

beforeAll(async () => {
  const { db } = t.handle;
  const before = await buildSchoolYear(db, '2023/2024');
  const last = { orgId: t.tree.s1.id, periodId: before, breakdown: {}, source: 'тест', status: 'accepted' as const, enteredBy: null };
  await dataValueRepository.upsertMany(db, [
    { ...last, elementCode: 't_pupils', value: 100 },
    { ...last, elementCode: 't_winners', value: 8 },
  ]);
  campaignId = (await startCampaign(db, t.tree.m1.id)).id;
  const res = await t.get(`/api/campaigns/${campaignId}/template.xlsx?orgId=${t.tree.s1.id}`, t.cookies.org_representative);
  expect(res.statusCode).toBe(200);
  template = res.rawPayload;
});

describe('uploading again a template whose warnings were confirmed in the form', () => {
  it('raises a warning once; confirmed in the form, the same value uploaded again stays confirmed', async () => {
    const file = await filled({ 't_pupils|': 400, 't_winners|': 12 });
    const first = await upload(file);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().report.warnings).toEqual([expect.objectContaining({ code: 'far_from_previous', element: 't_pupils' })]);

    const view = (await t.get(form(), t.cookies.org_representative)).json().form;
    const confirmed = await t.call('PUT', form(), t.cookies.org_representative, {
      version: view.version,
      values: { 't_pupils|': { raw: '400', comment: 'Присоединён филиал' } },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const again = await upload(file);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().report).toMatchObject({ changed: 0, warnings: [] });
    const after = (await t.get(form(), t.cookies.org_representative)).json().form;
    expect(after.fields.find((f: { key: string }) => f.key === 't_pupils|')?.comment).toBe('Присоединён филиал');
    expect(after.issues).toEqual([
      expect.objectContaining({ code: 'far_from_previous', message: expect.stringMatching(/Подтверждено комментарием/) }),
    ]);
  });

  it('asks to confirm a changed value again: the old comment confirmed another value', async () => {
    const res = await upload(await filled({ 't_pupils|': 500, 't_winners|': 12 }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.warnings).toEqual([expect.objectContaining({ code: 'far_from_previous', element: 't_pupils' })]);
    const view = (await t.get(form(), t.cookies.org_representative)).json().form;
    expect(view.fields.find((f: { key: string }) => f.key === 't_pupils|')).toMatchObject({ value: '500', comment: null });
    expect(view.issues).toEqual([
      expect.objectContaining({ code: 'far_from_previous', message: expect.not.stringMatching(/Подтверждено/) }),
    ]);
  });
});
