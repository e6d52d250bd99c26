import { useEffect, useState } from 'react';
import { orgsApi } from '../api/orgs-api.ts';
import type { OrgSummary } from '../api/types.ts';

export interface OrgSearchState {
  results: OrgSummary[];
  loading: boolean;
  error: unknown;
  /** The (trimmed) query the results belong to. */
  searched: string;
}

const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 300;

/** Debounced GET /api/orgs/search for the given text. */
export function useOrgSearch(query: string, limit = 20): OrgSearchState {
  const [state, setState] = useState<OrgSearchState>({ results: [], loading: false, error: null, searched: '' });
  const q = query.trim();

  useEffect(() => {
    if (q.length < MIN_QUERY_LENGTH) {
      setState({ results: [], loading: false, error: null, searched: '' });
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ ...prev, loading: true, error: null }));
    const timer = window.setTimeout(() => {
      orgsApi.search(q, limit, controller.signal).then(
        (results) => setState({ results, loading: false, error: null, searched: q }),
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ results: [], loading: false, error, searched: q });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, limit]);

  return state;
}
