import { describe, expect, it } from 'vitest';
import { nextStatus, SUBMISSION_STATUSES } from './campaign.ts';

describe('the workflow of a form', () => {
  it('goes draft → submitted → returned → submitted → accepted → (reopened) draft', () => {
    expect(nextStatus('not_started', 'save')).toEqual({ ok: true, status: 'draft' });
    expect(nextStatus('draft', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(nextStatus('submitted', 'return')).toEqual({ ok: true, status: 'returned' });
    expect(nextStatus('returned', 'save')).toEqual({ ok: true, status: 'returned' });
    expect(nextStatus('returned', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(nextStatus('submitted', 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(nextStatus('accepted', 'reopen')).toEqual({ ok: true, status: 'draft' });
  });

  it('locks submitted and accepted forms and says why in Russian', () => {
    for (const from of ['submitted', 'accepted'] as const) {
      const refused = nextStatus(from, 'save');
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.message).toMatch(/нельзя изменить/);
    }
    expect(nextStatus('draft', 'accept')).toMatchObject({ ok: false, message: expect.stringMatching(/только отправленную/) });
    expect(nextStatus('draft', 'return').ok).toBe(false);
    expect(nextStatus('submitted', 'reopen').ok).toBe(false);
  });

  it('allows exactly the moves of the regulation from every status', () => {
    const allowed = SUBMISSION_STATUSES.flatMap((from) =>
      (['save', 'submit', 'return', 'accept', 'reopen'] as const).filter((a) => nextStatus(from, a).ok).map((a) => `${from}:${a}`),
    );
    expect(allowed).toEqual([
      'not_started:save',
      'not_started:submit',
      'draft:save',
      'draft:submit',
      'submitted:return',
      'submitted:accept',
      'returned:save',
      'returned:submit',
      'accepted:reopen',
    ]);
  });
});
