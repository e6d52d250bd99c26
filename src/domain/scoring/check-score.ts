import type { Position } from '../catalogue/catalogue.ts';

export interface ScoreInput {
  points: number | null;
  comment?: string | null;
  links?: readonly { url: string; title?: string }[];
}

/**
 * A scorer's primary points for one position, checked: a whole number from 0 to the position's
 * maximum, and a comment when the points are 0 (regional practice: a zero says what is missing).
 * Links must be http(s) addresses. Returns the Russian reasons, empty when the score is fine.
 */
export function checkScore(position: Pick<Position, 'code' | 'name' | 'maxPoints'>, score: ScoreInput): string[] {
  const where = `Позиция ${position.code} «${position.name}»`;
  const problems: string[] = [];
  const { points } = score;
  if (points === null || !Number.isFinite(points)) return [`${where}: укажите первичный балл от 0 до ${position.maxPoints}.`];
  if (!Number.isInteger(points) || points < 0 || points > position.maxPoints) {
    problems.push(`${where}: балл ${String(points).replace('.', ',')} вне шкалы — укажите целое число от 0 до ${position.maxPoints}.`);
  }
  if (points === 0 && !score.comment?.trim()) {
    problems.push(`${where}: при 0 баллов напишите комментарий — чего не хватает (документа, мероприятия, показателя).`);
  }
  for (const link of score.links ?? []) {
    if (!/^https?:\/\/\S+$/i.test(link.url.trim())) {
      problems.push(`${where}: ссылка «${link.url}» — не адрес в интернете; укажите адрес, начинающийся с http:// или https://.`);
    }
  }
  return problems;
}
