import { describe, expect, it } from 'vitest';
import { orgClosedLabel } from './org-closed-label.ts';

describe('orgClosedLabel', () => {
  it('says closed or merged with the date as dd.mm.yyyy', () => {
    expect(orgClosedLabel({ closedOn: null, mergedInto: null })).toBeNull();
    expect(orgClosedLabel({ closedOn: '2026-09-01', mergedInto: null })).toBe('закрыта с 01.09.2026');
    expect(orgClosedLabel({ closedOn: '2026-09-01', mergedInto: { name: 'Школа № 2' } })).toBe('присоединена к «Школа № 2» с 01.09.2026');
  });
});
