import { createInterface } from 'node:readline/promises';

/**
 * Asks a yes/no question; «д», «да», «y», «yes» mean yes. With `terminalOnly`, a run without a
 * terminal (a script, a pipe) answers «no» and says so, so that only --yes applies unattended.
 */
export async function confirm(question: string, options: { terminalOnly?: boolean } = {}): Promise<boolean> {
  if (options.terminalOnly && !process.stdin.isTTY) {
    process.stdout.write(`${question}нет (не терминал: для применения без вопросов добавьте --yes)\n`);
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(д|да|y|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
