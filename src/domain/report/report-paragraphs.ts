/** Splits an operator's text into paragraphs at line breaks. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
