import type { OrgKind, Role } from '../api/types.ts';
import type { RoundInput } from '../api/scoring-api.ts';

export type RoundKind = RoundInput['kind'];

/** The fields of «Открыть раунд» (objects and their scorers are edited beside the form). */
export interface RoundFormValues {
  name: string;
  frameworkId: number;
  periodId: number;
  scopeOrgId: number;
  kind: RoundKind;
  includeOptional: boolean;
}

/** Scorers chosen per object id. */
export type ScorerChoice = Record<number, number[]>;

/** Who may be assigned: experts score an expert round; operators and experts a self-assessment (as the server checks). */
export function eligibleScorer(role: Role, kind: RoundKind): boolean {
  return kind === 'expert' ? role === 'expert' : ['admin', 'regional_operator', 'municipal_operator', 'expert'].includes(role);
}

interface Territory {
  id: number;
  kind: OrgKind;
  name: string;
  code: string;
}

/** What a round over a territory scores: its municipalities (region) or organisations (municipality); a self-assessment the territory itself. */
export function roundObjects<T extends Territory>(scope: T | undefined, children: readonly T[], kind: RoundKind): T[] {
  if (!scope) return [];
  if (kind === 'self') return [scope];
  const childKind: OrgKind = scope.kind === 'region' ? 'municipality' : 'organisation';
  return children.filter((c) => c.kind === childKind).sort((a, b) => a.code.localeCompare(b.code));
}

/** Assigns the same scorers to every chosen object (adding to those already assigned). */
export function assignToAll(choice: ScorerChoice, objectIds: readonly number[], scorerIds: readonly number[]): ScorerChoice {
  const out: ScorerChoice = { ...choice };
  for (const id of objectIds) out[id] = [...new Set([...(choice[id] ?? []), ...scorerIds])];
  return out;
}

/** Objects chosen without a scorer (the server refuses them). */
export function objectsWithoutScorers(objectIds: readonly number[], choice: ScorerChoice): number[] {
  return objectIds.filter((id) => (choice[id] ?? []).length === 0);
}

/** The body of POST /api/scoring/rounds. */
export function buildRoundInput(values: RoundFormValues, objectIds: readonly number[], choice: ScorerChoice): RoundInput {
  return {
    name: values.name.trim(),
    frameworkId: values.frameworkId,
    periodId: values.periodId,
    scopeOrgId: values.scopeOrgId,
    kind: values.kind,
    includeOptional: values.includeOptional,
    objects: objectIds.map((orgId) => ({ orgId, scorerIds: choice[orgId] ?? [] })),
  };
}
