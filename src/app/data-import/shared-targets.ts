import type { PlaceMatch } from '../assessments/match-orgs.ts';

/**
 * A name only alike (not found for sure) must not take an organisation of the register that
 * another row of the file already has, for sure or by likeness: one organisation's values cannot
 * come from two rows. Such places lose their preselected candidate and are proposed for creation
 * (their candidates stay, for a decision by hand). Returns how many were changed.
 */
export function dropSharedCandidates(places: PlaceMatch[], resolved: ReadonlyMap<string, number>): number {
  const taken = new Set(resolved.values());
  const alike = new Map<number, number>();
  const preselected = (p: PlaceMatch) =>
    p.level === 'organisation' && p.proposal === 'match' && p.by === null ? p.candidates[0]?.orgId : undefined;
  for (const p of places) {
    const id = preselected(p);
    if (id !== undefined) alike.set(id, (alike.get(id) ?? 0) + 1);
  }
  let changed = 0;
  for (const p of places) {
    const id = preselected(p);
    if (id === undefined || (!taken.has(id) && alike.get(id) === 1)) continue;
    p.proposal = 'create';
    changed++;
  }
  return changed;
}

/** Organisations of the register that more than one row of the file would write to, with those rows. */
export function sharedTargets(
  targets: ReadonlyMap<string, number | 'create'>,
  lines: ReadonlyMap<string, number>,
  keysWithValues: ReadonlySet<string>,
): { orgId: number; lines: number[] }[] {
  const byOrg = new Map<number, number[]>();
  for (const [key, target] of targets) {
    if (target === 'create' || !keysWithValues.has(key)) continue;
    byOrg.set(target, [...(byOrg.get(target) ?? []), lines.get(key) ?? 0]);
  }
  return [...byOrg].filter(([, rows]) => rows.length > 1).map(([orgId, rows]) => ({ orgId, lines: rows.sort((a, b) => a - b) }));
}
