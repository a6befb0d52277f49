import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Lysglimt (issue 12 item 11) over HTTP: the school, a service taking part in the kindergarten's
 * case, writes down what went well for the child. The family's consents decide who sees it, by the
 * one policy: the kindergarten's names the category, the health clinic's covers coordination only.
 * Synthetic national ids and invented texts only.
 */
const CHILD = sensitive(syntheticNationalId('2018-06-07', 770));
const MOTHER = sensitive(syntheticNationalId('1986-05-05', 150));
const LYSGLIMT = sensitive('Emil Testbarn ledet klassen i morgensamlingen og var stolt etterpå');
const CHILDS_WORDS = sensitive('Jeg turte å snakke høyt for alle');
const SCHOOL_AGREEMENT = sensitive('Skolen gir Emil en fast oppgave i samlingen hver uke');

describe('lysglimt (positive observations) in a BTI case, over HTTP', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const tokens: Record<string, string> = {};
  let childId: string;
  let caseId: string;
  let observationId: string;
  const today = osloDate(new Date());
  const yesterday = osloDate(new Date(Date.now() - 86_400_000));
  const lysglimt = { text: LYSGLIMT, observedOn: yesterday, childsOwnWords: CHILDS_WORDS };

  const as = (who: string) => ({
    post: (path: string, body: object = {}, key?: string) => {
      const call = request(server).post(path).set('authorization', tokens[who]);
      return (key ? call.set('idempotency-key', key) : call).send(body);
    },
    get: (path: string) => request(server).get(path).set('authorization', tokens[who]),
  });
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;
  const withoutInstance = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;
  const consentFor = (unitId: string, categories: string[]) => ({
    grantors: [{ kind: 'guardian', guardianIndex: 0 }],
    grantees: [{ unitId }],
    decision: 'permit',
    period: { from: today, to: osloDate(new Date(Date.now() + 365 * 86_400_000)) },
    provision: { categories, purposes: ['coordination'] },
    form: { kind: 'meeting', verifiedBy: 'demo-barnehage-pedagog', verifiedAt: today, reference: 'Møtereferat 2026-21' },
  });
  type Entry = { visibility: string; rule: string; category: string; eventType?: string; ownerUnitId?: string; ownerServiceType: string; basis: { kind: string }; content?: Record<string, unknown> };
  const timelineOf = async (who: string): Promise<Entry[]> => (await as(who).get(`/api/v1/children/${childId}/timeline?purpose=coordination`).expect(200)).body.entries;

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    for (const who of ['demo-barnehage-pedagog', 'demo-skole-kontaktlaerer', 'demo-helsestasjon-helsesykepleier', 'demo-nav-veileder']) tokens[who] = `Bearer ${await app.tokenFor(who)}`;
    const kindergarten = as('demo-barnehage-pedagog');
    const guardians = [{ nationalId: MOTHER, name: 'Mor Prøve', holdsParentalResponsibility: true }];
    childId = (await kindergarten.post('/api/v1/children', { subject: { kind: 'born', nationalId: CHILD }, homeMunicipality: '5029', guardians }).expect(201)).body.childId;
    caseId = (await kindergarten.post('/api/v1/concerns', { childId, kommunenummer: '5029', observations: 'Stille i samlingene', since: 'i høst' }).expect(201)).body.caseId;
    await kindergarten.post(`/api/v1/concerns/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: 'Oppfølging', stafettholderId: 'demo-barnehage-pedagog' }).expect(200);
    await app.caughtUp();
    // The family lets the kindergarten see the school's agreements and lysglimt; the clinic, coordination only.
    await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-barnehage', ['coordination', 'agreement', 'positive-observation'])).expect(201);
    await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-skole', ['coordination'])).expect(201);
    await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-helsestasjon', ['coordination'])).expect(201);
    await app.caughtUp();
    await kindergarten.post(`/api/v1/concerns/${caseId}/stafettlogg`).expect(200);
    await kindergarten.post(`/api/v1/concerns/${caseId}/level`, { to: 2, reason: 'Skolen og helsestasjonen inn' }).expect(200);
    for (const unitId of ['demo-skole', 'demo-helsestasjon']) await kindergarten.post(`/api/v1/concerns/${caseId}/participants`, { unitId }).expect(200);
    await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/agreements`, { text: SCHOOL_AGREEMENT }).expect(201);
    await app.caughtUp();
  });
  afterAll(() => app.close());

  describe('when a service taking part records a lysglimt', () => {
    it('answers 201 with its id and the event appended', async () => {
      const response = await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/positive-observations`, lysglimt, 'lysglimt-1').expect(201);
      expect(response.body).toEqual({ observationId: expect.stringMatching(/^[0-9a-f-]{36}$/), events: ['PositiveObservationRecorded'] });
      observationId = response.body.observationId;
      await app.caughtUp();
    });

    it('writes nothing new for a retry with the same Idempotency-Key, and answers it the same', async () => {
      const before = await eventCount();
      const retry = await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/positive-observations`, lysglimt, 'lysglimt-1').expect(201);
      expect(retry.body).toEqual({ observationId, events: ['PositiveObservationRecorded'] });
      expect(await eventCount()).toBe(before);
    });

    it('stores the texts sealed with the child’s key, never in clear', async () => {
      const [row] = await app.db.dataSource.query(`SELECT data::text AS data FROM events WHERE stream_id = $1 AND event_type = 'PositiveObservationRecorded'`, [`concern-${caseId}`]);
      expect(row.data).toContain(observationId);
      expect(row.data).not.toContain(LYSGLIMT);
      expect(row.data).not.toContain(CHILDS_WORDS);
    });
  });

  describe('when the coordinator reads the child’s timeline and the case', () => {
    it('shows the lysglimt as an entry of its own type and category, with the text and the child’s words, on the family’s consent', async () => {
      const entries = await timelineOf('demo-barnehage-pedagog');
      const entry = entries.find((e) => e.eventType === 'PositiveObservationRecorded');
      expect(entry).toMatchObject({ visibility: 'shown', category: 'positive-observation', rule: 'R9-other-service', basis: { kind: 'consent' }, ownerUnitId: 'demo-skole', ownerServiceType: 'skole' });
      expect(entry?.content).toMatchObject({ observationId, observedOn: yesterday, text: LYSGLIMT, childsOwnWords: CHILDS_WORDS, by: { practitionerId: 'demo-skole-kontaktlaerer', unitId: 'demo-skole' } });
      // Decided as the school's other stafettlogg entries are.
      expect(entries.find((e) => e.eventType === 'AgreementRecorded')).toMatchObject({ visibility: 'shown', rule: 'R9-other-service' });
    });

    it('shows it in the case view too, through the same policy', async () => {
      const view = (await as('demo-barnehage-pedagog').get(`/api/v1/concerns/${caseId}?purpose=coordination`).expect(200)).body;
      expect(view.entries.find((e: Entry) => e.eventType === 'PositiveObservationRecorded')).toMatchObject({ visibility: 'shown', category: 'positive-observation', content: { text: LYSGLIMT } });
    });
  });

  describe('when a service in the case has no consent naming the category', () => {
    it('shows the health clinic only that a lysglimt exists, whose and when, exactly as the school’s agreement', async () => {
      const response = await as('demo-helsestasjon-helsesykepleier').get(`/api/v1/children/${childId}/timeline?purpose=coordination`).expect(200);
      const fromSchool = (response.body.entries as Entry[]).filter((e) => e.ownerServiceType === 'skole');
      expect(fromSchool.map((e) => [e.category, e.visibility, e.rule])).toEqual(
        expect.arrayContaining([
          ['agreement', 'redacted', 'R9-other-service'],
          ['positive-observation', 'redacted', 'R9-other-service'],
        ]),
      );
      for (const entry of fromSchool) expect(entry).not.toHaveProperty('content');
      expect(response.text).not.toContain(LYSGLIMT);
      expect(response.text).not.toContain(CHILDS_WORDS);
      expect(response.text).not.toContain(observationId);
    });
  });

  describe('when a service outside the case tries', () => {
    it('refuses NAV’s lysglimt with the same 403 as any other entry, appending nothing, and shows it no timeline', async () => {
      const before = await eventCount();
      const refused = await as('demo-nav-veileder').post(`/api/v1/concerns/${caseId}/positive-observations`, lysglimt).expect(403);
      const agreement = await as('demo-nav-veileder').post(`/api/v1/concerns/${caseId}/agreements`, { text: 'NAV vil bidra' }).expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(withoutInstance(refused.body)).toEqual(withoutInstance(agreement.body));
      expect(await eventCount()).toBe(before);
      await as('demo-nav-veileder').get(`/api/v1/children/${childId}/timeline?purpose=coordination`).expect(403);
    });
  });

  describe('when the request is malformed or comes too early', () => {
    it('answers 400 problem+json naming each field in Norwegian, appending nothing', async () => {
      const before = await eventCount();
      const bad = await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/positive-observations`, { text: ' ', observedOn: 'i går', extra: 1 }).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'text', message: '«text» må fylles ut med synlig tekst.' },
          { field: 'observedOn', message: '«observedOn» må være en dato som finnes (ÅÅÅÅ-MM-DD).' },
          { field: 'extra', message: '«extra» er ikke et kjent felt og er ikke tillatt.' },
        ]),
      );
      const tomorrow = osloDate(new Date(Date.now() + 2 * 86_400_000));
      const future = await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/positive-observations`, { ...lysglimt, observedOn: tomorrow }).expect(400);
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'observedOn', message: 'Et lysglimt kan ikke registreres før det har skjedd.' })]);
      expect(JSON.stringify(future.body)).not.toContain(LYSGLIMT);
      expect(await eventCount()).toBe(before);
    });

    it('refuses a lysglimt at level 0 with 409: there is no stafettlogg yet', async () => {
      const kindergarten = as('demo-barnehage-pedagog');
      const undring = (await kindergarten.post('/api/v1/concerns', { childId, kommunenummer: '5029', observations: 'Ny undring', since: 'denne uka' }).expect(201)).body.caseId;
      const refused = await kindergarten.post(`/api/v1/concerns/${undring}/positive-observations`, lysglimt).expect(409);
      expect(refused.body).toMatchObject({
        status: 409,
        type: 'urn:stafett:problem:positive-observation-outside-log',
        detail: 'Lysglimt føres i stafettloggen, som ikke finnes på nivå 0 (Undring). Stafettloggen åpnes fra nivå 1 med samtykke fra de foresatte.',
      });
    });
  });
});
