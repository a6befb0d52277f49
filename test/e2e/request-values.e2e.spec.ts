import request from 'supertest';
import { makeNationalId } from '../../libs/identity/src/national-id';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { barn, offentligDocument } from '../support/ks-documents';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

const CHILD = sensitive(syntheticNationalId('2016-06-06', 530));
const GUARDIAN = sensitive(syntheticNationalId('1985-02-02', 210));
/** A well-formed number whose birth date lies in the future. */
const NOT_YET_BORN = makeNationalId({ birthDate: '2035-01-15', individualNumber: 512, synthetic: true }) ?? makeNationalId({ birthDate: '2035-01-16', individualNumber: 512, synthetic: true })!;

/**
 * The findings of issue 11 about values, one by one, through the HTTP API: each is a 400
 * problem+json naming the field in Norwegian, quoting nothing it was sent, and writing nothing.
 */
describe('when a request carries values no field may hold', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let nurse: string;
  let intake: string;
  let childId: string;
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query('SELECT count(*)::int AS n FROM events'))[0].n;
  const concern = (body: unknown) => request(server).post('/api/v1/concerns').set('authorization', nurse).set('content-type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
  const valid = () => ({ childId, kommunenummer: '5029', observations: 'Observasjon', since: 'i høst' });
  const refused = async (response: request.Response, field: string) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    return response.body as { errors: Array<{ field: string; message: string }> };
  };

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    intake = `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`;
    childId = await app.registerChild(nurse, CHILD);
  });
  afterAll(() => app.close());

  it('refuses JSON nested 5000 or 3000 deep before anything transforms it, with 400 not 500', async () => {
    const before = await eventCount();
    await refused(await concern(`${'['.repeat(5000)}${']'.repeat(5000)}`), '');
    await refused(await concern(`{"observations":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`), 'observations.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a');
    expect(await eventCount()).toBe(before);
  });

  it('refuses NUL in a text and a lone surrogate in an id, naming the field', async () => {
    const before = await eventCount();
    await refused(await concern({ ...valid(), observations: 'før\u0000etter' }), 'observations');
    await refused(await concern({ ...valid(), childId: `${childId.slice(0, 35)}\ud800` }), 'childId');
    expect(await eventCount()).toBe(before);
  });

  it('refuses a mandatory text of only zero-width characters', async () => {
    const body = await refused(await concern({ ...valid(), observations: '\u200b\u200c\u2060\ufeff' }), 'observations');
    expect(body.errors.find((e) => e.field === 'observations')?.message).toBe('«observations» må fylles ut med synlig tekst.');
  });

  it('refuses __proto__ and constructor keys, naming them', async () => {
    await refused(await concern(`{"__proto__":{"admin":true},${JSON.stringify(valid()).slice(1)}`), '__proto__');
    await refused(await concern(`{"constructor":{"prototype":{"x":1}},${JSON.stringify(valid()).slice(1)}`), 'constructor');
  });

  it('names an unknown field, but never echoes a name that does not look like one', async () => {
    const body = await refused(await concern({ ...valid(), '<img src=x onerror=alert(1)>': 1, farge: 'blå' }), 'farge');
    expect(JSON.stringify(body)).not.toContain('onerror');
    expect(body.errors.map((e) => e.field)).toContain('(ukjent felt)');
  });

  it('refuses 2026-02-30 as a date', async () => {
    const caseId = (await concern(valid()).expect(201)).body.caseId;
    const before = await eventCount();
    const response = await request(server)
      .post(`/api/v1/concerns/${caseId}/conversation`)
      .set('authorization', nurse)
      .send({ heldOn: '2026-02-30', participants: ['mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true });
    await refused(response, 'heldOn');
    expect(await eventCount()).toBe(before);
  });

  it('refuses a guardian born in the future, and says a missing guardian list is no list (not "at most 6")', async () => {
    const register = (guardians: unknown) =>
      request(server).post('/api/v1/children').set('authorization', nurse).send({ subject: { kind: 'born', nationalId: CHILD }, homeMunicipality: '5029', ...(guardians === undefined ? {} : { guardians }) });
    await refused(await register([{ nationalId: NOT_YET_BORN, name: 'Foresatt', holdsParentalResponsibility: true }]), 'guardians[0].nationalId');
    const missing = await refused(await register(undefined), 'guardians');
    expect(missing.errors.filter((e) => e.field === 'guardians').map((e) => e.message)).toEqual(['guardians må være en liste (den kan være tom).']);
    await register([{ nationalId: GUARDIAN, name: 'Foresatt', holdsParentalResponsibility: true }]).expect(201);
  });

  it('names `reason` when a dismissal comes without one', async () => {
    const document = offentligDocument([barn(CHILD)]);
    const { reportId } = (await request(server).post('/api/v1/reports').set('authorization', nurse).send({ childId, document }).expect(201)).body;
    const body = await refused(await request(server).post(`/api/v1/reports/${reportId}/review`).set('authorization', intake).send({ outcome: 'dismiss' }), 'reason');
    expect(body.errors.map((e) => e.field)).toEqual(['reason']);
  });

  it('refuses a consent grantee that is no unit id (a path, a right-to-left override)', async () => {
    const consent = (unitId: string) => ({
      grantors: [{ kind: 'child' }],
      grantees: [{ unitId }],
      decision: 'permit',
      period: { from: '2026-01-01' },
      provision: {},
      form: { kind: 'paper', verifiedBy: 'Helsesykepleier', verifiedAt: '2026-01-01' },
    });
    for (const unitId of ['../etc', 'demo-\u202Eabc']) {
      await refused(await request(server).post(`/api/v1/children/${childId}/consents`).set('authorization', nurse).send(consent(unitId)), 'grantees[0].unitId');
    }
  });
});
