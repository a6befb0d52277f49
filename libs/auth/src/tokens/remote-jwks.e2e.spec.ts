import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DevIssuer } from '../dev-issuer/dev-issuer';
import { PROBLEM_TYPES } from '../problems/auth.problems';
import { createAuthTestApp, type AuthTestApp } from '../testing/auth-test-app';

const PROVIDER_ISSUER = 'https://idp.test.example/';
const CLAIM = 'stafett_practitioner';

/** A stand-in OIDC provider: only its JWKS endpoint, which a test can break. */
class FakeProvider {
  healthy = true;
  private readonly server: Server;
  constructor(private readonly keys: JWK[]) {
    this.server = createServer((_request, response) => {
      response.statusCode = this.healthy ? 200 : 500;
      response.setHeader('Content-Type', 'application/json');
      response.end(this.healthy ? JSON.stringify({ keys: this.keys }) : '{}');
    });
  }
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`;
  }
  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('when tokens come from a configured OIDC provider', () => {
  let dataDir: string;
  let privateKey: CryptoKey;
  let provider: FakeProvider;
  let jwksUrl: string;
  const apps: AuthTestApp[] = [];

  const appFor = async (url: string) => {
    const testApp = await createAuthTestApp({
      DATA_DIR: dataDir,
      OIDC_JWKS_URL: url,
      OIDC_ISSUER: PROVIDER_ISSUER,
      OIDC_PRACTITIONER_CLAIM: CLAIM,
    });
    apps.push(testApp);
    return testApp;
  };
  const providerToken = (claims: Record<string, unknown> = { [CLAIM]: 'p-leader' }) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-1' })
      .setIssuer(PROVIDER_ISSUER)
      .setAudience('stafett-api')
      .setSubject('some-external-subject')
      .setExpirationTime('10m')
      .sign(privateKey);
  const leaderOnly = (testApp: AuthTestApp, token: string) =>
    request(testApp.app.getHttpServer()).get('/leader-only').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-auth-'));
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    provider = new FakeProvider([{ ...(await exportJWK(pair.publicKey)), kid: 'provider-1', alg: 'RS256', use: 'sig' }]);
    jwksUrl = await provider.start();
  });

  afterAll(async () => {
    for (const testApp of apps) await testApp.app.close();
    await provider?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    provider.healthy = true;
  });

  it('accepts a provider token and maps the configured claim to the practitioner', async () => {
    const testApp = await appFor(jwksUrl);
    const response = await leaderOnly(testApp, await providerToken()).expect(200);
    expect(response.body).toMatchObject({ practitionerId: 'p-leader' });
  });

  it('refuses a provider token without the practitioner claim', async () => {
    const testApp = await appFor(jwksUrl);
    expect((await leaderOnly(testApp, await providerToken({}))).status).toBe(401);
  });

  it('refuses development tokens once a provider is configured', async () => {
    const testApp = await appFor(jwksUrl);
    const devToken = await (await DevIssuer.open({ ...testApp.settings, practitionerClaim: CLAIM })).mintDevToken('p-leader');
    expect((await leaderOnly(testApp, devToken)).status).toBe(401);
  });

  describe('when the provider cannot be reached', () => {
    it.each([
      ['answers with an error', () => { provider.healthy = false; return jwksUrl; }],
      ['refuses connections', () => 'http://127.0.0.1:9/jwks'],
    ])('answers 503 problem+json, not 401, when it %s', async (_what, brokenUrl) => {
      const testApp = await appFor(brokenUrl());
      const response = await leaderOnly(testApp, await providerToken());
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: PROBLEM_TYPES.authUnavailable, status: 503 });
      expect(response.headers['retry-after']).toBe('30');
    });
  });
});
