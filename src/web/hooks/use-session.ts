import { createContext, useContext } from 'react';
import type { Me, Meta } from '../api/types.ts';

export interface Session {
  user: Me;
  meta: Meta | null;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The logged-in user's session; only available inside the authenticated layout. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside SessionContext');
  return session;
}
