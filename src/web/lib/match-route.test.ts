import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route.ts';

describe('matchRoute', () => {
  it('maps the UI paths', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/login')).toEqual({ name: 'login' });
    expect(matchRoute('/orgs')).toEqual({ name: 'orgs', orgId: null });
    expect(matchRoute('/orgs/42/')).toEqual({ name: 'orgs', orgId: 42 });
    expect(matchRoute('/audit')).toEqual({ name: 'audit' });
    expect(matchRoute('/ratings/')).toEqual({ name: 'ratings' });
    expect(matchRoute('/results/card/12')).toEqual({ name: 'result-card', orgId: 12 });
    expect(matchRoute('/results/indicator/1.2.3')).toEqual({ name: 'indicator', code: '1.2.3' });
    expect(matchRoute('/catalogues')).toEqual({ name: 'catalogues', catalogueId: null });
    expect(matchRoute('/catalogues/7/')).toEqual({ name: 'catalogues', catalogueId: 7 });
    expect(matchRoute('/campaigns')).toEqual({ name: 'campaigns' });
    expect(matchRoute('/campaigns/3')).toEqual({ name: 'campaign', campaignId: 3 });
    expect(matchRoute('/campaigns/3/forms/41/')).toEqual({ name: 'campaign-form', campaignId: 3, orgId: 41 });
    expect(matchRoute('/cyclogram')).toEqual({ name: 'cyclogram' });
    expect(matchRoute('/reports')).toEqual({ name: 'reports' });
    expect(matchRoute('/reports/5/')).toEqual({ name: 'report', reportId: 5 });
    expect(matchRoute('/working-group')).toEqual({ name: 'working-group' });
    expect(matchRoute('/public')).toEqual({ name: 'public' });
    expect(matchRoute('/public/17')).toEqual({ name: 'public-document', documentId: 17 });
    expect(matchRoute('/scoring')).toEqual({ name: 'scoring' });
    expect(matchRoute('/scoring/4/')).toEqual({ name: 'scoring-round', roundId: 4 });
    expect(matchRoute('/scoring/4/objects/17')).toEqual({ name: 'scoring-sheet', roundId: 4, orgId: 17 });
    expect(matchRoute('/cycle')).toEqual({ name: 'cycle' });
    expect(matchRoute('/leaders')).toEqual({ name: 'leaders' });
    expect(matchRoute('/leaders/9/')).toEqual({ name: 'leader', leaderId: 9 });
    expect(matchRoute('/reserve')).toEqual({ name: 'reserve' });
    expect(matchRoute('/reserve/candidates/3')).toEqual({ name: 'candidate', candidateId: 3 });
    expect(matchRoute('/personnel/me')).toEqual({ name: 'my-personnel' });
    expect(matchRoute('/recommendations')).toEqual({ name: 'recommendations' });
    expect(matchRoute('/roadmap')).toEqual({ name: 'roadmap' });
    expect(matchRoute('/schools-at-risk')).toEqual({ name: 'schools-at-risk' });
    expect(matchRoute('/effectiveness')).toEqual({ name: 'effectiveness' });
  });
  it('reports unknown paths', () => {
    expect(matchRoute('/orgs/abc')).toEqual({ name: 'not-found' });
    expect(matchRoute('/catalogues/seed001')).toEqual({ name: 'not-found' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'not-found' });
    expect(matchRoute('/setup/AbC_12-x')).toEqual({ name: 'setup', token: 'AbC_12-x' });
    expect(matchRoute('/setup/a/b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/campaigns/3/forms')).toEqual({ name: 'not-found' });
    expect(matchRoute('/scoring/4/objects')).toEqual({ name: 'not-found' });
    expect(matchRoute('/scoring/abc')).toEqual({ name: 'not-found' });
  });
});
