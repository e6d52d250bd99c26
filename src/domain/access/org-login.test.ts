import { describe, expect, it } from 'vitest';
import { loginForOrg } from './org-login.ts';

describe('the login of an organisation representative', () => {
  it('is made from the code, readably', () => {
    expect(loginForOrg('99-01-001', new Set())).toBe('org-99-01-001');
    expect(loginForOrg('МСК.ЦАО/Школа 1', new Set())).toBe('org-msk-cao-shkola-1');
    expect(loginForOrg('  ', new Set())).toBe('org-x');
  });

  it('is the same for the same code (stable) and unique within the taken ones', () => {
    const taken = new Set(['org-99-01-001']);
    expect(loginForOrg('99-01-001', taken)).toBe('org-99-01-001-2');
    expect(loginForOrg('99_01_001', taken)).toBe('org-99-01-001-3');
    expect(taken.has('org-99-01-001-3')).toBe(true);
  });

  it('stays within the login rule for a very long code', () => {
    const login = loginForOrg('a'.repeat(200), new Set());
    expect(login).toMatch(/^[a-zA-Z0-9._-]{3,64}$/);
  });
});
