import type { DemoValueRow } from './demo-values.ts';
import { seededRandom } from '../../domain/statistics/seeded-random.ts';

/** Share of the pupils at the best and at the worst social conditions, per context element (seed 004 §2.1.2.3). */
const CONTEXT: Record<string, [number, number]> = {
  orphan_pupils: [0.004, 0.06],
  low_income_family_pupils: [0.08, 0.45],
  single_parent_family_pupils: [0.15, 0.45],
  risk_group_pupils: [0.02, 0.16],
  pdn_registered_pupils: [0.0, 0.02],
};

/**
 * The social context of the demo schools (seed 004: orphans, low-income and incomplete families,
 * pupils in risk groups and on the police register), out of each school's pupils in each school
 * year. Each school has its own level of disadvantage, steady over the years: most schools are
 * near the best shares, about one in six (more among the weak ones, codes ending in 7) near the
 * worst, so the ШФНСУ rule has schools to find. Only elements in `known` are written.
 */
export function demoContextValues(rows: readonly DemoValueRow[], seed: number, known: ReadonlySet<string>): DemoValueRow[] {
  const pupils = new Map<string, { orgCode: string; periodCode: string; value: number }>();
  for (const r of rows) {
    if (r.elementCode !== 'pupils_total' || !r.periodCode.includes('/')) continue;
    const k = `${r.orgCode}|${r.periodCode}`;
    const p = pupils.get(k) ?? { orgCode: r.orgCode, periodCode: r.periodCode, value: 0 };
    p.value += r.value;
    pupils.set(k, p);
  }
  const level = new Map<string, number>();
  const levelOf = (orgCode: string) => {
    let l = level.get(orgCode);
    if (l === undefined) {
      const rnd = seededRandom(seed + ([...orgCode].reduce((s, ch) => s * 31 + ch.charCodeAt(0), 7) % 100_000));
      const poor = rnd.next() < (orgCode.endsWith('7') ? 0.6 : 0.12);
      l = poor ? 0.7 + rnd.next() * 0.3 : rnd.next() * 0.35;
      level.set(orgCode, l);
    }
    return l;
  };
  const out: DemoValueRow[] = [];
  const rnd = seededRandom(seed);
  for (const p of [...pupils.values()].sort((a, b) => (a.orgCode + a.periodCode).localeCompare(b.orgCode + b.periodCode))) {
    const l = levelOf(p.orgCode);
    for (const [elementCode, [best, worst]] of Object.entries(CONTEXT)) {
      if (!known.has(elementCode)) continue;
      const share = Math.max(0, best + (worst - best) * l + (rnd.next() - 0.5) * 0.1 * (worst - best));
      out.push({ orgCode: p.orgCode, periodCode: p.periodCode, elementCode, breakdown: {}, value: Math.round(p.value * share) });
    }
  }
  return out;
}
