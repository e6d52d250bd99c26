import { describe, expect, it } from 'vitest';
import { demoSubCounts } from './demo-sub-counts.ts';

const row = (elementCode: string, value: number, breakdown: Record<string, string | number> = {}) => ({
  orgCode: '99-01-001',
  periodCode: '2025/2026',
  elementCode,
  breakdown,
  value,
});
const known = new Set([
  'teachers_highest_category',
  'teachers_first_category',
  'teachers_higher_education',
  'teachers_under_35',
  'teachers_experience_under_3y',
  'ped_workers_trained_3y',
  'admin_workers_mgmt_education',
  'vpr_mark_2',
  'vpr_mark_3',
  'vpr_mark_4',
  'vpr_mark_5',
  'oge_mark_4',
  'oge_mark_5',
]);

describe('demoSubCounts', () => {
  it('makes parts that never exceed their totals, for many seeds', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const rows = demoSubCounts(
        [
          row('teachers_total', 37),
          row('ped_workers_total', 41),
          row('admin_workers_total', 3),
          row('vpr_participants', 23, { grade: 4, subject: 'rus' }),
          row('oge_participants', 18, { subject: 'math' }),
        ],
        seed,
        known,
      );
      const v = (code: string) => rows.find((r) => r.elementCode === code)?.value ?? Number.NaN;
      expect(v('teachers_highest_category') + v('teachers_first_category')).toBeLessThanOrEqual(37);
      for (const code of ['teachers_higher_education', 'teachers_under_35', 'teachers_experience_under_3y'])
        expect(v(code)).toBeLessThanOrEqual(37);
      expect(v('ped_workers_trained_3y')).toBeLessThanOrEqual(41);
      expect(v('admin_workers_mgmt_education')).toBeLessThanOrEqual(3);
      expect(v('vpr_mark_2') + v('vpr_mark_3') + v('vpr_mark_4') + v('vpr_mark_5')).toBe(23);
      expect(v('oge_mark_4') + v('oge_mark_5')).toBeLessThanOrEqual(18);
      expect(rows.every((r) => Number.isInteger(r.value) && r.value >= 0)).toBe(true);
    }
  });

  it('keeps what the demo has, counts the given «2» in, and writes only known elements', () => {
    const rows = demoSubCounts(
      [
        row('vpr_participants', 20, { grade: 4, subject: 'math' }),
        row('vpr_mark_2', 3, { grade: 4, subject: 'math' }),
        row('vpr_participants', 20, { grade: 5, subject: 'math' }),
      ],
      7,
      new Set(['vpr_mark_3', 'vpr_mark_4', 'vpr_mark_5']),
    );
    expect(rows.map((r) => r.elementCode).sort()).toEqual(['vpr_mark_3', 'vpr_mark_4', 'vpr_mark_5']); // grade 5 untouched, «2» kept
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(17);
  });
});
