import { describe, expect, it } from 'vitest';
import { grantableRoles, leavesNoAdministrator, mayChange, mayManage, USER_MANAGERS, type Manager } from './user-management.ts';

const admin: Manager = { userId: 1, role: 'admin', scopePath: null };
const regional: Manager = { userId: 2, role: 'regional_operator', scopePath: '/1/' };
const municipal: Manager = { userId: 3, role: 'municipal_operator', scopePath: '/1/5/' };
const school = '/1/5/23/';
const otherSchool = '/1/6/40/';

describe('who manages whose account', () => {
  it('admits administrators and operators only', () => {
    expect(USER_MANAGERS).toEqual(['admin', 'regional_operator', 'municipal_operator']);
    expect(grantableRoles('expert')).toEqual([]);
    expect(mayManage({ userId: 9, role: 'viewer', scopePath: '/1/' }, { userId: null, role: 'viewer', scopePath: school })).toMatchObject({
      ok: false,
      reason: 'not_manager',
    });
  });

  it('lets the administrator manage every account but its own', () => {
    expect(mayManage(admin, { userId: 7, role: 'admin', scopePath: null })).toEqual({ ok: true });
    expect(mayManage(admin, { userId: null, role: 'org_representative', scopePath: school })).toEqual({ ok: true });
    expect(mayManage(admin, { userId: 1, role: 'admin', scopePath: null })).toMatchObject({ ok: false, reason: 'own_account' });
  });

  it('lets a municipal operator manage representatives, experts and viewers of its municipality only', () => {
    expect(mayManage(municipal, { userId: null, role: 'org_representative', scopePath: school })).toEqual({ ok: true });
    expect(mayManage(municipal, { userId: 10, role: 'viewer', scopePath: '/1/5/' })).toEqual({ ok: true });
    expect(mayManage(municipal, { userId: null, role: 'org_representative', scopePath: otherSchool })).toMatchObject({
      ok: false,
      reason: 'out_of_scope',
    });
    const peer = mayManage(municipal, { userId: 11, role: 'municipal_operator', scopePath: '/1/5/' });
    expect(peer).toMatchObject({ ok: false, reason: 'role_not_grantable' });
    expect(peer.ok ? '' : peer.message).toContain('«Муниципальный оператор» вам недоступна');
    expect(mayManage(municipal, { userId: null, role: 'admin', scopePath: null })).toMatchObject({
      ok: false,
      reason: 'role_not_grantable',
    });
    // a viewer of the whole region is above the municipality
    expect(mayManage(municipal, { userId: 12, role: 'viewer', scopePath: '/1/' })).toMatchObject({ ok: false, reason: 'out_of_scope' });
  });

  it('lets a regional operator manage municipal operators in its region but not other regional operators', () => {
    expect(mayManage(regional, { userId: 3, role: 'municipal_operator', scopePath: '/1/5/' })).toEqual({ ok: true });
    expect(mayManage(regional, { userId: 4, role: 'regional_operator', scopePath: '/1/' })).toMatchObject({ reason: 'role_not_grantable' });
    expect(mayManage(regional, { userId: null, role: 'viewer', scopePath: '/2/' })).toMatchObject({ reason: 'out_of_scope' });
  });

  it('never lets a user change their own account', () => {
    expect(mayManage(municipal, { userId: 3, role: 'municipal_operator', scopePath: '/1/5/' })).toMatchObject({ reason: 'own_account' });
  });

  it('checks a change on both sides: an operator cannot move an account out of its scope or promote it', () => {
    const rep = { userId: 20, role: 'org_representative' as const, scopePath: school };
    expect(mayChange(municipal, rep, { ...rep, role: 'viewer' })).toEqual({ ok: true });
    expect(mayChange(municipal, rep, { ...rep, role: 'municipal_operator', scopePath: '/1/5/' })).toMatchObject({
      reason: 'role_not_grantable',
    });
    expect(mayChange(municipal, rep, { ...rep, scopePath: otherSchool })).toMatchObject({ reason: 'out_of_scope' });
  });
});

describe('the last active administrator', () => {
  const activeAdmin = { role: 'admin' as const, isActive: true };
  it('cannot be blocked or demoted', () => {
    expect(leavesNoAdministrator(1, activeAdmin, { role: 'admin', isActive: false })).toBe(true);
    expect(leavesNoAdministrator(1, activeAdmin, { role: 'viewer', isActive: true })).toBe(true);
  });
  it('can be when another administrator stays active', () => {
    expect(leavesNoAdministrator(2, activeAdmin, { role: 'admin', isActive: false })).toBe(false);
    expect(leavesNoAdministrator(1, { role: 'viewer', isActive: true }, { role: 'viewer', isActive: false })).toBe(false);
  });
});
