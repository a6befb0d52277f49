import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, UnsecuredJWT } from 'jose';
import request from 'supertest';
import { DEV_ISSUER } from '../config/auth.settings';
import { DevIssuer } from '../dev-issuer/dev-issuer';
import { PROBLEM_TYPES } from '../problems/auth.problems';
import { createAuthTestApp, TEST_KOMMUNER, type AuthTestApp } from '../testing/auth-test-app';
import { devIssuerSigningKey, signTestToken } from '../testing/test-tokens';

const ROUTES = [
  ['GET', '/leader-only'],
  ['GET', '/forgotten'],
  ['GET', `/municipalities/${TEST_KOMMUNER.tromso}/overview`],
  ['GET', '/children/child-tromso'],
  ['POST', '/notes'],
] as const;

describe('the AuthGuard on a real HTTP app', () => {
  let dataDir: string;
  let testApp: AuthTestApp;
  let issuer: DevIssuer;
  const http = () => request(testApp.app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-auth-'));
    testApp = await createAuthTestApp({ DATA_DIR: dataDir });
    issuer = await DevIssuer.open(testApp.settings);
  });

  afterAll(async () => {
    await testApp?.app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function expectUnauthenticated(response: request.Response, tokenWasGiven: boolean): void {
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toBe(
      tokenWasGiven ? 'Bearer realm="stafett", error="invalid_token"' : 'Bearer realm="stafett"',
    );
    expect(response.body).toEqual({
      type: PROBLEM_TYPES.unauthenticated,
      title: 'Ikke innlogget',
      status: 401,
      detail: expect.any(String),
      instance: `urn:stafett:request:${response.headers['x-request-id']}`,
    });
  }

  function expectForbidden(response: request.Response): void {
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: PROBLEM_TYPES.forbidden,
      title: 'Ingen tilgang',
      status: 403,
      detail: 'Du har ikke tilgang til dette, eller det finnes ikke.',
      instance: expect.stringMatching(/^urn:stafett:request:/),
    });
  }

  describe('when no token is sent', () => {
    it.each(ROUTES)('answers %s %s with 401 problem+json and a Bearer challenge', async (method, path) => {
      const response = await (method === 'GET' ? http().get(path) : http().post(path).send({}));
      expectUnauthenticated(response, false);
    });

    it('treats another scheme as no token', async () => {
      expectUnauthenticated(await http().get('/leader-only').set('Authorization', 'Basic dXNlcjpwYXNz'), false);
    });

    it('still serves @Public routes', async () => {
      const response = await http().get('/health').expect(200);
      expect(response.body).toEqual({ status: 'ok' });
    });
  });

  describe('when the token is not acceptable', () => {
    it('refuses a token signed by another key, even under the right kid', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const { kid } = await devIssuerSigningKey(dataDir);
      const token = await signTestToken(privateKey, { issuer: DEV_ISSUER, audience: 'stafett-api', subject: 'p-leader', kid });
      expectUnauthenticated(await http().get('/leader-only').set(bearer(token)), true);
    });

    it('refuses an expired token', async () => {
      const { privateKey, kid } = await devIssuerSigningKey(dataDir);
      const expiresAt = Math.floor(Date.now() / 1000) - 5 * 60;
      const token = await signTestToken(privateKey, { issuer: DEV_ISSUER, audience: 'stafett-api', subject: 'p-leader', kid, expiresAt });
      expectUnauthenticated(await http().get('/leader-only').set(bearer(token)), true);
    });

    it('refuses a token without an expiry', async () => {
      const { privateKey, kid } = await devIssuerSigningKey(dataDir);
      const token = await signTestToken(privateKey, { issuer: DEV_ISSUER, audience: 'stafett-api', subject: 'p-leader', kid, expiresAt: null });
      expectUnauthenticated(await http().get('/leader-only').set(bearer(token)), true);
    });

    it('refuses a token for another audience', async () => {
      const token = await issuer.mintDevToken('p-leader', { audience: 'another-api' });
      expectUnauthenticated(await http().get('/leader-only').set(bearer(token)), true);
    });

    it('refuses a token from another issuer, even signed with our key', async () => {
      const { privateKey, kid } = await devIssuerSigningKey(dataDir);
      const token = await signTestToken(privateKey, { issuer: 'https://evil.example', audience: 'stafett-api', subject: 'p-leader', kid });
      expectUnauthenticated(await http().get('/leader-only').set(bearer(token)), true);
    });

    it('refuses an unsigned token (alg none)', async () => {
      const token = new UnsecuredJWT({ sub: 'p-leader' })
        .setIssuer(DEV_ISSUER)
        .setAudience('stafett-api')
        .setExpirationTime('1h')
        .encode();
      expectUnauthenticated(await http().get('/leader-only').set(bearer(token)), true);
    });

    it('refuses garbage', async () => {
      expectUnauthenticated(await http().get('/leader-only').set(bearer('not-a-jwt')), true);
      expectUnauthenticated(await http().get('/leader-only').set('Authorization', 'Bearer a.b.c d'), true);
    });

    it('refuses a valid token for an unknown practitioner', async () => {
      expectUnauthenticated(await http().get('/leader-only').set(bearer(await issuer.mintDevToken('p-nobody'))), true);
    });

    it('refuses a valid token for an inactive practitioner', async () => {
      expectUnauthenticated(await http().get('/leader-only').set(bearer(await issuer.mintDevToken('p-retired'))), true);
    });
  });

  describe('when the token is valid', () => {
    it('lets the right role in and hands the handler the principal', async () => {
      const response = await http().get('/leader-only').set(bearer(await issuer.mintDevToken('p-leader'))).expect(200);
      expect(response.body).toEqual({ practitionerId: 'p-leader', unitId: 'u-barnehage' });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers 403 for the wrong role', async () => {
      expectForbidden(await http().get('/leader-only').set(bearer(await issuer.mintDevToken('p-teacher'))));
    });

    it('answers 403 on a route that states no access rule', async () => {
      expectForbidden(await http().get('/forgotten').set(bearer(await issuer.mintDevToken('p-leader'))));
      const warnings = testApp.logLines.filter((line) => line.includes('AuthTestController.forgotten'));
      expect(warnings.some((line) => line.includes('"context":"RouteAccessAudit"'))).toBe(true); // at start-up
      expect(warnings.some((line) => line.includes('"context":"AuthGuard"'))).toBe(true); // on the request
    });

    it('lets a practitioner act for a municipality their unit serves today', async () => {
      const token = await issuer.mintDevToken('p-teacher');
      await http().get(`/municipalities/${TEST_KOMMUNER.tromso}/overview`).set(bearer(token)).expect(200);
    });

    it('answers 403 for a municipality their unit does not serve', async () => {
      const token = await issuer.mintDevToken('p-teacher');
      expectForbidden(await http().get(`/municipalities/${TEST_KOMMUNER.bodo}/overview`).set(bearer(token)));
    });

    it('answers 403 for a municipality their unit served only in the past', async () => {
      const token = await issuer.mintDevToken('p-teacher');
      expectForbidden(await http().get(`/municipalities/${TEST_KOMMUNER.harstad}/overview`).set(bearer(token)));
    });

    it('answers the same for a child that does not exist and a child in another municipality', async () => {
      const token = await issuer.mintDevToken('p-teacher');
      await http().get('/children/child-tromso').set(bearer(token)).expect(200);
      const elsewhere = await http().get('/children/child-bodo').set(bearer(token));
      const missing = await http().get('/children/child-nowhere').set(bearer(token));
      expectForbidden(elsewhere);
      expectForbidden(missing);
      const { instance: _a, ...elsewhereBody } = elsewhere.body as Record<string, unknown>;
      const { instance: _b, ...missingBody } = missing.body as Record<string, unknown>;
      expect(missingBody).toEqual(elsewhereBody);
      expect(Object.keys(missing.headers).sort()).toEqual(Object.keys(elsewhere.headers).sort());
    });
  });

  it('never writes a token to the log', () => {
    expect(testApp.logLines.length).toBeGreaterThan(10);
    expect(testApp.logLines.join('')).not.toMatch(/eyJ|Bearer/);
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const mine = await http().get('/health').set('X-Request-Id', 'trace-0123456789abcdef');
    expect(mine.headers['x-request-id']).toBe('trace-0123456789abcdef');
    const hostile = await http().get('/health').set('X-Request-Id', '<script>alert(1)</script>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await http().get('/leader-only');
    expect(refused.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
