import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { OrganisationViewReader } from '../../libs/organisation/src';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic national id and invented texts only: none of this is about a real child.
const CHILD = sensitive(syntheticNationalId('2021-04-05', 700));
const OBSERVATIONS = sensitive('Mats Testbarn trekker seg unna i frileken og spiser lite');
const SINCE = sensitive('siden jul');
const CONVERSATION_WITH = sensitive('far Torleif Prøvemo');
const DECISION_REASON = sensitive('Barnehagen prøver faste voksne i måltidene');
const HOSTILE_UNIT_NAME = '<script>alert("stafett")</script> Testbarnehage & co';

describe('the child’s timeline and access report, over HTTP', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  // demo-barnehage and demo-helsestasjon serve 5029; demo-skole serves 5028 only.
  let pedagogue: string;
  let leader: string;
  let nurse: string;
  let teacher: string;
  let privacy: string;
  let childId: string;
  let caseId: string;
  const today = osloDate(new Date());

  const timeline = (id: string, token: string, purpose?: string) =>
    request(server).get(`/api/v1/children/${id}/timeline${purpose === undefined ? '' : `?purpose=${purpose}`}`).set('authorization', token);
  const report = (id: string, token: string, query = '') => request(server).get(`/api/v1/children/${id}/access-report${query}`).set('authorization', token);
  const accessLog = async (): Promise<Array<{ event_type: string; data: Record<string, unknown> }>> =>
    app.db.dataSource.query(`SELECT event_type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [`child-access-${childId}`]);

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    pedagogue = `Bearer ${await app.tokenFor('demo-barnehage-pedagog')}`;
    leader = `Bearer ${await app.tokenFor('demo-barnehage-leder')}`;
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    teacher = `Bearer ${await app.tokenFor('demo-skole-kontaktlaerer')}`;
    privacy = `Bearer ${await app.tokenFor('demo-personvern')}`;
    childId = await app.registerChild(pedagogue, CHILD);

    const post = (path: string, body: object) => request(server).post(`/api/v1/concerns${path}`).set('authorization', pedagogue).send(body);
    caseId = (await post('', { childId, kommunenummer: '5029', observations: OBSERVATIONS, since: SINCE }).expect(201)).body.caseId;
    await post(`/${caseId}/conversation`, { heldOn: today, participants: [CONVERSATION_WITH], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true }).expect(200);
    await post(`/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: DECISION_REASON, stafettholderId: 'demo-barnehage-pedagog' }).expect(200);
    // The timeline and the viewer's cases are projections: wait until both have the five events.
    await waitFor(
      async () => {
        const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM child_timeline WHERE child_id = $1`, [childId]);
        const [worklist] = await app.db.dataSource.query(`SELECT level FROM case_worklist WHERE case_id = $1`, [caseId]);
        return n === 5 && worklist?.level === 1;
      },
      10_000,
      'the child timeline',
    );
  });
  afterAll(() => app.close());

  describe('when the kindergarten’s leader reads the timeline with a purpose', () => {
    let body: { childId: string; purpose: string; entries: Array<Record<string, unknown>> };

    it('answers 200 with the entries in time order, each with its decision and basis', async () => {
      body = (await timeline(childId, leader, 'coordination').expect(200)).body;
      expect(body).toMatchObject({ childId, purpose: 'coordination' });
      expect(body.entries.map((e) => [e.eventType, e.category, e.visibility, e.rule])).toEqual([
        ['ConcernRegistered', 'observation', 'shown', 'R3-own-service'],
        ['NecessaryConversationRecorded', 'observation', 'shown', 'R3-own-service'],
        ['LevelZeroDecided', 'coordination', 'shown', 'R3-own-service'],
        ['StafettholderAppointed', 'coordination', 'shown', 'R3-own-service'],
        ['LevelChanged', 'coordination', 'shown', 'R3-own-service'],
      ]);
      const times = body.entries.map((e) => e.occurredAt as string);
      expect(times).toEqual([...times].sort());
      for (const entry of body.entries) expect(entry).toMatchObject({ basis: { kind: 'own-service' }, ownerUnitId: 'demo-barnehage', ownerServiceType: 'barnehage', caseId });
    });

    it('shows the content of shown entries in clear, decrypted from the case stream', () => {
      expect(body.entries[0].content).toMatchObject({ concern: { observations: OBSERVATIONS, since: SINCE } });
      expect(body.entries[2].content).toMatchObject({ outcome: 'level-1', reason: DECISION_REASON });
    });

    it('records the read in the child’s access log with the shown entries', async () => {
      const reads = (await accessLog()).filter((e) => e.event_type === 'TimelineRead');
      expect(reads).toEqual([
        {
          event_type: 'TimelineRead',
          data: { practitionerId: 'demo-barnehage-leder', unitId: 'demo-barnehage', purpose: 'coordination', shownEntryIds: body.entries.map((e) => e.entryId) },
        },
      ]);
    });
  });

  describe('when another service of the municipality, not in the case, reads it', () => {
    it('answers the one 403 of an unknown child (an empty timeline would tell that the child is registered), and records no read', async () => {
      const before = (await accessLog()).length;
      const here = await timeline(childId, nurse, 'coordination').expect(403);
      const nowhere = await timeline(randomUUID(), nurse, 'coordination').expect(403);
      const strip = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;
      expect(strip(here.body)).toEqual(strip(nowhere.body));
      expect(await accessLog()).toHaveLength(before);
    });
  });

  describe('when the request is refused', () => {
    it('answers 400 without a purpose, or with an unknown one, and records nothing', async () => {
      const before = (await accessLog()).length;
      const missing = await timeline(childId, leader).expect(400);
      expect(missing.body).toMatchObject({ status: 400, type: 'urn:stafett:problem:invalid-request', errors: [expect.objectContaining({ field: 'purpose' })] });
      await timeline(childId, leader, 'nysgjerrighet').expect(400);
      expect(await accessLog()).toHaveLength(before);
    });

    it('answers a unit not serving the child’s municipality with the same 403 as an unknown child', async () => {
      const notServed = await timeline(childId, teacher, 'coordination').expect(403);
      const unknown = await timeline(randomUUID(), leader, 'coordination').expect(403);
      const strip = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;
      expect(strip(notServed.body)).toEqual(strip(unknown.body));
    });
  });

  describe('when the access report is asked for', () => {
    it('answers staff without the privacy function’s role with 403, the unit’s leader included', async () => {
      await report(childId, leader).expect(403);
      await report(childId, pedagogue, '?format=html').expect(403);
    });

    it('lists the timeline read as JSON for the privacy function: date, purpose, service, and no person by default', async () => {
      const before = (await accessLog()).length;
      const response = await report(childId, privacy).expect(200).expect('content-type', /json/);
      expect(response.body.accesses).toContainEqual(
        expect.objectContaining({ what: 'TimelineRead', purpose: 'coordination', purposeNb: 'Samordning av tjenester', unitId: 'demo-barnehage', unitName: 'Solstråla barnehage (demo)', serviceTypeNb: 'Barnehage', entriesShown: 5 }),
      );
      expect(JSON.stringify(response.body)).not.toContain('demo-barnehage-leder');
      expect(response.body.accesses.every((line: { at: string }) => !Number.isNaN(Date.parse(line.at)))).toBe(true);
      // Handing the report out is recorded, and listed the next time.
      expect((await accessLog()).slice(before).map((e) => [e.event_type, e.data])).toEqual([
        ['AccessReportRead', { practitionerId: 'demo-personvern', unitId: 'demo-koordinerende-enhet', requestedFor: 'guardians' }],
      ]);
    });

    it('renders a printable Norwegian page with ?format=html and with Accept: text/html', async () => {
      const byQuery = await report(childId, privacy, '?format=html').expect(200).expect('content-type', /text\/html/);
      expect(byQuery.text).toContain('<html lang="nb">');
      expect(byQuery.text).toContain('Samordning av tjenester');
      expect(byQuery.text).toContain('Solstråla barnehage (demo)');
      expect(byQuery.text).toContain('Innsyn etter forespørsel');
      const byAccept = await report(childId, privacy).set('accept', 'text/html').expect(200).expect('content-type', /text\/html/);
      expect(byAccept.text).toContain('Samordning av tjenester');
    });

    it('is handed to the child only from the consent age', async () => {
      const response = await report(childId, privacy, '?for=child').expect(409);
      expect(response.body).toMatchObject({ type: 'urn:stafett:problem:child-too-young', detail: 'Barnet kan be om dette selv fra 15 år.' });
    });

    it('escapes text from the organisation in the raw HTML', async () => {
      // An administrator names a unit with markup; one of its leaders opens a case and reads the child.
      const admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
      const adminPost = (path: string, body: object) => request(server).post(`/api/v1/admin/organisation${path}`).set('authorization', admin).send(body);
      await adminPost('/units', { unitId: 'demo-test-barnehage', name: HOSTILE_UNIT_NAME, serviceType: 'barnehage', hostMunicipality: '5029' }).expect(201);
      await adminPost('/units/demo-test-barnehage/coverage', { kommunenummer: '5029', validFrom: '2020-01-01' }).expect(201);
      await adminPost('/practitioners', { practitionerId: 'demo-test-leder', unitId: 'demo-test-barnehage', roles: ['leader'], activeFrom: '2020-01-01' }).expect(201);
      const reader = app.app.get(OrganisationViewReader);
      await waitFor(async () => (await reader.current()).practitioners.has('demo-test-leder'), 10_000, 'the new practitioner');
      const hostile = `Bearer ${await app.tokenFor('demo-test-leder')}`;
      await request(server).post('/api/v1/concerns').set('authorization', hostile).send({ childId, kommunenummer: '5029', observations: 'Undring', since: 'nylig' }).expect(201);
      await app.caughtUp();
      await request(server).get(`/api/v1/children/${childId}?purpose=follow-up`).set('authorization', hostile).expect(200);

      const html = (await report(childId, privacy, '?format=html').expect(200)).text;
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(&quot;stafett&quot;)&lt;/script&gt; Testbarnehage &amp; co');
      expect(html).toContain('Oppfølging');
    });
  });

  describe('when the configuration allows persons in the report', () => {
    let withPersons: TestApp;
    afterAll(() => withPersons?.close());

    it('names the practitioner who read', async () => {
      withPersons = await startTestApp({ ACCESS_REPORT_SHOW_PERSONS: 'true' });
      await withPersons.organisationLoaded();
      const token = `Bearer ${await withPersons.tokenFor('demo-barnehage-leder')}`;
      const officer = `Bearer ${await withPersons.tokenFor('demo-personvern')}`;
      const s = withPersons.app.getHttpServer();
      const id = await withPersons.registerChild(token, CHILD);
      await request(s).post('/api/v1/concerns').set('authorization', token).send({ childId: id, kommunenummer: '5029', observations: 'Undring', since: 'nylig' }).expect(201);
      await withPersons.caughtUp();
      await request(s).get(`/api/v1/children/${id}?purpose=registration`).set('authorization', token).expect(200);
      const response = await request(s).get(`/api/v1/children/${id}/access-report`).set('authorization', officer).expect(200);
      expect(response.body).toMatchObject({ showsPersons: true, accesses: [expect.objectContaining({ what: 'ChildDataRead', practitionerId: 'demo-barnehage-leder', purposeNb: 'Registrering' })] });
      const html = (await request(s).get(`/api/v1/children/${id}/access-report?format=html`).set('authorization', officer).expect(200)).text;
      expect(html).toContain('<td>demo-barnehage-leder</td>');
    });
  });
});
