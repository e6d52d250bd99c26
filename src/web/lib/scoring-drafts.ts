import type { ScoreChange, SheetPosition } from '../api/scoring-api.ts';

/** A scorer's score of a position as edited on the sheet. */
export interface ScoreDraft {
  points: number | null;
  comment: string;
  links: { url: string; title: string }[];
}

export type ScoreDrafts = Record<string, ScoreDraft>;

export const EMPTY_DRAFT: ScoreDraft = { points: null, comment: '', links: [] };

/** The caller's saved scores as drafts (positions not scored yet have none). */
export function draftsOf(positions: readonly Pick<SheetPosition, 'code' | 'mine'>[]): ScoreDrafts {
  const out: ScoreDrafts = {};
  for (const p of positions) {
    out[p.code] = p.mine
      ? { points: p.mine.points, comment: p.mine.comment ?? '', links: p.mine.links.map((l) => ({ ...l })) }
      : EMPTY_DRAFT;
  }
  return out;
}

const same = (a: ScoreDraft | undefined, b: ScoreDraft | undefined): boolean => {
  const x = a ?? EMPTY_DRAFT;
  const y = b ?? EMPTY_DRAFT;
  return (
    x.points === y.points &&
    x.comment.trim() === y.comment.trim() &&
    x.links.length === y.links.length &&
    x.links.every((l, i) => l.url === y.links[i]?.url && l.title === y.links[i]?.title)
  );
};

/** Codes of the positions whose draft differs from what is saved. */
export function changedCodes(drafts: ScoreDrafts, saved: ScoreDrafts): string[] {
  return [...new Set([...Object.keys(drafts), ...Object.keys(saved)])].filter((code) => !same(drafts[code], saved[code]));
}

/** The body of PUT …/scores for the changed positions: a position without points removes the score. */
export function savePayload(drafts: ScoreDrafts, codes: readonly string[]): Record<string, ScoreChange> {
  const out: Record<string, ScoreChange> = {};
  for (const code of codes) {
    const d = drafts[code] ?? EMPTY_DRAFT;
    out[code] = d.points === null ? null : { points: d.points, comment: d.comment.trim() || null, links: d.links };
  }
  return out;
}

/** After a save: the server's scores, keeping what was edited meanwhile (differs from what was sent). */
export function rebaseDrafts(current: ScoreDrafts, sent: ScoreDrafts, saved: ScoreDrafts): ScoreDrafts {
  const out: ScoreDrafts = { ...saved };
  for (const [code, draft] of Object.entries(current)) if (!same(draft, sent[code])) out[code] = draft;
  return out;
}

/** The rule shown beside a zero without a comment. */
export const ZERO_RULE = 'При 0 баллов напишите комментарий: чего не хватает (документа, мероприятия, показателя).';

/** A zero needs a comment saying what is missing (the server refuses it otherwise). */
export function needsComment(draft: ScoreDraft | undefined): boolean {
  return draft?.points === 0 && !draft.comment.trim();
}

/** Whether a text is an http(s) address the server accepts as a link. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url.trim());
}

/** Problems of a refused save (`validation_failed`, paths `scores.<code>`) by position; the rest under ''. */
export function issuesByPosition(details: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!Array.isArray(details)) return out;
  for (const item of details as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof message !== 'string' || !message) continue;
    const code = typeof path === 'string' && path.startsWith('scores.') ? path.slice('scores.'.length) : '';
    out.set(code, [...(out.get(code) ?? []), message]);
  }
  return out;
}

/** The message of a position's problem without the repeated «Позиция D1.goals.1 «…»: » prefix. */
export function shortIssue(message: string, code: string): string {
  const prefix = `Позиция ${code} `;
  if (!message.startsWith(prefix)) return message;
  const end = message.indexOf('»: ', prefix.length);
  return end < 0 ? message : message.slice(end + 3);
}
