import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route.ts';

describe('matchRoute', () => {
  it('maps the UI paths', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/login')).toEqual({ name: 'login' });
    expect(matchRoute('/orgs')).toEqual({ name: 'orgs', orgId: null });
    expect(matchRoute('/orgs/42/')).toEqual({ name: 'orgs', orgId: 42 });
    expect(matchRoute('/audit')).toEqual({ name: 'audit' });
  });
  it('reports unknown paths', () => {
    expect(matchRoute('/orgs/abc')).toEqual({ name: 'not-found' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'not-found' });
  });
});
