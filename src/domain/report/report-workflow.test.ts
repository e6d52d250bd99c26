import { describe, expect, it } from 'vitest';
import { isFrozen, refusalOf, statusAfter, REPORT_STATUSES, type ReportAction } from './report-workflow.ts';

describe('report workflow', () => {
  it('walks draft → reviewed → approved → published and back to approved when withdrawn', () => {
    expect(refusalOf('draft', 'review')).toBeNull();
    expect(statusAfter('review', 'recommend')).toBe('reviewed');
    expect(refusalOf('reviewed', 'approve')).toBeNull();
    expect(statusAfter('approve')).toBe('approved');
    expect(refusalOf('approved', 'publish')).toBeNull();
    expect(statusAfter('publish')).toBe('published');
    expect(refusalOf('published', 'unpublish')).toBeNull();
    expect(statusAfter('unpublish')).toBe('approved');
  });

  it('keeps a draft sent back by the working group a draft, editable', () => {
    expect(statusAfter('review', 'revise')).toBe('draft');
    expect(refusalOf('draft', 'edit')).toBeNull();
  });

  it('allows each action only where the methodology puts it, with a reason otherwise', () => {
    const allowed: Record<ReportAction, string[]> = {
      edit: ['draft'],
      review: ['draft'],
      approve: ['reviewed'],
      publish: ['approved'],
      unpublish: ['published'],
      new_version: ['approved', 'published'],
    };
    for (const [action, statuses] of Object.entries(allowed) as [ReportAction, string[]][]) {
      for (const status of REPORT_STATUSES) {
        const refusal = refusalOf(status, action);
        if (statuses.includes(status)) expect(refusal, `${action} in ${status}`).toBeNull();
        else expect(refusal, `${action} in ${status}`).toMatch(/[а-я]/);
      }
    }
  });

  it('freezes approved and published reports only', () => {
    expect(REPORT_STATUSES.filter(isFrozen)).toEqual(['approved', 'published']);
  });
});
