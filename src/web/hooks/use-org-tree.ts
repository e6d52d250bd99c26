import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { orgsApi } from '../api/orgs-api.ts';
import type { OrgSummary } from '../api/types.ts';

interface TreeStore {
  roots: OrgSummary[] | undefined;
  children: Map<number, OrgSummary[]>;
  pending: Map<number, Promise<OrgSummary[]>>;
  rootsPromise: Promise<OrgSummary[]> | null;
}

export interface OrgTreeModel {
  /** Roots of the caller's scope; undefined while loading. */
  roots: OrgSummary[] | undefined;
  /** Loaded children by parent id (mutable store: use `version` to memoise on it). */
  children: ReadonlyMap<number, OrgSummary[]>;
  /** Increments whenever roots or children change. */
  version: number;
  rootsError: unknown;
  expandedIds: number[];
  setExpandedIds: (ids: number[]) => void;
  loadChildren: (parentId: number) => Promise<OrgSummary[]>;
  /** Expands (loading as needed) the ancestors of an organisation that are part of the tree. */
  reveal: (ancestorIds: number[]) => Promise<void>;
  /** Replaces an organisation's summary after an edit. */
  replaceOrg: (org: OrgSummary) => void;
  /** True if the organisation is currently loaded in the tree (i.e. inside the caller's scope). */
  contains: (id: number) => boolean;
  reloadRoots: () => void;
}

function createStore(): TreeStore {
  return { roots: undefined, children: new Map(), pending: new Map(), rootsPromise: null };
}

/** State of the lazily loaded organisation tree (roots, then children on expand). */
export function useOrgTree(): OrgTreeModel {
  const store = useRef<TreeStore>(createStore());
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [rootsError, setRootsError] = useState<unknown>(null);
  const [expandedIds, setExpandedIds] = useState<number[]>([]);
  const [rootsAttempt, setRootsAttempt] = useState(0);

  const addExpanded = useCallback((ids: number[]) => {
    setExpandedIds((prev) => {
      const next = new Set(prev);
      ids.forEach((id) => next.add(id));
      return next.size === prev.length ? prev : [...next];
    });
  }, []);

  const loadChildren = useCallback((parentId: number): Promise<OrgSummary[]> => {
    const s = store.current;
    const loaded = s.children.get(parentId);
    if (loaded) return Promise.resolve(loaded);
    const pending = s.pending.get(parentId);
    if (pending) return pending;
    const promise = orgsApi.children(parentId).then(
      (items) => {
        s.children.set(parentId, items);
        s.pending.delete(parentId);
        bump();
        return items;
      },
      (error: unknown) => {
        s.pending.delete(parentId);
        throw error;
      },
    );
    s.pending.set(parentId, promise);
    return promise;
  }, []);

  useEffect(() => {
    let cancelled = false;
    const s = createStore();
    store.current = s;
    setRootsError(null);
    s.rootsPromise = orgsApi.roots().then(
      async (items) => {
        if (cancelled) return items;
        s.roots = items;
        bump();
        // A single root (e.g. the operator's municipality) is expanded right away.
        const only = items.length === 1 ? items[0] : undefined;
        if (only && only.childCount > 0) {
          await loadChildren(only.id).catch(() => undefined);
          addExpanded([only.id]);
        }
        return items;
      },
      (error: unknown) => {
        if (!cancelled) setRootsError(error);
        return [];
      },
    );
    return () => {
      cancelled = true;
    };
  }, [rootsAttempt, loadChildren, addExpanded]);

  const contains = useCallback((id: number): boolean => {
    const s = store.current;
    if (s.roots?.some((o) => o.id === id)) return true;
    for (const items of s.children.values()) if (items.some((o) => o.id === id)) return true;
    return false;
  }, []);

  const reveal = useCallback(
    async (ancestorIds: number[]): Promise<void> => {
      await store.current.rootsPromise;
      const toExpand: number[] = [];
      for (const id of ancestorIds) {
        if (!contains(id)) continue; // outside the caller's scope (e.g. the region for a municipal operator)
        try {
          await loadChildren(id);
        } catch {
          break;
        }
        toExpand.push(id);
      }
      addExpanded(toExpand);
    },
    [contains, loadChildren, addExpanded],
  );

  const replaceOrg = useCallback((org: OrgSummary) => {
    const s = store.current;
    const patch = (items: OrgSummary[]): OrgSummary[] =>
      items.map((o) =>
        o.id === org.id ? { ...o, name: org.name, shortName: org.shortName, closedOn: org.closedOn, mergedInto: org.mergedInto } : o,
      );
    if (s.roots) s.roots = patch(s.roots);
    for (const [key, items] of s.children) s.children.set(key, patch(items));
    bump();
  }, []);

  const current = store.current;
  return {
    roots: current.roots,
    children: current.children,
    version,
    rootsError,
    expandedIds,
    setExpandedIds,
    loadChildren,
    reveal,
    replaceOrg,
    contains,
    reloadRoots: useCallback(() => setRootsAttempt((n) => n + 1), []),
  };
}
