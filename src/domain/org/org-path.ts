/**
 * Materialised paths: "/1/5/23/" lists the ids from the root to the node. A subtree is every
 * path that starts with the node's path, which one indexed prefix scan finds at any size.
 */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** True when the node at `path` is the scope node itself or lies beneath it. */
export function isWithinScope(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** Ids of the ancestors of a node, root first, excluding the node itself. */
export function ancestorIds(path: string): number[] {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.slice(0, -1);
}
