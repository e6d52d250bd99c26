import { formatNumber } from './format-number.ts';
import { localizeExplanation } from './localize-explanation.ts';
import { pluralRu } from './plural-ru.ts';
import { splitExplanation } from './split-explanation.ts';

/** One clause of an explanation as the drawer lists it; `detail` is what a tooltip adds (codes, full precision). */
export interface ExplanationLine {
  text: string;
  detail?: string;
}

/** What the codes and ids of a rating's explanations stand for. */
export interface ExplanationNames {
  /** Object id → name. */
  objects: ReadonlyMap<string, string>;
  /** Direction code → name. */
  directions: ReadonlyMap<string, string>;
  /** Indicator code → name. */
  indicators: ReadonlyMap<string, string>;
}

/** The engine's mean clause: «среднее баллов направлений (D1, D2) = 62.5» with, optionally, «(D2: …; делитель — все 2)». */
const MEAN = /^среднее баллов (направлений|показателей|всех показателей) \(([^)]*)\) = (-?\d+(?:\.\d+)?)(?: \((.*)\))?$/;

function meanLine(match: RegExpExecArray, names: ExplanationNames): ExplanationLine {
  const [, what = '', list = '', number = '', zeroed] = match;
  const codes = list.split(', ').filter(Boolean);
  const n = codes.length;
  const directions = what === 'направлений';
  const nameOf = (code: string) => (directions ? names.directions.get(code) : names.indicators.get(code)) ?? code;
  const counted = directions
    ? `${n} ${pluralRu(n, 'направления', 'направлений', 'направлений')}`
    : `${what === 'всех показателей' ? 'всех ' : ''}${n} ${pluralRu(n, 'показателя', 'показателей', 'показателей')}`;
  const value = Number(number);
  // «D2: показатель не представлен — 0 баллов» → «Name»: …
  const zeroedText = zeroed
    ? ` (${zeroed.replace(/(^|; )([^;:]+): /g, (m, sep: string, code: string) => (codes.includes(code) ? `${sep}«${nameOf(code)}»: ` : m))})`
    : '';
  const heading = directions ? 'Направления' : 'Показатели';
  return {
    text: `среднее баллов ${counted} = ${formatNumber(value)}${localizeExplanation(zeroedText, names.objects)}`,
    detail: `${heading}: ${codes.map((c) => `${c}. ${nameOf(c)}`).join('; ')}. Без округления: ${formatNumber(value, 10)}.`,
  };
}

/**
 * A rating cell's explanation as the user reads it, clause by clause: means in words («среднее баллов
 * 7 направлений = 40,95», rounded as the score is shown, with the directions or indicators and the
 * unrounded number in `detail`), other numbers with a decimal comma, object ids as names.
 */
export function explanationLines(text: string, names: ExplanationNames): ExplanationLine[] {
  return splitExplanation(text).map((clause) => {
    const mean = MEAN.exec(clause);
    return mean ? meanLine(mean, names) : { text: localizeExplanation(clause, names.objects) };
  });
}
