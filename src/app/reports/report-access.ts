import { actorSees, type Actor } from '../actor.ts';
import { isOperator } from '../campaigns/campaign-record.ts';
import { forbidden } from '../app-error.ts';

/**
 * Reports belong to a territory (a municipality or the region). Its operators write them and take
 * them through the working group and approval; whoever else sees the territory (observers,
 * experts of it) reads them; an organisation's representative reads the reports about their
 * organisation once approved. The public reads only what is published (public-queries).
 */
export function assertWritesReports(actor: Actor, territoryPath: string): void {
  if (!isOperator(actor) || !actorSees(actor, territoryPath)) {
    throw forbidden('Аналитические отчёты готовит и ведёт оператор мониторинга этой территории.');
  }
}

export interface ReportVisibility {
  territoryPath: string;
  orgId: number | null;
  status: string;
}

export function seesReport(actor: Actor, r: ReportVisibility): boolean {
  if (actorSees(actor, r.territoryPath)) return true;
  return r.orgId !== null && actor.scopeOrgId === r.orgId && (r.status === 'approved' || r.status === 'published');
}
