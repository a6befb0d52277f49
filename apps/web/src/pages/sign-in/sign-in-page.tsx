import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Navigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useSession } from '../../session/session';

/** Why the last sign-in did not finish (`/logg-inn?feil=`, set by the API's sign-in). */
const FAILURES: Readonly<Record<string, string>> = {
  utlopt: 'Innloggingen tok for lang tid eller ble startet på nytt. Prøv igjen.',
  avbrutt: 'Innloggingen ble avbrutt.',
  'ingen-tilgang': 'Du er logget inn hos innloggingstjenesten, men har ikke tilgang til Stafett. Kontakt kommunens administrator.',
  utilgjengelig: 'Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.',
  feilet: 'Innloggingen kunne ikke fullføres. Prøv igjen.',
};

export function SignInPage() {
  const { state } = useSession();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo') ?? '/';
  const failure = params.get('feil');
  if (state.status === 'signed-in') return <Navigate to={returnTo.startsWith('/') ? returnTo : '/'} replace />;
  return (
    <main id="innhold" className="app-main app-main--narrow">
      <PageHeading>Logg inn i Stafett</PageHeading>
      <Paragraph>Stafett er kommunens verktøy for samarbeid om barn etter BTI-modellen (bedre tverrfaglig innsats).</Paragraph>
      {failure && (
        <Alert data-color="warning">
          <Paragraph>{FAILURES[failure] ?? FAILURES.feilet}</Paragraph>
        </Alert>
      )}
      {state.status === 'loading' && <Loading what="innloggingen" />}
      {state.status === 'failed' && <ProblemAlert problem={state.problem} />}
      {state.status === 'signed-out' && (
        <ul className="sign-in-providers">
          {state.providers.map((provider) => (
            <li key={provider.id}>
              {/* A full navigation, not a fetch: the sign-in goes through the provider's pages. */}
              <Button asChild>
                <a href={`/auth/login?provider=${encodeURIComponent(provider.id)}&returnTo=${encodeURIComponent(returnTo)}`}>{provider.label}</a>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
