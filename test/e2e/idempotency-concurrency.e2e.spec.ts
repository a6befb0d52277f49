import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

const CHILD = sensitive(syntheticNationalId('2017-08-09', 700));

/**
 * Idempotency-Key under concurrency (issue 11 item 3): the first request reserves the key before it
 * runs, concurrent ones wait for its answer, a different body is always refused.
 */
describe('when clients send one Idempotency-Key many times at once', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let nurse: string;
  let admin: string;
  const today = osloDate(new Date());
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;

  const routes = () => [
    {
      name: 'POST /consultations',
      writes: 1,
      send: (key: string, i: number) =>
        request(server)
          .post('/api/v1/consultations')
          .set('authorization', nurse)
          .set('idempotency-key', key)
          .send({ consultedServiceType: 'barneverntjeneste', heldOn: today, topic: `Tema ${i}`, advice: 'Råd' }),
    },
    {
      name: 'POST /admin/organisation/units',
      writes: 1,
      send: (key: string, i: number) =>
        request(server)
          .post('/api/v1/admin/organisation/units')
          .set('authorization', admin)
          .set('idempotency-key', key)
          .send({ unitId: `parallel-${key.toLowerCase()}`, name: `Enhet ${i}`, serviceType: 'skole', hostMunicipality: '5028' }),
    },
    {
      name: 'POST /children',
      // The claim on the national id's keyed hash, then the registration.
      writes: 2,
      send: (key: string, i: number) =>
        request(server)
          .post('/api/v1/children')
          .set('authorization', nurse)
          .set('idempotency-key', key)
          .send({ subject: { kind: 'born', nationalId: CHILD }, homeMunicipality: '5029', guardians: [], ...(i > 0 ? {} : {}) }),
    },
  ];

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
  });
  afterAll(() => app.close());

  it.each([0, 1])('gives exactly one 2xx to 10 parallel requests with one key and different bodies (%s)', async (routeIndex) => {
    const route = routes()[routeIndex];
    const before = await eventCount();
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => route.send(`different-${routeIndex}`, i)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 200 && s < 300)).toHaveLength(1);
    for (const refused of responses.filter((r) => r.status >= 300)) {
      expect([409, 422]).toContain(refused.status);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(await eventCount()).toBe(before + route.writes);
  });

  it.each([0, 1, 2])('gives 20 identical parallel requests the same 2xx answer (%s)', async (routeIndex) => {
    const route = routes()[routeIndex];
    const before = await eventCount();
    const responses = await Promise.all(Array.from({ length: 20 }, () => route.send(`same-${routeIndex}`, 0)));
    const first = responses[0];
    expect(first.status).toBeGreaterThanOrEqual(200);
    expect(first.status).toBeLessThan(300);
    for (const response of responses) {
      expect(response.status).toBe(first.status);
      expect(response.body).toEqual(first.body);
    }
    expect(await eventCount()).toBe(before + route.writes);
  });

  it('answers a different body after the first answer with 422, and the same body with the first answer', async () => {
    const send = routes()[0].send;
    const first = await send('sequential', 1).expect(201);
    const again = await send('sequential', 1).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    const other = await send('sequential', 2).expect(422);
    expect(other.body.type).toBe('urn:stafett:problem:idempotency-key-reused');
  });

  it('stores keys only as keyed hashes, never as they were sent', async () => {
    const key = `k-${CHILD}`;
    await routes()[0].send(key, 1).expect(201);
    const stored = JSON.stringify(await app.db.dataSource.query(`SELECT * FROM idempotency_keys`));
    expect(stored).not.toContain(CHILD);
    expect(stored).not.toContain('sequential');
  });
});
