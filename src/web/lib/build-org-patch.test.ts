import { describe, expect, it } from 'vitest';
import type { OrgDetail } from '../api/types.ts';
import { buildOrgPatch, orgToEditValues } from './build-org-patch.ts';

const org: OrgDetail = {
  id: 3,
  parentId: 2,
  kind: 'organisation',
  type: 'school',
  name: 'Школа № 1',
  shortName: 'СОШ № 1',
  code: '99-01-001',
  childCount: 0,
  isDemo: true,
  inn: null,
  ogrn: null,
  fisOkoCode: null,
  aliases: ['СОШ №1'],
  attributes: { settlement: 'urban', pupils: 800, headName: 'Иванова И. И.', note: 'n' },
  groups: [],
  path: [],
  childrenByType: {},
  closedOn: null,
  closedReason: null,
  mergedInto: null,
  version: 7,
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('buildOrgPatch', () => {
  it('returns null when nothing changed', () => {
    expect(buildOrgPatch(org, orgToEditValues(org))).toBeNull();
  });
  it('sends only changed fields with the version; attributes as a whole', () => {
    const values = { ...orgToEditValues(org), shortName: '  ', pupils: 810, headName: '' };
    expect(buildOrgPatch(org, values)).toEqual({
      version: 7,
      shortName: null,
      attributes: { settlement: 'urban', pupils: 810, note: 'n' },
    });
  });
  it('leaves attributes that are not in the form untouched', () => {
    const { name } = orgToEditValues(org);
    expect(buildOrgPatch(org, { name: `${name}!` })).toEqual({ version: 7, name: 'Школа № 1!' });
  });
  it("writes the name of a territory's education authority, trimmed, and removes it when cleared", () => {
    const district: OrgDetail = { ...org, kind: 'municipality', type: null, attributes: { centre: 'пгт Промышленная' } };
    const named = { ...orgToEditValues(district), authority: '  Управление образования Промышленновского муниципального округа ' };
    expect(buildOrgPatch(district, named)).toEqual({
      version: 7,
      attributes: { centre: 'пгт Промышленная', authority: 'Управление образования Промышленновского муниципального округа' },
    });
    const withName: OrgDetail = { ...district, attributes: { centre: 'пгт Промышленная', authority: 'Управление образования' } };
    expect(orgToEditValues(withName).authority).toBe('Управление образования');
    expect(buildOrgPatch(withName, { ...orgToEditValues(withName), authority: '' })).toEqual({
      version: 7,
      attributes: { centre: 'пгт Промышленная' },
    });
  });
});
