import { levelsOf } from '../../domain/org/education-levels.ts';
import type { OrgKind, OrgType } from '../../domain/org/org-kind.ts';
import { ancestorIds } from '../../domain/org/org-path.ts';
import { actorSees } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { loadIndicatorCatalogue } from './indicator-catalogue.ts';
import { memoView, resultsVersion } from './results-cache.ts';
import { ratingOf } from './rating-queries.ts';
import { shapeOrgCard, type CardOrg } from '../../domain/results/shape-org-card.ts';
import type { OrgCardView } from '../../api/result-card.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import { comparesOrg } from '../../db/repositories/rating-result-repository.ts';

export type { OrgCardView };

const toCardOrg = (o: {
  id: number;
  name: string;
  short_name: string | null;
  kind: string;
  type: string | null;
  attributes?: unknown;
}): CardOrg => ({
  id: o.id,
  name: o.name,
  shortName: o.short_name,
  kind: o.kind as OrgKind,
  type: o.type as OrgType | null,
  ...(o.kind === 'organisation' ? { levels: levelsOf(o.attributes) } : {}),
});

/**
 * The results card of an organisation, a municipality or the region in one catalogue version:
 * every period with results (oldest first), per indicator the value, the municipality's and the
 * region's for comparison, and the score and place from the comparison the object was rated in;
 * per direction and overall the score, place and zone. The caller must see the object.
 */
export async function orgCard(ctx: UseCaseContext, input: { catalogueId: number; orgId: number }): Promise<OrgCardView> {
  const { db } = ctx;
  const org = await orgRepository.findById(db, input.orgId);
  if (!org) throw notFound(`Организация с id ${input.orgId}`);
  if (!actorSees(ctx.actor, org.path)) throw forbidden('Результаты этой организации вне вашей зоны доступа.');
  const { catalogue, ...framework } = await loadIndicatorCatalogue(db, input.catalogueId);

  const ancestors = ancestorIds(org.path);
  const above = await orgRepository.findByIds(db, ancestors);
  const municipality = org.kind === 'organisation' ? above.find((o) => o.kind === 'municipality') : undefined;
  const region = org.kind === 'region' ? undefined : above.find((o) => o.kind === 'region');
  const objectIds = [org.id, ...(municipality ? [municipality.id] : []), ...(region ? [region.id] : [])];
  // Built again only after a recompute of the catalogue or a change of the names it shows.
  const names = [org, municipality, region].map((o) => (o ? `${o.name}|${o.short_name ?? ''}` : '')).join('|');
  const version = `${await resultsVersion(db, framework.id)}|${names}`;
  return memoView(db, `card|${framework.id}|${org.id}`, version, async () => {
    // The periods computed for the catalogue first, so that the values are read by the primary key's prefix.
    const computed = await db.selectFrom('compute_run').select('period_id').distinct().where('framework_id', '=', framework.id).execute();
    const rows =
      computed.length === 0
        ? []
        : await db
            .selectFrom('indicator_result')
            .select(['period_id', 'org_id', 'indicator_code', 'outcome', 'value', 'reason'])
            .where('framework_id', '=', framework.id)
            .where(
              'period_id',
              'in',
              computed.map((c) => c.period_id),
            )
            .where('org_id', 'in', objectIds)
            .execute();
    const periodIds = [...new Set(rows.filter((r) => r.org_id === org.id).map((r) => r.period_id))];
    const periods =
      periodIds.length === 0
        ? []
        : await db
            .selectFrom('period')
            .select(['id', 'code', 'name', 'kind', 'starts_on'])
            .where('id', 'in', periodIds)
            .orderBy('starts_on')
            .orderBy('code')
            .execute();
    const ratings =
      periodIds.length === 0
        ? []
        : await db
            .selectFrom('rating_result as r')
            .select(['r.period_id', 'r.comparison_key', 'r.title', 'r.content', 'r.object_ids'])
            .where('r.framework_id', '=', framework.id)
            .where('r.period_id', 'in', periodIds)
            .where(comparesOrg(org.id))
            .execute();

    return shapeOrgCard({
      org: toCardOrg(org),
      municipality: municipality ? toCardOrg(municipality) : null,
      region: region ? toCardOrg(region) : null,
      catalogue: { ...catalogue, id: framework.id },
      periods,
      rows,
      comparisons: new Map(
        await Promise.all(
          ratings.map(
            async (r) =>
              [
                r.period_id,
                {
                  key: r.comparison_key,
                  title: r.title,
                  content: await ratingOf(db, {
                    frameworkId: framework.id,
                    periodId: r.period_id,
                    key: r.comparison_key,
                    content: r.content,
                    objectIds: r.object_ids,
                  }),
                },
              ] as const,
          ),
        ),
      ),
    });
  });
}
