import { describe, expect, it } from 'vitest';
import {
  changedCodes,
  draftsOf,
  EMPTY_DRAFT,
  isWebAddress,
  issuesByPosition,
  needsComment,
  rebaseDrafts,
  savePayload,
  shortIssue,
} from './scoring-drafts.ts';

const saved = draftsOf([
  { code: 'A', mine: { points: 1, comment: null, links: [] } },
  { code: 'B', mine: null },
  { code: 'C', mine: { points: 0, comment: 'Нет приказа', links: [{ url: 'https://x.ru', title: 'x' }] } },
]);

describe('scoring drafts', () => {
  it('reads the caller’s scores', () => {
    expect(saved.A).toEqual({ points: 1, comment: '', links: [] });
    expect(saved.B).toEqual(EMPTY_DRAFT);
    expect(saved.C?.links).toEqual([{ url: 'https://x.ru', title: 'x' }]);
  });

  it('sends only changed positions, a cleared one as null', () => {
    const drafts = { ...saved, A: { points: null, comment: '', links: [] }, B: { points: 1, comment: ' ок ', links: [] } };
    const codes = changedCodes(drafts, saved);
    expect(codes.sort()).toEqual(['A', 'B']);
    expect(savePayload(drafts, codes)).toEqual({ A: null, B: { points: 1, comment: 'ок', links: [] } });
    // whitespace around a comment is not a change
    expect(changedCodes({ ...saved, C: { ...saved.C!, comment: 'Нет приказа ' } }, saved)).toEqual([]);
  });

  it('keeps edits made while saving', () => {
    const sent = { ...saved, B: { points: 1, comment: '', links: [] } };
    const current = { ...sent, A: { points: 0, comment: '', links: [] } };
    const after = { ...saved, B: { points: 1, comment: '', links: [] } };
    const rebased = rebaseDrafts(current, sent, after);
    expect(rebased.A).toEqual({ points: 0, comment: '', links: [] });
    expect(rebased.B).toEqual({ points: 1, comment: '', links: [] });
  });

  it('asks for a comment at zero and checks links', () => {
    expect(needsComment({ points: 0, comment: ' ', links: [] })).toBe(true);
    expect(needsComment({ points: 0, comment: 'нет плана', links: [] })).toBe(false);
    expect(needsComment({ points: 1, comment: '', links: [] })).toBe(false);
    expect(isWebAddress('https://edu.ru/doc.pdf')).toBe(true);
    expect(isWebAddress('edu.ru')).toBe(false);
  });

  it('maps server problems to positions', () => {
    const issues = issuesByPosition([
      { path: 'scores.D1.goals.1', message: 'Позиция D1.goals.1 «Цели»: при 0 баллов напишите комментарий.' },
      { path: 'scores.D1.goals.1', message: 'второе' },
      { path: 'body', message: 'общее' },
      'мусор',
    ]);
    expect(issues.get('D1.goals.1')).toHaveLength(2);
    expect(issues.get('')).toEqual(['общее']);
    expect(issuesByPosition(null).size).toBe(0);
    expect(shortIssue('Позиция D1.goals.1 «Цели»: при 0 баллов напишите комментарий.', 'D1.goals.1')).toBe(
      'при 0 баллов напишите комментарий.',
    );
    expect(shortIssue('другое', 'D1')).toBe('другое');
  });
});
