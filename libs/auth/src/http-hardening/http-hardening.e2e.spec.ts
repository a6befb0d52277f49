import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DevIssuer } from '../dev-issuer/dev-issuer';
import { PROBLEM_TYPES } from '../problems/auth.problems';
import { createAuthTestApp, type AuthTestApp } from '../testing/auth-test-app';

/** Made-up but well-formed personal data that must never reach a log line. */
const NATIONAL_ID = '13097248022';
const CHILD_FIRST_NAME = 'Ingeborg';
const CHILD_LAST_NAME = 'Søndre-Fjellheim';
const NOTE_TEXT = 'Virket lei seg i garderoben';

describe('the HTTP hardening', () => {
  let dataDir: string;
  let testApp: AuthTestApp;
  let issuer: DevIssuer;
  const http = () => request(testApp.app.getHttpServer());

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-auth-'));
    testApp = await createAuthTestApp({
      DATA_DIR: dataDir,
      CORS_ORIGINS: 'https://stafett.tromso.kommune.no',
      HTTP_BODY_LIMIT: '2kb',
    });
    issuer = await DevIssuer.open(testApp.settings);
  });

  afterAll(async () => {
    await testApp?.app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('sets helmet security headers and hides the framework', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  describe('when a browser calls from another origin', () => {
    it('allows a configured origin', async () => {
      const response = await http().get('/health').set('Origin', 'https://stafett.tromso.kommune.no').expect(200);
      expect(response.headers['access-control-allow-origin']).toBe('https://stafett.tromso.kommune.no');
      expect(response.headers['access-control-expose-headers']).toMatch(/X-Request-Id/);
    });

    it('does not allow any other origin', async () => {
      const response = await http().get('/health').set('Origin', 'https://evil.example').expect(200);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('refuses a body over the limit with 413 problem+json and a request id', async () => {
    const token = await issuer.mintDevToken('p-leader');
    const response = await http()
      .post('/notes')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: 'x'.repeat(4096), nationalId: NATIONAL_ID });
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 413, title: 'Forespørselen er for stor' });
    expect(response.headers['x-request-id']).toBeDefined();
  });

  it('refuses malformed JSON with 400 problem+json', async () => {
    const response = await http().post('/notes').set('Content-Type', 'application/json').send('{"text": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  describe('when requests carry personal data', () => {
    beforeAll(async () => {
      const token = await issuer.mintDevToken('p-teacher');
      await http()
        .post(`/notes?fnr=${NATIONAL_ID}&name=${CHILD_FIRST_NAME}`)
        .set('Authorization', `Bearer ${token}`)
        .set('X-Child', `${CHILD_FIRST_NAME} ${CHILD_LAST_NAME}`)
        .send({
          nationalId: NATIONAL_ID,
          child: { firstName: CHILD_FIRST_NAME, lastName: CHILD_LAST_NAME, guardians: [{ displayName: CHILD_LAST_NAME }] },
          text: NOTE_TEXT,
        })
        .expect(201);
      await http().get(`/children/${NATIONAL_ID}`).set('Authorization', `Bearer ${token}`).expect(403);
      await http().get(`/children/${NATIONAL_ID.slice(0, 6)} ${NATIONAL_ID.slice(6)}`).expect(401);
    });

    it('writes log lines, each for a request carrying its request id', () => {
      const requestLines = testApp.logLines.filter((line) => line.includes('"req":'));
      expect(requestLines.length).toBeGreaterThan(3);
      for (const line of requestLines) expect(line).toMatch(/"reqId":"[^"]+"/);
      expect(testApp.logLines.some((line) => line.includes('note received'))).toBe(true);
    });

    it('never logs the national id, names, free text or the token', () => {
      const everything = testApp.logLines.join('');
      for (const secret of [NATIONAL_ID, CHILD_FIRST_NAME, CHILD_LAST_NAME, NOTE_TEXT, 'Bearer', 'eyJ']) {
        expect(everything).not.toContain(secret);
      }
      expect(everything).not.toMatch(/(?<!\d)\d{6}(?: |%20)?\d{5}(?!\d)/);
    });
  });

  describe('when one token sends too many requests', () => {
    let limitedApp: AuthTestApp;
    beforeAll(async () => {
      limitedApp = await createAuthTestApp({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '5' });
    });
    afterAll(async () => {
      await limitedApp?.app.close();
    });

    it('answers 429 problem+json for that token, while another token still gets through', async () => {
      const get = (token: string) =>
        request(limitedApp.app.getHttpServer()).get('/leader-only').set('Authorization', `Bearer ${token}`);
      const busy = await issuer.mintDevToken('p-leader');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await get(busy)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);

      const limited = await get(busy);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.body).toMatchObject({ type: PROBLEM_TYPES.tooManyRequests, status: 429 });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

      await get(await issuer.mintDevToken('p-leader')).expect(200);
    });

    it('limits callers without a token by address, before any token check', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await request(limitedApp.app.getHttpServer()).get('/leader-only')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });
  });
});
