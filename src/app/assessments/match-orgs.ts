import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { OrgRef } from '../../domain/assessment/assessment-kind.ts';
import { nameSimilarity } from '../../domain/assessment/name-similarity.ts';
import { normaliseName } from '../../domain/assessment/org-key.ts';
import type { TallyOrg } from '../../domain/assessment/tally.ts';
import type { PlaceMatch } from '../../api/place-match.ts';

export type { PlaceMatch };

interface RegisterOrg {
  id: number;
  parent_id: number | null;
  kind: string;
  name: string;
  short_name: string | null;
  code: string;
  inn: string | null;
  ogrn: string | null;
  fis_oko_code: string | null;
  aliases: string[];
}

/** Candidates at least this alike are proposed; the best one is pre-selected from this similarity. */
const CANDIDATE_MIN = 0.5;
const PRESELECT_MIN = 0.75;

/**
 * Matches the organisations a file names to the register inside the territory (`path`): by code
 * (or ФИС ОКО code), ИНН, ОГРН, then name, short name or alias (case, «ё», quotes and spaces do not
 * count); a municipality and region the file names are matched the same way, and an organisation
 * is looked for in its municipality first. What is not found gets the most alike names as
 * candidates; a place found nowhere is proposed for creation when its parent is known. Nothing is
 * created here.
 */
export async function matchOrgs(
  db: Kysely<Database>,
  territoryPath: string | null,
  orgs: readonly TallyOrg[],
  canCreateRegion: boolean,
): Promise<PlaceMatch[]> {
  let q = db
    .selectFrom('org')
    .select(['id', 'parent_id', 'kind', 'name', 'short_name', 'code', 'inn', 'ogrn', 'fis_oko_code', 'aliases', 'path']);
  if (territoryPath !== null) q = q.where('path', 'like', `${territoryPath}%`);
  const register = (await q.execute()).map((o) => ({ ...o, aliases: (o.aliases as unknown as string[]) ?? [] })) as (RegisterOrg & {
    path: string;
  })[];
  const byId = new Map(register.map((o) => [o.id, o]));
  const namesOf = (o: RegisterOrg) => [o.name, o.short_name, ...o.aliases].filter((n): n is string => !!n);
  const where = (o: RegisterOrg) => {
    const parent = o.parent_id === null ? undefined : byId.get(o.parent_id);
    return parent ? parent.name : '';
  };
  const find = (kind: string, name: string, parentId: number | null | undefined): { org: RegisterOrg; by: 'name' | 'alias' } | null => {
    const n = normaliseName(name);
    const pool = register.filter((o) => o.kind === kind && (parentId === undefined || o.parent_id === parentId));
    const exact = pool.filter((o) => normaliseName(o.name) === n || (o.short_name !== null && normaliseName(o.short_name) === n));
    if (exact.length === 1) return { org: exact[0]!, by: 'name' };
    const alias = pool.filter((o) => o.aliases.some((a) => normaliseName(a) === n));
    if (alias.length === 1 && exact.length === 0) return { org: alias[0]!, by: 'alias' };
    return null;
  };
  const candidatesOf = (kind: string, name: string, parentId: number | null | undefined) =>
    register
      .filter((o) => o.kind === kind && (parentId === undefined || parentId === null || o.parent_id === parentId))
      .map((o) => ({ o, s: Math.max(...namesOf(o).map((n) => nameSimilarity(name, n))) }))
      .filter((c) => c.s >= CANDIDATE_MIN)
      .sort((a, b) => b.s - a.s)
      .slice(0, 3)
      .map((c) => ({ orgId: c.o.id, name: c.o.name, where: where(c.o), similarity: Math.round(c.s * 100) / 100 }));

  const places = new Map<string, PlaceMatch>();
  const territory = territoryPath === null ? null : (register.find((o) => o.path === territoryPath) ?? null);
  const place = (level: PlaceMatch['level'], key: string, label: string, name: string | null, parentKey: string | null, o: TallyOrg) => {
    const p = places.get(key) ?? {
      key,
      level,
      label,
      name,
      parentKey,
      rows: 0,
      lines: [],
      orgId: null,
      by: null,
      candidates: [],
      proposal: 'skip' as const,
    };
    p.rows += o.rows;
    if (p.lines.length < 5) p.lines.push(...o.lines.slice(0, 5 - p.lines.length));
    places.set(key, p);
    return p;
  };
  const parentIdOf = (p: PlaceMatch | null): number | null | undefined => (p === null ? undefined : p.orgId);

  for (const o of orgs) {
    const ref: OrgRef = o.ref;
    let regionPlace: PlaceMatch | null = null;
    if (ref.region && territory?.kind !== 'municipality') {
      const key = `region:${normaliseName(ref.region)}`;
      regionPlace = place('region', key, ref.region, ref.region, null, o);
      if (regionPlace.rows === o.rows) {
        if (territory?.kind === 'region') {
          regionPlace.orgId = territory.id;
          regionPlace.by = normaliseName(territory.name) === normaliseName(ref.region) ? 'name' : null;
          regionPlace.proposal = 'match';
          if (regionPlace.by === null) regionPlace.candidates = [{ orgId: territory.id, name: territory.name, where: '', similarity: 0 }];
        } else {
          const hit = find('region', ref.region, undefined);
          if (hit) Object.assign(regionPlace, { orgId: hit.org.id, by: hit.by, proposal: 'match' });
          else {
            regionPlace.candidates = candidatesOf('region', ref.region, undefined);
            regionPlace.proposal = canCreateRegion ? 'create' : 'skip';
          }
        }
      }
    }
    let munPlace: PlaceMatch | null = null;
    if (ref.municipality && territory?.kind !== 'municipality') {
      const key = `mun:${normaliseName(ref.region)}|${normaliseName(ref.municipality)}`;
      munPlace = place('municipality', key, ref.municipality, ref.municipality, regionPlace?.key ?? null, o);
      if (munPlace.rows === o.rows) {
        const parentId = regionPlace ? parentIdOf(regionPlace) : territory?.kind === 'region' ? territory.id : undefined;
        const hit = parentId === null ? null : find('municipality', ref.municipality, parentId);
        if (hit) Object.assign(munPlace, { orgId: hit.org.id, by: hit.by, proposal: 'match' });
        else {
          munPlace.candidates = parentId === null ? [] : candidatesOf('municipality', ref.municipality, parentId);
          const best = munPlace.candidates[0];
          munPlace.proposal =
            best && best.similarity >= PRESELECT_MIN ? 'match' : regionPlace || territory?.kind === 'region' ? 'create' : 'skip';
        }
      }
    }
    // a school the file names without a municipality (one the region runs itself) sits under the region
    const parentPlace = munPlace ?? regionPlace;
    const p = place('organisation', o.key, ref.code ?? ref.inn ?? ref.name ?? o.key, ref.name ?? null, parentPlace?.key ?? null, o);
    if (p.rows !== o.rows) continue;
    const exact = register.filter((r) => r.kind === 'organisation');
    if (ref.code) {
      const hit = exact.find((r) => r.code === ref.code || r.fis_oko_code === ref.code);
      if (hit) Object.assign(p, { orgId: hit.id, by: 'code', proposal: 'match' });
    }
    if (p.orgId === null && ref.inn) {
      const hits = exact.filter((r) => r.inn === ref.inn);
      if (hits.length === 1) Object.assign(p, { orgId: hits[0]!.id, by: 'inn', proposal: 'match' });
    }
    if (p.orgId === null && ref.ogrn) {
      const hits = exact.filter((r) => r.ogrn === ref.ogrn);
      if (hits.length === 1) Object.assign(p, { orgId: hits[0]!.id, by: 'ogrn', proposal: 'match' });
    }
    if (p.orgId === null && ref.name) {
      const parentId = parentPlace ? parentIdOf(parentPlace) : territory?.kind === 'municipality' ? territory.id : undefined;
      const hit = parentId === null ? null : find('organisation', ref.name, parentId);
      if (hit) Object.assign(p, { orgId: hit.org.id, by: hit.by, proposal: 'match' });
      else {
        p.candidates = parentId === null ? [] : candidatesOf('organisation', ref.name, parentId);
        const best = p.candidates[0];
        const parentKnown = parentPlace !== null || territory?.kind === 'municipality';
        p.proposal = best && best.similarity >= PRESELECT_MIN ? 'match' : parentKnown ? 'create' : 'skip';
      }
    }
  }
  return [...places.values()];
}
