import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import { useSession } from '../session/session';
import { AppShell } from './app-shell';

/** The pages for signed-in users: the shell around them, or the sign-in page, keeping where the user was going. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <main className="app-main"><Loading what="innloggingen" /></main>;
  if (state.status === 'failed') return <main className="app-main"><ProblemAlert problem={state.problem} /></main>;
  if (state.status === 'signed-out') {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/logg-inn?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <AppShell />;
}
