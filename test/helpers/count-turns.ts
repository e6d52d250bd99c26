/**
 * Runs `work` while counting the turns of the event loop that other callbacks got meanwhile:
 * the proof that a long read yields between its chunks instead of blocking the server.
 */
export async function countTurns<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let stop = false;
  const spin = () => {
    turns++;
    if (!stop) setImmediate(spin);
  };
  setImmediate(spin);
  try {
    const result = await work();
    return { result, turns };
  } finally {
    stop = true;
  }
}
