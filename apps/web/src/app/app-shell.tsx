import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { NavLink, Outlet } from 'react-router';
import { useSignedIn, useSession } from '../session/session';
import { NAVIGATION } from './navigation';

/** The signed-in layout: header with the user and unit, the navigation, sign-out, and the page. */
export function AppShell() {
  const { me } = useSignedIn();
  const { signOut } = useSession();
  return (
    <>
      <SkipLink href="#innhold">Hopp til hovedinnholdet</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <a className="app-header__brand" href="/">
            Stafett
          </a>
          <Paragraph className="app-header__who" data-size="sm">
            <span className="app-header__name">{me.displayName ?? me.practitionerId}</span>
            <span>{me.unit.name}</span>
          </Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
            Logg ut
          </Button>
        </div>
        <nav className="app-nav" aria-label="Hovedmeny">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.path}>
                <NavLink to={item.path} end>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="innhold" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
