import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import type { DemoValueRow } from './demo-values.ts';
import { seededRandom, type SeededRandom } from '../../domain/statistics/seeded-random.ts';

/**
 * Demo values that are parts of totals the demo already has: teachers by category, education, age
 * and experience out of `teachers_total`; trained pedagogues out of `ped_workers_total`; managers
 * with a management degree out of `admin_workers_total`; grade-4 ВПР marks and ОГЭ «4»/«5» out
 * of the participants. They feed the leader-effectiveness indicators of seed 003 (D1.06, D2.01,
 * D2.02, D5.1.03–D5.1.07), and every part is at most its total, so no share exceeds 100 %.
 * Rows the demo already has are never replaced; only elements in `known` are written.
 */
export function demoSubCounts(rows: readonly DemoValueRow[], seed: number, known: ReadonlySet<string>): DemoValueRow[] {
  const rnd = seededRandom(seed);
  const key = (r: Pick<DemoValueRow, 'orgCode' | 'periodCode' | 'elementCode' | 'breakdown'>) =>
    `${r.orgCode}|${r.periodCode}|${r.elementCode}|${breakdownKey(r.breakdown)}`;
  const have = new Map(rows.map((r) => [key(r), r.value]));
  const out: DemoValueRow[] = [];
  const put = (from: DemoValueRow, elementCode: string, value: number, breakdown: DemoValueRow['breakdown'] = from.breakdown) => {
    const row = { orgCode: from.orgCode, periodCode: from.periodCode, elementCode, breakdown, value };
    if (!known.has(elementCode) || have.has(key(row))) return;
    have.set(key(row), value);
    out.push(row);
  };
  for (const r of rows) {
    const n = r.value;
    if (!Number.isInteger(n) || n < 0) continue;
    switch (r.elementCode) {
      case 'teachers_total': {
        const highest = part(rnd, n, 0.15, 0.4);
        put(r, 'teachers_highest_category', highest);
        put(r, 'teachers_first_category', Math.min(n - highest, part(rnd, n, 0.2, 0.4)));
        put(r, 'teachers_higher_education', part(rnd, n, 0.7, 0.98));
        put(r, 'teachers_under_35', part(rnd, n, 0.08, 0.35));
        put(r, 'teachers_experience_under_3y', part(rnd, n, 0.02, 0.15));
        break;
      }
      case 'ped_workers_total':
        put(r, 'ped_workers_trained_3y', rnd.next() < 0.35 ? n : part(rnd, n, 0.6, 0.97));
        break;
      case 'admin_workers_total':
        put(r, 'admin_workers_mgmt_education', rnd.next() < 0.4 ? n : part(rnd, n, 0.3, 0.9));
        break;
      case 'vpr_participants': {
        if (String(r.breakdown.grade) !== '4') break;
        const given = have.get(key({ ...r, elementCode: 'vpr_mark_2' }));
        // About half the schools have no «2» in grade 4: they meet seed 003 D2.01's 100 % condition.
        const twos = Math.min(n, given ?? (rnd.next() < 0.5 ? 0 : rnd.int(1, Math.max(1, Math.round(n * 0.1)))));
        if (given === undefined) put(r, 'vpr_mark_2', twos);
        const rest = n - twos;
        const fives = part(rnd, rest, 0.15, 0.35);
        const fours = part(rnd, rest - fives, 0.4, 0.6);
        put(r, 'vpr_mark_5', fives);
        put(r, 'vpr_mark_4', fours);
        put(r, 'vpr_mark_3', rest - fives - fours);
        break;
      }
      case 'oge_participants': {
        const fives = part(rnd, n, 0.1, 0.35);
        put(r, 'oge_mark_5', fives);
        put(r, 'oge_mark_4', Math.min(n - fives, part(rnd, n, 0.2, 0.45)));
        break;
      }
    }
  }
  return out;
}

/** A whole share of n between the bounds. */
function part(rnd: SeededRandom, n: number, low: number, high: number): number {
  return Math.min(n, Math.round(n * (low + (high - low) * rnd.next())));
}
