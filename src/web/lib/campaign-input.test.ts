import { describe, expect, it } from 'vitest';
import type { Indicator, Period } from '../api/types.ts';
import {
  buildCampaignInput,
  chosenPeriodKind,
  indicatorOptionLabel,
  indicatorOrgTypes,
  periodsOfKind,
  reportedIndicators,
} from './campaign-input.ts';

type Offered = Pick<Indicator, 'code' | 'name' | 'method' | 'periodKind' | 'orgTypes'>;
const d103: Offered = { code: 'D1.03', name: 'доля выпускников', method: 'form', periodKind: 'school_year', orgTypes: ['school'] };
const indicators: Offered[] = [
  d103,
  { code: 'D1.10', name: 'средний балл', method: 'assessment_import', periodKind: 'school_year', orgTypes: ['school'] },
  { code: 'D4.01', name: 'охват', method: 'survey', periodKind: 'calendar_year', orgTypes: ['kindergarten', 'school'] },
];

const periods: Period[] = [
  {
    id: 1,
    code: '2025',
    kind: 'calendar_year',
    name: '2025 год',
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    closedAt: null,
    closedBy: null,
  },
  {
    id: 2,
    code: '2025/2026',
    kind: 'school_year',
    name: '2025/2026 учебный год',
    startsOn: '2025-09-01',
    endsOn: '2026-08-31',
    closedAt: null,
    closedBy: null,
  },
];

describe('campaign input', () => {
  it('offers the indicators organisations report themselves, as «код — название»', () => {
    expect(reportedIndicators(indicators).map((i) => i.code)).toEqual(['D1.03', 'D4.01']);
    expect(indicatorOptionLabel(d103)).toBe('D1.03 — доля выпускников');
  });

  it('filters the periods by the kind the chosen indicators share', () => {
    expect(chosenPeriodKind(indicators, ['D1.03'])).toBe('school_year');
    expect(chosenPeriodKind(indicators, ['D1.03', 'D4.01'])).toBeNull();
    expect(chosenPeriodKind(indicators, [])).toBeNull();
    expect(periodsOfKind(periods, 'school_year').map((p) => p.id)).toEqual([2]);
    expect(periodsOfKind(periods, null).map((p) => p.id)).toEqual([1, 2]);
  });

  it('names the organisation types the indicators concern', () => {
    expect(indicatorOrgTypes(indicators, ['D1.03'])).toEqual(['school']);
    expect(indicatorOrgTypes(indicators, []).sort()).toEqual(['kindergarten', 'school']);
  });

  it('builds the request: trimmed text, null for all indicators, dates only when given', () => {
    expect(
      buildCampaignInput({
        name: ' Сбор ',
        frameworkId: 3,
        periodId: 2,
        scopeOrgId: 7,
        indicatorCodes: [],
        responsible: ' Иванова И. И. ',
        startsOn: '',
      }),
    ).toEqual({
      name: 'Сбор',
      frameworkId: 3,
      periodId: 2,
      scopeOrgId: 7,
      indicatorCodes: null,
      participants: {},
      responsible: 'Иванова И. И.',
    });
    expect(
      buildCampaignInput({
        name: 'Сбор',
        frameworkId: 3,
        periodId: 2,
        scopeOrgId: 7,
        indicatorCodes: ['D1.03'],
        orgTypes: ['school'],
        orgIds: [11],
        responsible: 'Иванова',
        startsOn: '2026-01-10',
        deadline: '2026-01-31',
      }),
    ).toEqual({
      name: 'Сбор',
      frameworkId: 3,
      periodId: 2,
      scopeOrgId: 7,
      indicatorCodes: ['D1.03'],
      participants: { orgTypes: ['school'], orgIds: [11] },
      responsible: 'Иванова',
      startsOn: '2026-01-10',
      deadline: '2026-01-31',
    });
  });
});
