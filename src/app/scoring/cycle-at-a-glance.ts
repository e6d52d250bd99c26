import { METHOD_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import type { Catalogue, Indicator } from '../../domain/catalogue/catalogue.ts';
import type { MechanismIndex } from '../../domain/scoring/mechanism-index.ts';
import { actorSees } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import { campaignIndicators } from '../campaigns/campaign-record.ts';
import type { UseCaseContext } from '../context.ts';
import { managementEvidence } from '../cycle/management-evidence.ts';
import { ownScores, resolveObject, roundScores } from './round-scores.ts';
import { findRound, loadMechanismCatalogue, seesTerritory } from './scoring-round.ts';
import type { CycleView } from '../../api/scoring.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';
export type { CycleView };

export interface CycleEvidence {
  text: string;
  /** A page of the system that shows it (a campaign, a rating). */
  link?: string;
}

export interface CycleComponentView {
  code: string;
  name: string;
  cycleBlock: string | null;
  /** Something in the system forms this component for the direction. */
  formed: boolean;
  evidence: CycleEvidence[];
  /** Degree of formation (step 3, %) in the latest self-assessment / expert round of the territory. */
  selfFormation: number | null;
  expertFormation: number | null;
}

export interface CycleDirectionView {
  code: string;
  name: string;
  blockName: string;
  components: CycleComponentView[];
  selfIndex: number | null;
  expertIndex: number | null;
}

const value = (n: { value: { kind: string; value?: number } }) => (n.value.kind === 'ok' ? (n.value.value ?? null) : null);

/** The latest round of a kind in which the territory itself is scored, with its resolved index. */
async function latestIndex(
  ctx: UseCaseContext,
  catalogue: Catalogue,
  frameworkId: number,
  object: { id: number; path: string },
  kind: 'expert' | 'self',
) {
  const orgId = object.id;
  const row = await ctx.db
    .selectFrom('scoring_round as r')
    .innerJoin('scoring_assignment as a', 'a.round_id', 'r.id')
    .select(['r.id'])
    .where('r.framework_id', '=', frameworkId)
    .where('r.kind', '=', kind)
    .where('a.org_id', '=', orgId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  const round = await findRound(ctx.db, row.id);
  if (!round) return null;
  const all = (await roundScores(ctx.db, round.id, [orgId])).get(orgId);
  // Who sees what, as in the round: the object's operators and viewers see its resolved scores; an
  // assigned scorer sees the object as its only scorer; anyone else (another expert) sees nothing.
  let scores = all;
  if (!seesTerritory(ctx.actor, object.path)) {
    if (!all?.scorers.some((s) => s.userId === ctx.actor.userId)) return null;
    scores = ownScores(all, ctx.actor.userId);
  }
  return { round: { id: round.id, name: round.name }, index: resolveObject(catalogue, round, scores).index };
}

function formations(index: MechanismIndex | undefined, direction: string) {
  const d = index?.blocks.flatMap((b) => b.directions).find((x) => x.code === direction);
  return {
    index: d ? value(d.index) : null,
    component: (code: string) => (d ? value(d.components.find((c) => c.code === code)?.formation ?? { value: { kind: 'missing' } }) : null),
  };
}

/**
 * Each direction's management cycle at a glance (seed 000 §2: nine components in three blocks):
 * what the system holds for each component — goals and indicators in the methodologies, collection
 * methods, campaigns run and results computed — beside the degree of formation the territory gave
 * itself (self-assessment) and the experts gave it, by the same 9-step rules. The process and
 * management components point at the territory's analytic reports, targeted recommendations,
 * roadmap measures, management decisions and analyses of effectiveness (management-evidence);
 * a component with nothing to point at shows as not formed.
 */
export async function cycleAtAGlance(ctx: UseCaseContext, scopeOrgId: number, frameworkId: number): Promise<CycleView> {
  const scope = await orgRepository.findById(ctx.db, scopeOrgId);
  if (!scope) throw notFound(`Территория с id ${scopeOrgId}`);
  if (ctx.actor.role === 'org_representative' || !actorSees(ctx.actor, scope.path))
    throw forbidden(`«${scope.name}» вне вашей зоны доступа.`);
  const mechanisms = await loadMechanismCatalogue(ctx.db, frameworkId);

  // the latest version of every indicators methodology
  const indicatorCatalogues = (await catalogueRepository.newestOfEachCode(ctx.db, 'indicators')).map((f) => ({
    id: f.id,
    catalogue: f.content as Catalogue,
  }));

  const campaigns = await ctx.db
    .selectFrom('campaign as c')
    .innerJoin('org as s', 's.id', 'c.scope_org_id')
    .innerJoin('period as p', 'p.id', 'c.period_id')
    .select(['c.id', 'c.name', 'c.framework_id', 'c.indicator_codes', 'p.kind as period_kind', 'p.name as period_name', 's.path'])
    .select((eb) => [
      eb
        .selectFrom('submission as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.campaign_id', '=', 'c.id')
        .as('participants'),
      eb
        .selectFrom('submission as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.campaign_id', '=', 'c.id')
        .where('m.status', '=', 'accepted')
        .as('accepted'),
    ])
    .orderBy('c.created_at', 'desc')
    .execute();
  const relevant = campaigns.filter((c) => c.path.startsWith(scope.path) || scope.path.startsWith(c.path));
  const computed = await ctx.db
    .selectFrom('indicator_result as r')
    .innerJoin('period as p', 'p.id', 'r.period_id')
    .select(['r.framework_id', 'r.indicator_code', 'p.code'])
    .where('r.org_id', '=', scope.id)
    .where('r.outcome', '=', 'ok')
    .execute();

  const management = await managementEvidence(ctx.db, scope.id);
  const self = await latestIndex(ctx, mechanisms, frameworkId, scope, 'self');
  const expert = await latestIndex(ctx, mechanisms, frameworkId, scope, 'expert');

  const directions: CycleDirectionView[] = mechanisms.blocks.flatMap((block) =>
    block.directions.map((direction) => {
      const ofDirection = indicatorCatalogues.map((c) => ({
        ...c,
        indicators: (c.catalogue.indicators ?? []).filter((i) => i.directions.includes(direction.code)),
        goals: c.catalogue.blocks.flatMap((b) => b.directions).find((d) => d.code === direction.code)?.goals ?? [],
      }));
      const indicators: (Indicator & { frameworkId: number })[] = ofDirection.flatMap((c) =>
        c.indicators.map((i) => ({ ...i, frameworkId: c.id })),
      );
      const codes = new Set(indicators.map((i) => `${i.frameworkId}:${i.code}`));
      const held = management.get(direction.code) ?? {};
      const evidence: Record<string, CycleEvidence[]> = { goals: [], indicators: [], methods: [], monitoring: [] };
      for (const c of ofDirection) {
        if (c.goals.length)
          evidence.goals?.push({
            text: `Цели направления в методике «${c.catalogue.name}»: ${c.goals.length}`,
            link: `/catalogues/${c.id}`,
          });
        if (c.indicators.length) {
          evidence.indicators?.push({
            text: `Показатели в методике «${c.catalogue.name}»: ${c.indicators.length} (${c.indicators.map((i) => i.code).join(', ')})`,
            link: `/catalogues/${c.id}`,
          });
        }
      }
      if (direction.goals?.length)
        evidence.goals?.push({ text: `Цели направления в методике «${mechanisms.name}»: ${direction.goals.length}` });
      const methods = [...new Set(indicators.map((i) => METHOD_LABELS[i.method]))];
      if (methods.length) evidence.methods?.push({ text: `Методы сбора информации: ${methods.join(', ')}` });
      for (const c of relevant) {
        const framework = indicatorCatalogues.find((x) => x.id === c.framework_id);
        if (!framework) continue;
        const asked = campaignIndicators(framework.catalogue, c.indicator_codes, c.period_kind).filter((i) =>
          codes.has(`${c.framework_id}:${i.code}`),
        );
        if (asked.length) {
          evidence.monitoring?.push({
            text: `Кампания сбора «${c.name}» (${c.period_name}): показателей направления ${asked.length}, принято форм ${Number(c.accepted ?? 0)} из ${Number(c.participants ?? 0)}`,
            link: `/campaigns/${c.id}`,
          });
        }
      }
      const periods = [...new Set(computed.filter((r) => codes.has(`${r.framework_id}:${r.indicator_code}`)).map((r) => r.code))].sort();
      if (periods.length)
        evidence.monitoring?.push({
          text: `Рассчитаны значения показателей направления за периоды: ${periods.join(', ')}`,
          link: '/ratings',
        });

      const selfF = formations(self?.index, direction.code);
      const expertF = formations(expert?.index, direction.code);
      return {
        code: direction.code,
        name: direction.name,
        blockName: block.name,
        selfIndex: selfF.index,
        expertIndex: expertF.index,
        components: (mechanisms.components ?? []).map((component) => {
          const items = [...(evidence[component.code] ?? []), ...(held[component.code] ?? [])];
          return {
            code: component.code,
            name: component.name,
            cycleBlock: component.block,
            formed: items.length > 0,
            evidence: items,
            selfFormation: selfF.component(component.code),
            expertFormation: expertF.component(component.code),
          };
        }),
      };
    }),
  );
  return {
    scopeOrgId: scope.id,
    scopeName: scope.name,
    frameworkId,
    catalogueName: mechanisms.name,
    selfRound: self?.round ?? null,
    expertRound: expert?.round ?? null,
    directions,
  };
}
