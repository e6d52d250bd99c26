import { describe, expect, it } from 'vitest';
import type { Candidate, Leader } from './personnel.ts';
import { registerValues, type RegisterValue } from './register-values.ts';

const schoolYear = { startsOn: '2024-09-01', endsOn: '2025-08-31' };
const head = (over: Partial<Leader>): Leader => ({
  id: 1,
  orgId: 100,
  postKind: 'head',
  appointedOn: '2015-09-01',
  leftOn: null,
  educationLevel: 'higher',
  mgmtEducation: null,
  events: [],
  ...over,
});
const candidate = (over: Partial<Candidate>): Candidate => ({
  id: 10,
  municipalityId: 9,
  nominatedOn: '2024-01-15',
  enrolledOn: null,
  excludedOn: null,
  appointedOn: null,
  events: [],
  plan: [],
  ...over,
});
const values = (rows: RegisterValue[]) => Object.fromEntries(rows.map((r) => [`${r.objectId}|${r.element}|${r.breakdown}`, r.value]));

describe('registerValues: leaders', () => {
  it('one row per element for each head in post at the end of the period, named by person', () => {
    const rows = registerValues({
      period: schoolYear,
      leaders: [
        head({
          mgmtEducation: 'Менеджмент',
          events: [
            { kind: 'quality_assessment', heldOn: '2025-03-10' },
            { kind: 'competence_assessment', heldOn: '2023-05-01', level: 'low' },
            { kind: 'competence_assessment', heldOn: '2025-04-01', level: 'high' },
            { kind: 'deficit_diagnostics', heldOn: '2024-10-01', voluntary: true },
            { kind: 'training', heldOn: '2022-09-01', relevant: true }, // within three years before 31.08.2025
          ],
        }),
        head({ id: 2, orgId: 101, postKind: 'deputy' }), // deputies are not in «доля руководителей»
        head({ id: 3, orgId: 102, leftOn: '2025-06-30' }), // left before the period ended
      ],
      candidates: [],
      policies: new Map(),
    });
    expect(values(rows)).toEqual({
      '100|leader_mgmt_quality_assessed|person=1': 1,
      '100|leader_competences_high|person=1': 1,
      '100|leader_required_qualification|person=1': 1,
      '100|leader_deficit_diagnostics_voluntary|person=1': 1,
      '100|leader_training_3y|person=1': 1,
      '100|leader_mgmt_education|person=1': 1,
    });
  });

  it('reads each rule at its boundary: training older than three years, involuntary diagnostics, the latest assessment, no degree', () => {
    const rows = registerValues({
      period: schoolYear,
      leaders: [
        head({
          educationLevel: 'secondary_vocational',
          mgmtEducation: 'Управление персоналом',
          events: [
            { kind: 'training', heldOn: '2022-08-31', relevant: true }, // exactly three years: out
            { kind: 'training', heldOn: '2025-01-01', relevant: false }, // not on a current direction
            { kind: 'deficit_diagnostics', heldOn: '2025-02-01', voluntary: false },
            { kind: 'competence_assessment', heldOn: '2024-01-01', level: 'high' },
            { kind: 'competence_assessment', heldOn: '2025-01-01', level: 'medium' },
            { kind: 'quality_assessment', heldOn: '2024-08-31' }, // the day before the period
          ],
        }),
      ],
      candidates: [],
      policies: new Map(),
    });
    expect(values(rows)).toEqual({
      '100|leader_mgmt_quality_assessed|person=1': 0,
      '100|leader_competences_high|person=1': 0,
      '100|leader_required_qualification|person=1': 0, // management training but no higher education
      '100|leader_deficit_diagnostics_voluntary|person=1': 0,
      '100|leader_training_3y|person=1': 0,
      '100|leader_mgmt_education|person=1': 1,
    });
  });
});

describe('registerValues: reserve', () => {
  const year = { startsOn: '2025-01-01', endsOn: '2025-12-31' };
  it('one row per element for each candidate of the period, at the municipality', () => {
    const rows = registerValues({
      period: year,
      leaders: [],
      candidates: [
        candidate({
          enrolledOn: '2025-03-01',
          appointedOn: '2025-11-20',
          events: [
            { kind: 'diagnostics', heldOn: '2025-02-10', passed: true },
            { kind: 'training', heldOn: '2024-11-01' }, // last year
          ],
          plan: [
            { dueOn: '2025-06-01', doneOn: '2025-05-20' },
            { dueOn: '2025-09-01', doneOn: null },
            { dueOn: '2026-03-01', doneOn: null }, // not due by the end of 2025
          ],
        }),
        candidate({ id: 11, excludedOn: '2024-12-31' }), // excluded before the year: not counted
        candidate({ id: 12, nominatedOn: '2026-01-10' }), // nominated after it
      ],
      policies: new Map(),
    });
    expect(values(rows)).toEqual({
      '9|reserve_diagnostics_covered|person=10': 1,
      '9|reserve_diagnostics_passed|person=10': 1,
      '9|reserve_trained_in_period|person=10': 0,
      '9|reserve_enrolled|person=10': 1,
      '9|reserve_appointed_in_period|person=10': 1,
      '9|reserve_has_development_plan|person=10': 1,
      '9|reserve_plan_completion|person=10': 50, // 1 of the 2 items due by 31.12.2025
    });
  });

  it('an appointed candidate leaves the reserve: counted in the year of appointment, not after', () => {
    const appointed = candidate({
      enrolledOn: '2024-03-01',
      appointedOn: '2024-09-01',
      plan: [{ dueOn: '2024-06-01', doneOn: '2024-05-01' }],
    });
    const of = (period: typeof year) => registerValues({ period, leaders: [], candidates: [appointed], policies: new Map() });
    expect(values(of({ startsOn: '2024-01-01', endsOn: '2024-12-31' }))['9|reserve_appointed_in_period|person=10']).toBe(1);
    expect(of(year)).toEqual([]);
  });

  it('the policy flags count from the order that adopted them', () => {
    const policy = {
      criteria: ['стаж не менее 3 лет'],
      trainingSystem: 'программа «Школа резерва»',
      supportMechanism: '',
      orderDate: '2025-06-01',
    };
    const of = (period: typeof year) => values(registerValues({ period, leaders: [], candidates: [], policies: new Map([[9, policy]]) }));
    expect(of(year)).toEqual({
      '9|reserve_selection_criteria|': 1,
      '9|reserve_training_system|': 1,
      '9|reserve_development_support|': 0,
    });
    expect(of({ startsOn: '2024-01-01', endsOn: '2024-12-31' })['9|reserve_selection_criteria|']).toBe(0);
  });
});
