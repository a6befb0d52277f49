import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, type Schemas } from '../api/client';
import { isProblem, unreadableProblem, type Problem } from '../api/problem';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly providers: readonly Schemas['SignInProviderView'][] }
  | { readonly status: 'signed-in'; readonly me: Schemas['MeView']; readonly names: Names }
  | { readonly status: 'failed'; readonly problem: Problem };

/** Names instead of ids, from the caller's directory. An id the directory does not know stays as it is. */
export interface Names {
  unit(unitId: string): string;
  practitioner(practitionerId: string): string;
}

interface SessionContextValue {
  readonly state: SessionState;
  /** Reads the session again, e.g. after the API answered 401 (the session ended). */
  refresh(): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

function namesFrom(directory: Schemas['DirectoryView']): Names {
  const units = new Map(directory.units.map((unit) => [unit.unitId, unit.name]));
  const practitioners = new Map(directory.practitioners.map((p) => [p.practitionerId, p.displayName ?? p.practitionerId]));
  return {
    unit: (unitId) => units.get(unitId) ?? unitId,
    practitioner: (practitionerId) => practitioners.get(practitionerId) ?? practitionerId,
  };
}

async function loadSession(): Promise<SessionState> {
  const session = await api.GET('/auth/session');
  if (!session.data) return { status: 'failed', problem: isProblem(session.error) ? session.error : unreadableProblem(session.response.status) };
  setCsrfToken(session.data.csrfToken);
  if (!session.data.signedIn) return { status: 'signed-out', providers: session.data.providers };
  const [me, directory] = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/directory')]);
  if (me.response.status === 401) return { status: 'signed-out', providers: session.data.providers };
  if (!me.data || !directory.data) {
    const failed = me.data ? directory : me;
    return { status: 'failed', problem: isProblem(failed.error) ? failed.error : unreadableProblem(failed.response.status) };
  }
  return { status: 'signed-in', me: me.data, names: namesFrom(directory.data) };
}

/** Who is signed in, for every page: the server holds the session; the browser only asks about it. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const refresh = useCallback(() => {
    loadSession().then(setState, () => setState({ status: 'failed', problem: unreadableProblem(0) }));
  }, []);
  useEffect(refresh, [refresh]);

  const signOut = useCallback(async () => {
    const { data } = await api.POST('/auth/logout');
    if (!data) return refresh();
    setCsrfToken(undefined);
    // A navigation: the API sends the browser on to the provider, which returns it to /logget-ut.
    window.location.assign(data.redirectTo);
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in practitioner and the names; for pages inside the signed-in layout only. */
export function useSignedIn(): Extract<SessionState, { status: 'signed-in' }> {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedIn outside the signed-in layout');
  return state;
}
