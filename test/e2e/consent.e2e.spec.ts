import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic national ids and invented names only.
const CHILD = sensitive(syntheticNationalId('2021-04-05', 500));
const MOTHER = sensitive(syntheticNationalId('1991-02-03', 100));
const FATHER = sensitive(syntheticNationalId('1989-06-07', 200));
const MOTHER_NAME = sensitive('Solveig Prøvedal');
const FATHER_NAME = sensitive('Trond Testvik');

const dayPlus = (days: number): string => osloDate(new Date(Date.now() + days * 86_400_000));

describe('consents, and the BTI case they open', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let pedagogue: string;
  let teacher: string;
  let childId: string;
  let caseId: string;
  let schoolConsent: string;
  let healthConsent: string;
  const today = dayPlus(0);

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    pedagogue = `Bearer ${await app.tokenFor('demo-barnehage-pedagog')}`;
    teacher = `Bearer ${await app.tokenFor('demo-skole-kontaktlaerer')}`;
    const child = await request(server)
      .post('/api/v1/children')
      .set('authorization', pedagogue)
      .send({
        subject: { kind: 'born', nationalId: CHILD },
        homeMunicipality: '5029',
        guardians: [
          { nationalId: MOTHER, name: MOTHER_NAME, holdsParentalResponsibility: true },
          { nationalId: FATHER, name: FATHER_NAME, holdsParentalResponsibility: true },
        ],
      })
      .expect(201);
    childId = child.body.childId;
  });
  afterAll(() => app.close());

  const bothParents = [
    { kind: 'guardian', guardianIndex: 0 },
    { kind: 'guardian', guardianIndex: 1 },
  ];
  const paper = { kind: 'paper', verifiedBy: 'demo-barnehage-pedagog', verifiedAt: today, reference: '2026/0412-3' };
  const consent = (overrides: object = {}) => ({
    grantors: bothParents,
    grantees: [{ unitId: 'demo-barnehage' }, { unitId: 'demo-skole' }],
    decision: 'permit',
    period: { from: today, to: dayPlus(365) },
    // "everything about the case, except health notes"
    provision: { exceptions: [{ categories: ['health'] }] },
    form: paper,
    ...overrides,
  });
  const recordConsent = (body: object, token = pedagogue, key?: string) => {
    const call = request(server).post(`/api/v1/children/${childId}/consents`).set('authorization', token);
    return (key ? call.set('idempotency-key', key) : call).send(body);
  };
  const listConsents = (token = pedagogue) => request(server).get(`/api/v1/children/${childId}/consents`).set('authorization', token);
  const post = (path: string, body: object = {}) => request(server).post(`/api/v1/concerns${path}`).set('authorization', pedagogue).send(body);
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;

  describe('when the kindergarten has opened a case and records the family’s consent', () => {
    beforeAll(async () => {
      caseId = (await post('', { childId, kommunenummer: '5029', observations: 'Undring i garderoben', since: 'i høst' }).expect(201)).body.caseId;
      await post(`/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: 'Følges opp i barnehagen', stafettholderId: 'demo-barnehage-pedagog' }).expect(200);
      // Who may record a consent (the case's owner or stafettholder) is found through the case worklist.
      await app.caughtUp();
    });

    it('refuses one guardian of two with parental responsibility, naming who is missing', async () => {
      const response = await recordConsent(consent({ grantors: [bothParents[0]] })).expect(409);
      expect(response.body).toMatchObject({ type: 'urn:stafett:problem:consent-party-missing' });
      expect(response.body.detail).toContain('foresatt nr. 2');
    });

    it('refuses a paper consent without who verified it, its reference, or with a verifier from another unit', async () => {
      const response = await recordConsent(consent({ form: { kind: 'paper', verifiedAt: today } })).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['form.verifiedBy', 'form.reference']);
      const foreign = await recordConsent(consent({ form: { ...paper, verifiedBy: 'demo-nav-veileder' } })).expect(400);
      expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['form.verifiedBy']);
    });

    it('refuses grantees that are neither units nor service types of the organisation', async () => {
      const response = await recordConsent(consent({ grantees: [{ unitId: 'demo-ukjent' }, { serviceType: 'astrolog' }] })).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['grantees[0].unitId', 'grantees[1].serviceType']);
    });

    it('refuses a digital consent from staff (403), writing nothing', async () => {
      const before = await eventCount();
      const response = await recordConsent(consent({ form: { kind: 'digital' } })).expect(403);
      expect(response.body).toMatchObject({ type: 'urn:stafett:problem:digital-consent-from-staff' });
      expect(await eventCount()).toBe(before);
    });

    it('refuses a unit in none of the child’s cases like an unknown child, whether or not it serves the municipality', async () => {
      const here = await recordConsent(consent(), teacher).expect(403);
      const nowhere = await request(server).post(`/api/v1/children/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/consents`).set('authorization', teacher).send(consent()).expect(403);
      expect(here.body.detail).toBe(nowhere.body.detail);
      await recordConsent(consent(), `Bearer ${await app.tokenFor('demo-nav-veileder')}`).expect(403);
    });

    it('records the consent for the kindergarten and the school, once per Idempotency-Key', async () => {
      const first = await recordConsent(consent(), pedagogue, 'consent-school-1').expect(201);
      const again = await recordConsent(consent(), pedagogue, 'consent-school-1').expect(201);
      expect(again.body).toEqual(first.body);
      schoolConsent = first.body.consentId;
      const health = await recordConsent(
        consent({ grantees: [{ unitId: 'demo-helsestasjon' }], period: { from: today, to: dayPlus(10) }, provision: { categories: ['coordination'], purposes: ['coordination'] } }),
      ).expect(201);
      healthConsent = health.body.consentId;
      await app.caughtUp();
    });

    it('lists them to the stafettholder with status, positions and the form, never names', async () => {
      const response = await listConsents().expect(200);
      expect(response.body.consents).toHaveLength(2);
      expect(response.body.consents[0]).toMatchObject({
        consentId: schoolConsent,
        status: 'in-force',
        grantors: [{ kind: 'guardian', guardianIndex: 0, holdsParentalResponsibility: true }, expect.anything()],
        form: paper,
      });
      const text = JSON.stringify(response.body);
      for (const secret of [MOTHER, FATHER, MOTHER_NAME, FATHER_NAME]) expect(text).not.toContain(secret);
    });
  });

  describe('when the kindergarten runs the case', () => {
    it('opens the stafettlogg, adds a measure, and lets the school join at level 2', async () => {
      expect((await post(`/${caseId}/stafettlogg`).expect(200)).body).toEqual({ events: ['StafettloggOpened'] });
      const measure = { ownerUnitId: 'demo-barnehage', responsiblePractitionerId: 'demo-barnehage-pedagog', goal: 'Fast voksen om morgenen', startsOn: today, evaluationDates: [dayPlus(14)] };
      await post(`/${caseId}/measures`, measure).expect(201);
      await post(`/${caseId}/level`, { to: 2, reason: 'Skolen bør inn' }).expect(200);
      expect((await post(`/${caseId}/participants`, { unitId: 'demo-skole' }).expect(200)).body).toEqual({ events: ['ServiceJoined'] });
      const joined = await app.db.dataSource.query(`SELECT data FROM events WHERE stream_id = $1 AND event_type = 'ServiceJoined'`, [`concern-${caseId}`]);
      expect(joined[0].data.consentId).toBe(schoolConsent);
    });

    it('shows the consent about to expire on the stafettholder’s worklist', async () => {
      const expiring = () => request(server).get('/api/v1/worklists/expiring-consents?withinDays=30').set('authorization', pedagogue);
      await waitFor(async () => (await expiring()).body.items?.length === 1, 10_000, 'the expiring consent');
      expect((await expiring().expect(200)).body.items).toEqual([{ consentId: healthConsent, childId, caseIds: [caseId], validTo: dayPlus(10), daysLeft: 10 }]);
      expect((await request(server).get('/api/v1/worklists/expiring-consents').set('authorization', teacher).expect(200)).body.items).toEqual([]);
    });

    it('shows the school, which joined, only the consent that names it', async () => {
      await app.caughtUp();
      expect((await listConsents(teacher).expect(200)).body.consents.map((c: { consentId: string }) => c.consentId)).toEqual([schoolConsent]);
    });

    it('refuses the health service at once after its consent is withdrawn', async () => {
      const withdrawal = await request(server)
        .post(`/api/v1/children/${childId}/consents/${healthConsent}/withdrawal`)
        .set('authorization', pedagogue)
        .send({ onBehalfOf: { kind: 'guardian', guardianIndex: 1 } })
        .expect(200);
      expect(withdrawal.body).toMatchObject({ consentId: healthConsent });
      const response = await post(`/${caseId}/participants`, { unitId: 'demo-helsestasjon' }).expect(409);
      expect(response.body.type).toBe('urn:stafett:problem:consent-missing');
      const second = await request(server)
        .post(`/api/v1/children/${childId}/consents/${healthConsent}/withdrawal`)
        .set('authorization', pedagogue)
        .send({ onBehalfOf: { kind: 'guardian', guardianIndex: 0 } })
        .expect(409);
      expect(second.body.type).toBe('urn:stafett:problem:consent-already-withdrawn');
      const listed = (await listConsents().expect(200)).body.consents.find((c: { consentId: string }) => c.consentId === healthConsent);
      expect(listed.status).toBe('withdrawn');
    });
  });
});
