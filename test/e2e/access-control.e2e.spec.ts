import { osloDate } from '@stafett/kernel';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DevIssuer, authSettingsFromEnv } from '../../libs/auth/src';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { startTestApp, type TestApp } from '../support/test-app';
import { sensitive } from '../support/log-capture';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the real application serves, with sample values for path parameters. */
function routesOf(app: TestApp): Array<{ method: string; path: string }> {
  const instance = app.app.getHttpAdapter().getInstance();
  const stack: RouteLayer[] = (instance.router ?? instance._router).stack;
  return stack
    .filter((layer) => layer.route && Object.keys(layer.route.methods).length === 1)
    .map((layer) => ({
      method: Object.keys(layer.route!.methods)[0],
      path: layer.route!.path.replace(/:kommunenummer/g, '5029').replace(/:childId/g, '7d1f3c2a-0000-4000-8000-000000000001').replace(/:[a-zA-Z]+/g, 'demo-x'),
    }));
}

/**
 * Health and the API description (its page and assets) need no token; they hold no personal data.
 * Nor does signing in to the web front (`/auth/...`), which is how a browser gets its session.
 */
const isPublic = (path: string) => ['/health/live', '/health/ready'].includes(path) || path.startsWith('/api/docs') || path.startsWith('/auth/');

describe('access control on the real API', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
  });
  afterAll(() => app.close());

  const call = (method: string, path: string) => (request(server) as unknown as Record<string, (p: string) => request.Test>)[method](path);

  describe('when a request carries no token', () => {
    it('gets 401 problem+json with a Bearer challenge on every route but health', async () => {
      const routes = routesOf(app).filter((r) => !isPublic(r.path));
      expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/admin/organisation', '/api/v1/children', '/api/v1/children/search']));
      for (const route of routes) {
        const response = await call(route.method, route.path).send({});
        expect({ route, status: response.status }).toEqual({ route, status: 401 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(response.body).toMatchObject({ status: 401, title: 'Ikke innlogget' });
      }
    });

    it('may still ask for health', async () => {
      await request(server).get('/health/live').expect(200);
    });
  });

  describe('when the token is not one we accept', () => {
    it('refuses a token signed by another key, an expired one, and one for another audience', async () => {
      const otherDir = await mkdtemp(join(tmpdir(), 'stafett-other-issuer-'));
      try {
        const impostor = await DevIssuer.open(authSettingsFromEnv({ NODE_ENV: 'development', DATA_DIR: otherDir }));
        const tokens = {
          otherKey: await impostor.mintDevToken('demo-koordinerende-enhet-admin'),
          expired: await app.tokenFor('demo-koordinerende-enhet-admin', { expiresIn: '-10 minutes' }),
          otherAudience: await app.tokenFor('demo-koordinerende-enhet-admin', { audience: 'another-api' }),
          unknownPractitioner: await app.tokenFor('nobody-at-all'),
        };
        for (const [kind, token] of Object.entries(tokens)) {
          const response = await request(server).get('/api/v1/admin/organisation').set('authorization', `Bearer ${token}`);
          expect({ kind, status: response.status }).toEqual({ kind, status: 401 });
          expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
        }
      } finally {
        await rm(otherDir, { recursive: true, force: true });
      }
    });
  });

  describe('when the caller lacks the role', () => {
    it('gets 403 on administration for every demo practitioner who is not an administrator', async () => {
      for (const practitioner of ['demo-barnehage-leder', 'demo-helsestasjon-helsesykepleier', 'demo-barnevern-mottak', 'demo-barnevern-saksbehandler']) {
        const token = await app.tokenFor(practitioner);
        const response = await request(server).get('/api/v1/admin/organisation').set('authorization', `Bearer ${token}`);
        expect({ practitioner, status: response.status }).toEqual({ practitioner, status: 403 });
        expect(response.body).toMatchObject({ status: 403, title: 'Ingen tilgang' });
      }
    });
  });

  describe('when an inter-municipal service acts for a member municipality', () => {
    // Child welfare hosted by Melhus (5028) serves Skaun (5029) in the demo organisation. An unborn
    // child's registration needs only the mother's number, which keeps the test data small.
    const registration = (kommunenummer: string, mother: string) => ({
      subject: { kind: 'unborn', motherNationalId: mother, expectedDate: osloDate(new Date(Date.now() + 90 * 86_400_000)) },
      homeMunicipality: kommunenummer,
      guardians: [],
    });

    it('acts for its member municipalities only inside the validity period', async () => {
      const admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
      const intake = `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`;
      const register = (kommunenummer: string, mother: string) =>
        request(server).post('/api/v1/children').set('authorization', intake).send(registration(kommunenummer, mother));

      await register('5029', sensitive(syntheticNationalId('1991-02-03', 410))).expect(201);

      // Skaun leaves the cooperation from today: the first day no longer served.
      const today = osloDate(new Date());
      await request(server).post('/api/v1/admin/organisation/units/demo-barnevern/coverage/5029/end').set('authorization', admin).send({ validTo: today }).expect(200);
      await waitFor(async () => (await register('5029', sensitive(syntheticNationalId('1991-02-03', 420)))).status === 403, 5000, 'the ended period');
      await register('5028', sensitive(syntheticNationalId('1991-02-03', 430))).expect(201);

      // Skaun joins again from tomorrow: not yet today.
      const tomorrow = osloDate(new Date(Date.now() + 86_400_000));
      await request(server)
        .post('/api/v1/admin/organisation/units/demo-barnevern/coverage')
        .set('authorization', admin)
        .send({ kommunenummer: '5029', validFrom: tomorrow })
        .expect(201);
      const servesOn = async (day: string) =>
        (await request(server).get(`/api/v1/admin/organisation?at=${day}`).set('authorization', admin).expect(200)).body.units.find(
          (u: { unitId: string }) => u.unitId === 'demo-barnevern',
        ).serves as string[];
      await waitFor(async () => (await servesOn(tomorrow)).includes('5029'), 5000, 'the new period in the organisation view');
      expect(await servesOn(today)).toEqual(['5028']);
      await register('5029', sensitive(syntheticNationalId('1991-02-03', 440))).expect(403);
    });
  });

  describe('when an administrator changes the organisation', () => {
    let admin: string;
    beforeAll(async () => {
      admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
    });

    it('records it, answers a retry with the same Idempotency-Key without writing again, and refuses the key for another request', async () => {
      const register = () =>
        request(server)
          .post('/api/v1/admin/organisation/municipalities')
          .set('authorization', admin)
          .set('idempotency-key', 'register-orkland-1')
          .send({ kommunenummer: '5059', name: 'Orkland' });
      const first = await register().expect(201);
      const retry = await register().expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotency-replayed']).toBe('true');
      const events: Array<{ n: number }> = await app.db.dataSource.query(
        `SELECT count(*)::int AS n FROM events WHERE stream_id = 'organisation' AND event_type = 'MunicipalityRegistered' AND data->>'kommunenummer' = '5059'`,
      );
      expect(events[0].n).toBe(1);
      await request(server)
        .post('/api/v1/admin/organisation/municipalities')
        .set('authorization', admin)
        .set('idempotency-key', 'register-orkland-1')
        .send({ kommunenummer: '5060', name: 'Annet' })
        .expect(422);
    });

    it('refuses an illegal change with 409 and a Norwegian sentence, and bad input with every field named', async () => {
      const duplicate = await request(server)
        .post('/api/v1/admin/organisation/municipalities')
        .set('authorization', admin)
        .send({ kommunenummer: '5028', name: 'Melhus' })
        .expect(409);
      expect(duplicate.body.detail).toEqual(expect.any(String));
      const bad = await request(server)
        .post('/api/v1/admin/organisation/practitioners')
        .set('authorization', admin)
        .send({ practitionerId: 'X Y', unitId: 'demo-skole', roles: ['king'], activeFrom: 'tomorrow', shoeSize: 44 })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['practitionerId', 'roles', 'activeFrom', 'shoeSize']));
    });

    it('shows the organisation as it was on a past date', async () => {
      await request(server)
        .post('/api/v1/admin/organisation/units/demo-skole/coverage')
        .set('authorization', admin)
        .send({ kommunenummer: '5029', validFrom: '2021-01-01', validTo: '2022-01-01' })
        .expect(201);
      const skole = (body: { units: Array<{ unitId: string; serves: string[] }> }) => body.units.find((u) => u.unitId === 'demo-skole')!.serves;
      const at = (date: string) => request(server).get(`/api/v1/admin/organisation?at=${date}`).set('authorization', admin).expect(200);
      // The view is a projection: it follows the log within moments.
      await waitFor(async () => skole((await at('2021-06-01')).body).includes('5029'), 5000, 'the organisation view');
      const then = await at('2021-06-01');
      const now = await request(server).get('/api/v1/admin/organisation').set('authorization', admin).expect(200);
      expect(skole(then.body)).toEqual(['5028', '5029']);
      expect(skole(now.body)).toEqual(['5028']);
    });
  });
});
