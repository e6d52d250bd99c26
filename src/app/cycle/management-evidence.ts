import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DECISION_KIND_NAMES } from '../../domain/cycle/management.ts';
import { REPORT_STATUS_NAMES } from '../../domain/report/report-workflow.ts';
import { today } from '../today.ts';

export interface Evidence {
  text: string;
  link?: string;
}

/**
 * What the territory holds for the process and management components of each direction's cycle
 * (seed 000 §2): analytic reports (analysis), targeted recommendations, measures, decisions,
 * analyses of effectiveness, and the goals the last of them set (goals). Keyed by direction code,
 * then component code.
 */
export async function managementEvidence(db: Kysely<Database>, territoryId: number): Promise<Map<string, Record<string, Evidence[]>>> {
  const out = new Map<string, Record<string, Evidence[]>>();
  const push = (direction: string, component: string, e: Evidence) => {
    const of = out.get(direction) ?? {};
    (of[component] ??= []).push(e);
    out.set(direction, of);
  };
  const now = today();

  const reports = await db
    .selectFrom('report')
    .select(['id', 'title', 'status', 'direction_code', 'content'])
    .where('scope_org_id', '=', territoryId)
    .where('direction_code', 'is not', null)
    .orderBy('id')
    .execute();
  for (const r of reports) {
    const kind = (r.content as { effectiveness?: unknown }).effectiveness ? 'effectiveness' : 'analysis';
    push(r.direction_code ?? '', kind, { text: `${r.title} (${REPORT_STATUS_NAMES[r.status].toLowerCase()})`, link: `/reports/${r.id}` });
  }

  const recs = await db
    .selectFrom('recommendation')
    .select(['direction_code', 'status', 'due_on', 'approved_on'])
    .where('scope_org_id', '=', territoryId)
    .execute();
  const byDirection = new Map<string, typeof recs>();
  for (const r of recs) byDirection.set(r.direction_code ?? '', [...(byDirection.get(r.direction_code ?? '') ?? []), r]);
  for (const [direction, list] of byDirection) {
    const reported = list.filter((r) => r.status === 'reported').length;
    const overdue = list.filter((r) => r.status !== 'reported' && r.due_on < now).length;
    const approved = list.filter((r) => r.approved_on !== null).length;
    push(direction, 'recommendations', {
      text: `Адресные рекомендации: ${list.length}; одобрены рабочей группой ${approved}; исполнение отражено ${reported}; просрочено ${overdue}`,
      link: '/recommendations',
    });
  }

  const actions = await db
    .selectFrom('cycle_action')
    .select(['direction_code', 'kind', 'status', 'decision_kind', 'deadline'])
    .where('scope_org_id', '=', territoryId)
    .execute();
  const directions = new Set(actions.map((a) => a.direction_code));
  for (const direction of directions) {
    const of = actions.filter((a) => a.direction_code === direction);
    const measures = of.filter((a) => a.kind === 'measure');
    const decisions = of.filter((a) => a.kind === 'decision');
    if (measures.length) {
      const done = measures.filter((m) => m.status === 'done').length;
      const overdue = measures.filter((m) => m.status !== 'done' && m.status !== 'cancelled' && m.deadline < now).length;
      push(direction, 'measures', {
        text: `Мероприятия дорожной карты: ${measures.length}; выполнено ${done}; просрочено ${overdue}`,
        link: '/roadmap',
      });
    }
    if (decisions.length) {
      const kinds = [...new Set(decisions.map((d) => (d.decision_kind ? DECISION_KIND_NAMES[d.decision_kind].toLowerCase() : '')))];
      push(direction, 'decisions', { text: `Управленческие решения: ${decisions.length} (${kinds.join(', ')})`, link: '/roadmap' });
    }
  }

  const analyses = await db
    .selectFrom('effectiveness_analysis as a')
    .innerJoin('period as p', 'p.id', 'a.period_id')
    .select(['a.direction_code', 'a.problems', 'a.conclusions', 'p.name'])
    .where('a.scope_org_id', '=', territoryId)
    .execute();
  for (const a of analyses) {
    push(a.direction_code, 'effectiveness', {
      text: `Анализ эффективности за ${a.name}: выводов по мерам ${Object.keys(a.conclusions).length}, проблем ${a.problems.length}`,
      link: `/effectiveness?direction=${encodeURIComponent(a.direction_code)}`,
    });
  }

  const goals = await db
    .selectFrom('cycle_goal')
    .select(['direction_code', 'cycle', 'text'])
    .where('scope_org_id', '=', territoryId)
    .execute();
  for (const g of goals) push(g.direction_code, 'goals', { text: `Цель цикла «${g.cycle}» (из анализа эффективности): ${g.text}` });
  return out;
}
