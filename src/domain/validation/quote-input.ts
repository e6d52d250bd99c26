/** Longest piece of a person's input that a message repeats back. */
const QUOTE_LENGTH = 60;

/**
 * A person's input quoted in a message: «12,5 кг». A long text (a pasted paragraph, a 30,000-character
 * cell) is cut to its beginning with its length, so one bad cell cannot make a message of megabytes.
 */
export function quoteInput(text: string): string {
  const chars = [...text];
  if (chars.length <= QUOTE_LENGTH) return `«${text}»`;
  return `«${chars.slice(0, QUOTE_LENGTH).join('')}…» (${chars.length.toLocaleString('ru-RU')} символов)`;
}
