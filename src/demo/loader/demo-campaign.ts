import type { Kysely } from 'kysely';
import { ENGINE_STATUSES } from '../../db/repositories/data-value-repository.ts';
import type { Database } from '../../db/schema.ts';
import { cellKey } from '../../domain/collection/campaign.ts';
import { SYSTEM_ACTOR } from '../../app/actor.ts';
import { createCampaign } from '../../app/campaigns/create-campaign.ts';
import { getForm } from '../../app/campaigns/get-form.ts';
import { saveForm } from '../../app/campaigns/save-form.ts';
import { returnForm, submitForm } from '../../app/campaigns/submission-actions.ts';
import type { UseCaseContext } from '../../app/context.ts';
import { addDays } from '../../app/today.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

const DEMO_MUNICIPALITY = '99-01';

/** The running campaign opened this many days before the demo's today and is due as many days after it. */
export const DEMO_CAMPAIGN_HALF_SPAN_DAYS = 14;

/**
 * A data collection campaign for the demo district's schools in the last demo school year, open
 * on `today` (opened two weeks before, due two weeks after, whatever day the demo is loaded), with
 * forms in every state an operator meets: not started (the demo school's own, to fill in), a
 * draft, a submitted form and one returned with a comment. The values are the demo values, as a
 * school would have typed them. Runs through the real use cases, so it is audited like real work.
 */
export async function loadDemoCampaign(db: Kysely<Database>, lastYear: number, today: string, onStart?: () => void): Promise<void> {
  const ctx: UseCaseContext = { db, actor: SYSTEM_ACTOR, requestId: null };
  const framework = await catalogueRepository.newestByCode(db, 'seed001-municipal');
  const period = await db
    .selectFrom('period')
    .select('id')
    .where('code', '=', `${lastYear}/${lastYear + 1}`)
    .executeTakeFirst();
  const municipality = await orgRepository.findByCode(db, DEMO_MUNICIPALITY);
  if (!framework || !period || !municipality) return;
  onStart?.();
  const campaign = await createCampaign(ctx, {
    name: `Мониторинг показателей МСОКО ${lastYear}/${lastYear + 1} (демо)`,
    frameworkId: framework.id,
    periodId: period.id,
    scopeOrgId: municipality.id,
    indicatorCodes: null,
    participants: { orgTypes: ['school'] },
    responsible: 'Методист ИМЦ Промышленновского МО (демо)',
    startsOn: addDays(today, -DEMO_CAMPAIGN_HALF_SPAN_DAYS),
    deadline: addDays(today, DEMO_CAMPAIGN_HALF_SPAN_DAYS),
  });

  const fill = async (code: string, share: number) => {
    const org = await db.selectFrom('org').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const values = await db
      .selectFrom('data_value')
      .select(['data_element_code', 'breakdown', 'value'])
      .where('org_id', '=', org.id)
      .where('period_id', '=', period.id)
      .where('status', 'in', [...ENGINE_STATUSES])
      .execute();
    const known = new Map(values.map((v) => [cellKey(v.data_element_code, v.breakdown), Number(v.value)]));
    let form = await getForm(ctx, campaign.id, org.id, today);
    const fields = form.fields.slice(0, Math.ceil(form.fields.length * share));
    form = await saveForm(
      ctx,
      campaign.id,
      org.id,
      // a field the demo left empty (a gap) is entered as 0, as schools do when they have nothing to report
      {
        version: form.version,
        values: Object.fromEntries(fields.map((f) => [f.key, { raw: String(known.get(f.key) ?? 0).replace('.', ',') }])),
      },
      today,
    );
    const warned = form.issues.filter((i) => i.severity === 'warning');
    if (warned.length) {
      form = await saveForm(
        ctx,
        campaign.id,
        org.id,
        {
          version: form.version,
          values: Object.fromEntries(
            warned.map((w) => [
              cellKey(w.element, w.breakdown),
              {
                raw: form.fields.find((f) => f.key === cellKey(w.element, w.breakdown))?.value ?? null,
                comment: 'Значение проверено по журналу',
              },
            ]),
          ),
        },
        today,
      );
    }
    return { orgId: org.id, version: form.version };
  };

  await fill(`${DEMO_MUNICIPALITY}-002`, 0.5);
  const submitted = await fill(`${DEMO_MUNICIPALITY}-003`, 1);
  await submitForm(ctx, campaign.id, submitted.orgId, submitted.version, today);
  const returned = await fill(`${DEMO_MUNICIPALITY}-004`, 1);
  await submitForm(ctx, campaign.id, returned.orgId, returned.version, today);
  await returnForm(
    ctx,
    campaign.id,
    returned.orgId,
    'Проверьте численность обучающихся по классам: сумма не совпадает с отчётом ОО-1.',
    today,
  );
}
