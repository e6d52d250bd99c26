/**
 * Orders indicator codes so that every indicator comes after those it refers to (@CODE).
 * Stable: otherwise the given order is kept. References to unknown codes are ignored; should a
 * cycle slip through (the catalogue check refuses them), its members are appended in the given order.
 */
export function orderByDependencies(codes: readonly string[], dependsOn: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const known = new Set(codes);
  const done = new Set<string>();
  const order: string[] = [];
  let progress = true;
  while (progress && order.length < codes.length) {
    progress = false;
    for (const code of codes) {
      if (done.has(code)) continue;
      const deps = [...(dependsOn.get(code) ?? [])].filter((d) => known.has(d) && d !== code);
      if (deps.every((d) => done.has(d))) {
        done.add(code);
        order.push(code);
        progress = true;
      }
    }
  }
  return [...order, ...codes.filter((c) => !done.has(c))];
}
