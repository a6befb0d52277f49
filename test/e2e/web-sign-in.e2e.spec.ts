import { findFreePort } from '../../libs/platform/src/database/free-port';
import { startTestApp, type TestApp } from '../support/test-app';
import { CookieJar, follow, signIn, signInFormAction } from '../support/sign-in-flow';

/**
 * The web front's sign-in end to end over real HTTP: authorization code with PKCE through the
 * development provider, the session held by the server behind an HttpOnly cookie, CSRF checks on
 * writes made with it, and sign-out here and at the provider. Bearer tokens keep working beside it.
 */
describe('when a browser signs in to the web front', () => {
  let app: TestApp;
  let base: string;
  beforeAll(async () => {
    const port = await findFreePort();
    app = await startTestApp({ PORT: String(port) });
    await app.app.listen(port, '127.0.0.1');
    base = `http://localhost:${port}`;
    await app.organisationLoaded();
  });
  afterAll(() => app.close());

   
  const json = async (response: Response): Promise<any> => response.json();
  const sessionOf = async (jar: CookieJar) => json(await fetch(`${base}/auth/session`, { headers: { cookie: jar.header() } }));
  const sessionRows = async () => (await app.db.dataSource.query('SELECT count(*)::int AS n FROM web_sessions'))[0].n as number;

  it('is not signed in before, and offers the development provider', async () => {
    expect(await sessionOf(new CookieJar())).toEqual({ signedIn: false, providers: [{ id: 'dev', label: 'Logg inn' }] });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, and shows the demo users in Norwegian', async () => {
    const jar = new CookieJar();
    const [start, ...rest] = await follow(jar, `${base}/auth/login?returnTo=${encodeURIComponent('/arbeidsliste')}`);
    expect(start!.status).toBe(302);
    const authorize = new URL(start!.response.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe(`${base}/oidc/auth`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'stafett-web',
      redirect_uri: `${base}/auth/callback/dev`,
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    expect(start!.response.headers.getSetCookie().join('\n')).toMatch(/^stafett-sign-in=[A-Za-z0-9_-]{43}; .*HttpOnly; SameSite=Lax/m);
    const page = rest.at(-1)!;
    expect(page.status).toBe(200);
    const html = await page.response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Logg inn i Stafett');
    expect(html).toContain('Kari (demo)');
  });

  describe('and picks a demo user', () => {
    const jar = new CookieJar();
    let csrfToken: string;
    beforeAll(async () => {
      const hops = await signIn(jar, base, 'demo-barnehage-leder', '/arbeidsliste');
      const callback = hops.find((hop) => hop.url.startsWith(`${base}/auth/callback/dev?`))!;
      expect(callback.status).toBe(302);
      expect(callback.response.headers.get('location')).toBe('/arbeidsliste');
      expect(callback.response.headers.getSetCookie().join('\n')).toMatch(/^stafett-session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/m);
      ({ csrfToken } = await sessionOf(jar));
    });

    it('holds the session on the server; the browser gets a random cookie, never a token', async () => {
      const session = await sessionOf(jar);
      expect(session).toMatchObject({ signedIn: true, userKind: 'staff', csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
      expect(JSON.stringify(session)).not.toMatch(/eyJ/); // no JWT anywhere
      const [row] = await app.db.dataSource.query('SELECT id_hash, subject, user_kind FROM web_sessions');
      expect(row).toMatchObject({ subject: 'demo-barnehage-leder', user_kind: 'staff' });
      expect(row.id_hash).not.toBe(jar.get('stafett-session'));
    });

    it('reads the API with the cookie alone, as the signed-in practitioner', async () => {
      const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: jar.header() } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ practitionerId: 'demo-barnehage-leder', displayName: 'Kari (demo)', unit: { unitId: 'demo-barnehage' } });
      const worklist = await fetch(`${base}/api/v1/worklists/level-zero-decisions`, { headers: { cookie: jar.header() } });
      expect(worklist.status).toBe(200);
    });

    it('refuses a write made with the cookie without the CSRF token, with a wrong one, or from another site', async () => {
      const write = (headers: Record<string, string>) =>
        fetch(`${base}/api/v1/consultations`, { method: 'POST', headers: { cookie: jar.header(), 'content-type': 'application/json', ...headers }, body: '{}' });
      const attempts: Array<Record<string, string>> = [{}, { 'x-csrf-token': 'x'.repeat(43) }, { 'x-csrf-token': csrfToken, 'sec-fetch-site': 'cross-site' }];
      for (const headers of attempts) {
        const response = await write(headers);
        expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
        expect(await response.json()).toMatchObject({ type: 'urn:stafett:problem:csrf', title: 'Ingen tilgang' });
      }
      // With the token from our own page, the request gets past authentication to validation.
      const accepted = await write({ 'x-csrf-token': csrfToken, 'sec-fetch-site': 'same-origin' });
      expect(accepted.status).toBe(400);
    });

    it('still accepts bearer tokens beside the session', async () => {
      const token = await app.tokenFor('demo-helsestasjon-helsesykepleier');
      const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect((await json(me)).practitionerId).toBe('demo-helsestasjon-helsesykepleier');
    });

    it('cannot finish the same sign-in twice', async () => {
      const replayJar = new CookieJar();
      const hops = await signIn(replayJar, base, 'demo-barnehage-pedagog');
      const callback = hops.find((hop) => hop.url.includes('/auth/callback/dev?'))!;
      const again = await fetch(callback.url, { redirect: 'manual', headers: { cookie: replayJar.header() } });
      expect(again.headers.get('location')).toBe('/logg-inn?feil=utlopt');
    });

    it('signs out only with the CSRF token, ends the session at once, and ends it at the provider without the token passing through JavaScript', async () => {
      const refused = await fetch(`${base}/auth/logout`, { method: 'POST', headers: { cookie: jar.header() } });
      expect(refused.status).toBe(403);
      const response = await fetch(`${base}/auth/logout`, { method: 'POST', headers: { cookie: jar.header(), 'x-csrf-token': csrfToken } });
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ redirectTo: '/auth/logout/provider' });
      expect(body).not.toMatch(/eyJ/);
      expect((await fetch(`${base}/api/v1/me`, { headers: { cookie: jar.header() } })).status).toBe(401);
      expect(await sessionOf(jar)).toMatchObject({ signedIn: false });

      // The browser navigates there: the server redirects to the provider with the ID token as hint.
      const before = await sessionRows();
      const toProvider = await fetch(`${base}/auth/logout/provider`, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.store(toProvider);
      expect(jar.get('stafett-session')).toBeUndefined();
      expect(await sessionRows()).toBe(before - 1);
      const endSession = new URL(toProvider.headers.get('location')!);
      expect(endSession.origin + endSession.pathname).toBe(`${base}/oidc/session/end`);
      expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/logget-ut`);
      expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);

      // The provider's own page asks to finish, in Norwegian, and then returns to our signed-out page.
      const confirm = await follow(jar, endSession.href);
      const page = await confirm.at(-1)!.response.text();
      expect(page).toContain('Fullfør utloggingen');
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1];
      const done = await follow(jar, signInFormAction(page.replace(/id="op.logoutForm" method="post"/, 'method="post"'), base), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }).toString(),
      });
      expect(done[0]!.response.headers.get('location')).toBe(`${base}/logget-ut`);

      // Nothing is left to end a second time.
      const again = await fetch(`${base}/auth/logout/provider`, { redirect: 'manual', headers: { cookie: jar.header() } });
      expect(again.headers.get('location')).toBe(`${base}/logget-ut`);
    });
  });

  it('sends a sign-in that fails back to the sign-in page with a reason, never a server error', async () => {
    const jar = new CookieJar();
    const noAttempt = await fetch(`${base}/auth/callback/dev?code=x&state=y`, { redirect: 'manual' });
    expect(noAttempt.headers.get('location')).toBe('/logg-inn?feil=utlopt');
    const unknownProvider = await fetch(`${base}/auth/login?provider=nope`, { redirect: 'manual' });
    expect(unknownProvider.headers.get('location')).toBe('/logg-inn?feil=feilet');
    const hops = await follow(jar, `${base}/auth/login`);
    const page = await hops.at(-1)!.response.text();
    const abort = await follow(jar, signInFormAction(page, base).replace(/\/login$/, '/abort'));
    expect(abort.find((hop) => hop.url.includes('/auth/callback/dev'))!.response.headers.get('location')).toBe('/logg-inn?feil=avbrutt');
    const expired = await fetch(`${base}/oidc/interaction/unknown-interaction`);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('Innloggingen er utløpt eller ugyldig.');
  });
});
