/**
 * Finds a dependency cycle among indicators and returns it as a path that starts and ends
 * with the same code ("К3 → К7 → К3"), or null when there is none.
 */
export function findCycle(dependsOn: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (code: string): string[] | null => {
    const s = state.get(code);
    if (s === 'done') return null;
    if (s === 'visiting') return [...stack.slice(stack.indexOf(code)), code];
    state.set(code, 'visiting');
    stack.push(code);
    for (const next of dependsOn.get(code) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(code, 'done');
    return null;
  };
  for (const code of [...dependsOn.keys()].sort()) {
    const cycle = visit(code);
    if (cycle) return cycle;
  }
  return null;
}
