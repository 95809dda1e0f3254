import type { SessionInfo } from '@contracts/auth';
import { createContext, useContext } from 'react';

/**
 * The session as <RequireAuth> last rendered it. Reading it from context rather than from the query
 * keeps the shell consistent while a sign-out propagates: the guard redirects before children see null.
 */
export const CurrentSessionContext = createContext<SessionInfo | null>(null);

export function useCurrentSession(): SessionInfo {
  const session = useContext(CurrentSessionContext);
  if (!session) throw new Error('useCurrentSession must be used below <RequireAuth>');
  return session;
}
