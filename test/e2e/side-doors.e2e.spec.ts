import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { offentligReportFor } from '../support/ks-documents';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The eight side doors of issue 10, each tried as a new user would, over HTTP on the real app and
 * database. One case about one child: the kindergarten owns it and holds the baton; NAV, the police,
 * the health clinic and the school joined on consents of their own; each wrote something of its own;
 * the kindergarten filed a report to child welfare from the case.
 */
const CHILD = sensitive(syntheticNationalId('2019-11-12', 640));
const OTHER_CHILD = sensitive(syntheticNationalId('2018-01-23', 650));
const MOTHER = sensitive(syntheticNationalId('1989-08-08', 130));
const MOTHER_NAME = sensitive('Ragnhild Prøvemyr');
const OBSERVATIONS = sensitive('Gutten gjemmer seg under bordet når faren henter');
const CHILDS_WORDS = sensitive('Pappa blir så sint når han drikker');
const DECISION_REASON = sensitive('Barnehagen følger opp med ekstra voksenstøtte ved henting');
const POLICE_AGREEMENT = sensitive('Politiet har en pågående sak mot faren og deler ikke detaljer');
const NAV_MEASURE = sensitive('NAV tilbyr mor økonomisk rådgivning og bostøtte');
const HEALTH_MEASURE = sensitive('Helsestasjonen følger opp vekt og søvnvansker');
const KINDERGARTEN_MEASURE = sensitive('Fast voksen tar imot gutten hver morgen');
const REPORT_TEXT = sensitive('Barnehagen er bekymret for vold i hjemmet');

const TEXTS_OF_OTHERS_FOR_NAV = [CHILDS_WORDS, OBSERVATIONS, POLICE_AGREEMENT, HEALTH_MEASURE, KINDERGARTEN_MEASURE, REPORT_TEXT, MOTHER_NAME];

const dayPlus = (days: number): string => osloDate(new Date(Date.now() + days * 86_400_000));
const strip = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;

describe('no side doors: every read and write about a named child obeys the same rules (issue 10)', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const tokens: Record<string, string> = {};
  let childId: string;
  let caseId: string;
  let reportId: string;
  let kindergartenMeasure: string;
  const consents: Record<string, string> = {};
  const today = dayPlus(0);

  const as = (who: string) => ({
    post: (path: string, body: object = {}) => request(server).post(path).set('authorization', tokens[who]).send(body),
    get: (path: string) => request(server).get(path).set('authorization', tokens[who]),
  });
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;
  const accessLog = async (): Promise<Array<{ event_type: string; data: Record<string, unknown> }>> =>
    app.db.dataSource.query(`SELECT event_type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [`child-access-${childId}`]);
  const paperForm = (verifiedBy: string) => ({ kind: 'paper', verifiedBy, verifiedAt: today, reference: `2026/${randomUUID().slice(0, 4)}-1` });
  const consentFor = (unitId: string, form: object = paperForm('demo-barnehage-pedagog')) => ({
    grantors: [{ kind: 'guardian', guardianIndex: 0 }],
    grantees: [{ unitId }],
    decision: 'permit',
    period: { from: today, to: dayPlus(180) },
    provision: { categories: ['coordination'], purposes: ['coordination'] },
    form,
  });

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    for (const who of [
      'demo-barnehage-pedagog',
      'demo-barnehage-leder',
      'demo-skole-kontaktlaerer',
      'demo-helsestasjon-helsesykepleier',
      'demo-nav-veileder',
      'demo-politi-slt',
      'demo-barnevern-mottak',
      'demo-koordinerende-enhet-admin',
    ]) {
      tokens[who] = `Bearer ${await app.tokenFor(who)}`;
    }
    const kindergarten = as('demo-barnehage-pedagog');
    childId = (
      await kindergarten
        .post('/api/v1/children', { subject: { kind: 'born', nationalId: CHILD }, homeMunicipality: '5029', guardians: [{ nationalId: MOTHER, name: MOTHER_NAME, holdsParentalResponsibility: true }] })
        .expect(201)
    ).body.childId;
    caseId = (await kindergarten.post('/api/v1/concerns', { childId, kommunenummer: '5029', observations: OBSERVATIONS, since: 'i høst', childsOwnWords: CHILDS_WORDS }).expect(201)).body.caseId;
    await kindergarten.post(`/api/v1/concerns/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: DECISION_REASON, stafettholderId: 'demo-barnehage-pedagog' }).expect(200);
    // Who may record a consent is found through the case worklist: wait for the new case.
    await app.caughtUp();
    for (const unit of ['demo-barnehage', 'demo-nav', 'demo-politi', 'demo-helsestasjon', 'demo-skole']) {
      consents[unit] = (await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor(unit)).expect(201)).body.consentId;
    }
    await app.caughtUp();
    await kindergarten.post(`/api/v1/concerns/${caseId}/stafettlogg`).expect(200);
    await kindergarten.post(`/api/v1/concerns/${caseId}/level`, { to: 2, reason: 'Flere tjenester må inn' }).expect(200);
    for (const unitId of ['demo-nav', 'demo-politi', 'demo-helsestasjon', 'demo-skole']) {
      await kindergarten.post(`/api/v1/concerns/${caseId}/participants`, { unitId }).expect(200);
    }
    const measure = (ownerUnitId: string, responsiblePractitionerId: string, goal: string) => ({
      ownerUnitId,
      responsiblePractitionerId,
      goal,
      startsOn: today,
      evaluationDates: [dayPlus(30)],
    });
    kindergartenMeasure = (await kindergarten.post(`/api/v1/concerns/${caseId}/measures`, measure('demo-barnehage', 'demo-barnehage-pedagog', KINDERGARTEN_MEASURE)).expect(201)).body
      .measureId;
    await as('demo-nav-veileder').post(`/api/v1/concerns/${caseId}/measures`, measure('demo-nav', 'demo-nav-veileder', NAV_MEASURE)).expect(201);
    await as('demo-helsestasjon-helsesykepleier').post(`/api/v1/concerns/${caseId}/measures`, measure('demo-helsestasjon', 'demo-helsestasjon-helsesykepleier', HEALTH_MEASURE)).expect(201);
    await as('demo-politi-slt').post(`/api/v1/concerns/${caseId}/agreements`, { text: POLICE_AGREEMENT }).expect(201);
    const document = offentligReportFor(CHILD, { melding: REPORT_TEXT, historie: 'Flere episoder siden høsten' });
    reportId = (await kindergarten.post('/api/v1/reports', { childId, caseId, document }).expect(201)).body.reportId;
    await app.caughtUp();
  });
  afterAll(() => app.close());

  describe('finding 1: the case view', () => {
    it('shows NAV, a participant with a coordination consent, its own measure and the coordination, and nothing else of the others', async () => {
      const response = await as('demo-nav-veileder').get(`/api/v1/concerns/${caseId}?purpose=coordination`).expect(200);
      const text = JSON.stringify(response.body);
      expect(text).toContain(NAV_MEASURE);
      expect(text).toContain(DECISION_REASON);
      for (const secret of TEXTS_OF_OTHERS_FOR_NAV) expect(text).not.toContain(secret);
      // The link to the report: hidden entirely, even that it exists (R1).
      expect(text).not.toContain(reportId);
      expect(text).not.toContain('ReportToChildWelfareLinked');
      expect(text).not.toContain('child-welfare-case');
      // Each entry carries the policy's decision.
      for (const entry of response.body.entries) expect(['shown', 'redacted']).toContain(entry.visibility);
    });

    it('records the read with the entries shown', async () => {
      const reads = (await accessLog()).filter((e) => e.event_type === 'ConcernCaseRead' && e.data.unitId === 'demo-nav');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.at(-1)?.data).toMatchObject({ practitionerId: 'demo-nav-veileder', purpose: 'coordination', caseId, shownEntryIds: expect.any(Array) });
    });

    it('after NAV’s joining consent is withdrawn, shows NAV only its own entries and refuses its writes without appending', async () => {
      await as('demo-barnehage-pedagog').post(`/api/v1/children/${childId}/consents/${consents['demo-nav']}/withdrawal`, { onBehalfOf: { kind: 'guardian', guardianIndex: 0 } }).expect(200);
      const text = JSON.stringify((await as('demo-nav-veileder').get(`/api/v1/concerns/${caseId}?purpose=coordination`).expect(200)).body);
      expect(text).toContain(NAV_MEASURE);
      expect(text).not.toContain(DECISION_REASON);
      for (const secret of TEXTS_OF_OTHERS_FOR_NAV) expect(text).not.toContain(secret);

      const before = await eventCount();
      const refused = await as('demo-nav-veileder').post(`/api/v1/concerns/${caseId}/agreements`, { text: 'NAV vil fortsatt bidra' }).expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 403, type: 'urn:stafett:problem:participation-lapsed' });
      expect(refused.body.detail).toMatch(/samtykke/i);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('finding 2: a consent recorded by a unit that neither owns the case nor holds the baton', () => {
    it('is refused, digital or paper, even naming the unit itself, and nothing is appended', async () => {
      const nav = as('demo-nav-veileder');
      const before = await eventCount();
      const digital = await nav.post(`/api/v1/children/${childId}/consents`, consentFor('demo-nav', { kind: 'digital' })).expect(403);
      expect(digital.body.status).toBe(403);
      const paper = await nav.post(`/api/v1/children/${childId}/consents`, { ...consentFor('demo-nav', paperForm('demo-nav-veileder')), provision: {} }).expect(403);
      expect(paper.body).toMatchObject({ status: 403, type: expect.stringMatching(/^urn:stafett:problem:/) });
      expect(await eventCount()).toBe(before);
    });

    it('so NAV sees nothing of the kindergarten’s entries on the timeline', async () => {
      const response = await as('demo-nav-veileder').get(`/api/v1/children/${childId}/timeline?purpose=follow-up`);
      const text = JSON.stringify(response.body);
      for (const secret of [OBSERVATIONS, CHILDS_WORDS, KINDERGARTEN_MEASURE, DECISION_REASON]) expect(text).not.toContain(secret);
    });

    it('refuses a digital consent from staff, also from the stafettholder', async () => {
      const before = await eventCount();
      await as('demo-barnehage-pedagog').post(`/api/v1/children/${childId}/consents`, consentFor('demo-skole', { kind: 'digital' })).expect(403);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('finding 3: the access report', () => {
    it('answers staff without the designated role with 403, JSON and HTML alike', async () => {
      for (const who of ['demo-barnehage-leder', 'demo-barnehage-pedagog', 'demo-nav-veileder', 'demo-barnevern-mottak']) {
        await as(who).get(`/api/v1/children/${childId}/access-report`).expect(403);
        await as(who).get(`/api/v1/children/${childId}/access-report?format=html`).expect(403);
      }
    });

    it('answers the municipality’s privacy function, with every read, child welfare’s included', async () => {
      await as('demo-barnevern-mottak').get(`/api/v1/reports/${reportId}`).expect(200);
      tokens['demo-personvern'] = `Bearer ${await app.tokenFor('demo-personvern')}`;
      const report = (await as('demo-personvern').get(`/api/v1/children/${childId}/access-report`).expect(200)).body;
      expect(report.accesses).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'ReportRead', unitId: 'demo-barnevern' })]));
      expect(report.accesses).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'ConcernCaseRead', unitId: 'demo-nav' })]));
    });
  });

  describe('finding 4: reading and exporting a report of concern', () => {
    it('records each read and each export in the child’s access log', async () => {
      const before = (await accessLog()).filter((e) => e.event_type === 'ReportRead' || e.event_type === 'ReportExported').length;
      await as('demo-barnevern-mottak').get(`/api/v1/reports/${reportId}`).expect(200);
      await as('demo-barnevern-mottak').get(`/api/v1/reports/${reportId}/export`).expect(200);
      const logged = (await accessLog()).filter((e) => e.event_type === 'ReportRead' || e.event_type === 'ReportExported');
      expect(logged.slice(before).map((e) => [e.event_type, e.data.unitId, e.data.reportId])).toEqual([
        ['ReportRead', 'demo-barnevern', reportId],
        ['ReportExported', 'demo-barnevern', reportId],
      ]);
    });
  });

  describe('finding 5: the registration, and finding a child', () => {
    it('is refused to a unit serving the municipality with no relation to the child, like an unknown child', async () => {
      const otherId = (
        await as('demo-barnehage-pedagog').post('/api/v1/children', { subject: { kind: 'born', nationalId: OTHER_CHILD, name: MOTHER_NAME }, homeMunicipality: '5029', guardians: [] }).expect(201)
      ).body.childId;
      await waitFor(async () => (await app.db.dataSource.query(`SELECT 1 FROM child_index WHERE child_id = $1`, [otherId])).length === 1, 10_000, 'the child index');
      const known = await as('demo-nav-veileder').get(`/api/v1/children/${otherId}?purpose=follow-up`).expect(403);
      const unknown = await as('demo-nav-veileder').get(`/api/v1/children/${randomUUID()}?purpose=follow-up`).expect(403);
      expect(strip(known.body)).toEqual(strip(unknown.body));
      expect((await as('demo-nav-veileder').post('/api/v1/children/search', { nationalId: OTHER_CHILD }).expect(200)).body.children).toEqual([]);
    });

    it('is refused to a participant whose joining consent was withdrawn, and shown to the owner', async () => {
      await as('demo-nav-veileder').get(`/api/v1/children/${childId}?purpose=follow-up`).expect(403);
      expect((await as('demo-nav-veileder').post('/api/v1/children/search', { nationalId: CHILD }).expect(200)).body.children).toEqual([]);
      const owner = await as('demo-barnehage-pedagog').get(`/api/v1/children/${childId}?purpose=follow-up`).expect(200);
      expect(owner.body.guardians[0].name).toBe(MOTHER_NAME);
    });
  });

  describe('finding 6: acting in another unit’s name, or without the baton', () => {
    it('refuses the school a measure owned by the kindergarten, evaluating or ending the kindergarten’s measure, and raising the level; nothing is appended', async () => {
      const school = as('demo-skole-kontaktlaerer');
      const before = await eventCount();
      const foreign = await school
        .post(`/api/v1/concerns/${caseId}/measures`, { ownerUnitId: 'demo-barnehage', responsiblePractitionerId: 'demo-barnehage-pedagog', goal: 'Noe', startsOn: today, evaluationDates: [dayPlus(30)] })
        .expect(403);
      expect(foreign.body).toMatchObject({ status: 403, type: 'urn:stafett:problem:not-own-unit' });
      await school.post(`/api/v1/concerns/${caseId}/measures/${kindergartenMeasure}/evaluations`, { evaluatedOn: today, effect: 'better', note: 'Bedre' }).expect(403);
      await school.post(`/api/v1/concerns/${caseId}/measures/${kindergartenMeasure}/end`, { endedOn: today, reason: 'Ferdig' }).expect(403);
      const level = await school.post(`/api/v1/concerns/${caseId}/level`, { to: 3, reason: 'Flere må inn' }).expect(409);
      expect(level.body).toMatchObject({ status: 409, type: 'urn:stafett:problem:not-stafettholder' });
      await school.post(`/api/v1/concerns/${caseId}/close`, { closingNote: 'Skolen lukker' }).expect(409);
      // Nor may the owning unit's leader, who does not hold the baton, unless configuration says so.
      await as('demo-barnehage-leder').post(`/api/v1/concerns/${caseId}/level`, { to: 3, reason: 'Leder løfter' }).expect(409);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('finding 7: the consent list', () => {
    it('shows a unit only the consents that concern it, and the stafettholder all of them', async () => {
      const ids = (who: string) => as(who).get(`/api/v1/children/${childId}/consents`);
      const police = (await ids('demo-politi-slt').expect(200)).body.consents.map((c: { consentId: string }) => c.consentId);
      expect(police).toEqual([consents['demo-politi']]);
      const school = (await ids('demo-skole-kontaktlaerer').expect(200)).body.consents.map((c: { consentId: string }) => c.consentId);
      expect(school).toEqual([consents['demo-skole']]);
      const holder = (await ids('demo-barnehage-pedagog').expect(200)).body.consents.map((c: { consentId: string }) => c.consentId);
      expect(holder.sort()).toEqual(Object.values(consents).sort());
    });
  });

  describe('finding 8: the administrator’s stream catalogue', () => {
    it('carries no child-level facts: no child, case, consent or report stream, and no event type of one', async () => {
      await waitFor(async () => (await app.db.dataSource.query(`SELECT 1 FROM stream_catalogue WHERE stream_type = 'report'`)).length > 0, 10_000, 'the stream catalogue');
      const response = await as('demo-koordinerende-enhet-admin').get('/api/v1/admin/streams').expect(200);
      const text = JSON.stringify(response.body);
      for (const id of [childId, caseId, reportId, ...Object.values(consents)]) expect(text).not.toContain(id);
      for (const type of ['ReportReceived', 'ConsentWithdrawn', 'ConcernCaseRead', 'ReportExported', 'MeasureAdded']) expect(text).not.toContain(type);
      const byType = await as('demo-koordinerende-enhet-admin').get('/api/v1/admin/streams?type=report').expect(200);
      expect(JSON.stringify(byType.body)).not.toContain(reportId);
    });
  });
});
