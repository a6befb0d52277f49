import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, TestClock, type TestApp } from '../support/test-app';

/**
 * Authority to write, and what a withdrawn or expired joining consent takes away (issue 10 items 3
 * and 6), over HTTP on the real app, with the domain's clock moved by the test. The municipality of
 * this app lets the owning unit's leader coordinate (CASE_LEADER_MAY_COORDINATE=5029).
 */
const year = new Date().getFullYear();
const CHILD = sensitive(syntheticNationalId(`${year - 13}-02-14`, 660));
const MOTHER = sensitive(syntheticNationalId('1985-04-04', 140));
const SCHOOL_AGREEMENT = sensitive('Skolen følger opp fravær hver fredag');
const POLICE_NOTE = sensitive('Politiet etterforsker en sak som berører familien');

describe('authority to write, over HTTP', () => {
  const clock = new TestClock();
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const tokens: Record<string, string> = {};
  let childId: string;
  let caseId: string;
  const consents: Record<string, string> = {};
  const today = () => osloDate(clock.now());
  const dayPlus = (days: number) => osloDate(new Date(clock.now().getTime() + days * 86_400_000));

  const as = (who: string) => ({
    post: (path: string, body: object = {}) => request(server).post(path).set('authorization', tokens[who]).send(body),
    get: (path: string) => request(server).get(path).set('authorization', tokens[who]),
  });
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;
  const consentFor = (unitId: string, to: string, provision: object = { categories: ['coordination'], purposes: ['coordination'] }) => ({
    grantors: [{ kind: 'guardian', guardianIndex: 0 }],
    grantees: [{ unitId }],
    decision: 'permit',
    period: { from: today(), to },
    provision,
    form: { kind: 'meeting', verifiedBy: 'demo-barnehage-pedagog', verifiedAt: today(), reference: 'Møtereferat 2026-17' },
  });

  beforeAll(async () => {
    app = await startTestApp({ CASE_LEADER_MAY_COORDINATE: '5029' }, { clock });
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    for (const who of ['demo-barnehage-pedagog', 'demo-barnehage-leder', 'demo-skole-kontaktlaerer', 'demo-helsestasjon-helsesykepleier', 'demo-politi-slt', 'demo-personvern']) {
      tokens[who] = `Bearer ${await app.tokenFor(who)}`;
    }
    const kindergarten = as('demo-barnehage-pedagog');
    childId = (
      await kindergarten
        .post('/api/v1/children', { subject: { kind: 'born', nationalId: CHILD }, homeMunicipality: '5029', guardians: [{ nationalId: MOTHER, name: 'Mor Prøve', holdsParentalResponsibility: true }] })
        .expect(201)
    ).body.childId;
    caseId = (await kindergarten.post('/api/v1/concerns', { childId, kommunenummer: '5029', observations: 'Undring', since: 'i høst' }).expect(201)).body.caseId;
    await kindergarten.post(`/api/v1/concerns/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: 'Oppfølging', stafettholderId: 'demo-barnehage-pedagog' }).expect(200);
    await app.caughtUp();
    consents.kindergarten = (await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-barnehage', dayPlus(365))).expect(201)).body.consentId;
    // The school's consent runs out in three days; the others last.
    consents.school = (await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-skole', dayPlus(3))).expect(201)).body.consentId;
    consents.police = (await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-politi', dayPlus(365))).expect(201)).body.consentId;
    consents.health = (await kindergarten.post(`/api/v1/children/${childId}/consents`, consentFor('demo-helsestasjon', dayPlus(365))).expect(201)).body.consentId;
    await app.caughtUp();
    await kindergarten.post(`/api/v1/concerns/${caseId}/stafettlogg`).expect(200);
    await kindergarten.post(`/api/v1/concerns/${caseId}/level`, { to: 2, reason: 'Flere inn' }).expect(200);
    for (const unitId of ['demo-skole', 'demo-politi', 'demo-helsestasjon']) await kindergarten.post(`/api/v1/concerns/${caseId}/participants`, { unitId }).expect(200);
    await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/agreements`, { text: SCHOOL_AGREEMENT }).expect(201);
    await app.caughtUp();
  });
  afterAll(() => app.close());

  describe('when the municipality’s rules let the owning unit’s leader coordinate', () => {
    it('lets the kindergarten’s leader raise the level without holding the baton, and still refuses the school', async () => {
      await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/level`, { to: 3, reason: 'Skolen løfter' }).expect(409);
      expect((await as('demo-barnehage-leder').post(`/api/v1/concerns/${caseId}/level`, { to: 3, reason: 'Leder løfter' }).expect(200)).body).toEqual({ events: ['LevelChanged'] });
    });
  });

  describe('when the police mark an entry as sensitive to an investigation (politiregisterloven § 23 second paragraph)', () => {
    it('shows it to no other service, even with a consent naming the category', async () => {
      await as('demo-politi-slt').post(`/api/v1/concerns/${caseId}/agreements`, { text: POLICE_NOTE, investigationSensitive: true }).expect(201);
      await as('demo-barnehage-pedagog').post(`/api/v1/children/${childId}/consents`, consentFor('demo-barnehage', dayPlus(365), { categories: ['agreement', 'police'] })).expect(201);
      await app.caughtUp();
      for (const path of [`/api/v1/concerns/${caseId}?purpose=coordination`, `/api/v1/children/${childId}/timeline?purpose=coordination`]) {
        expect((await as('demo-barnehage-leder').get(path).expect(200)).text).not.toContain(POLICE_NOTE);
      }
      expect((await as('demo-politi-slt').get(`/api/v1/concerns/${caseId}?purpose=coordination`).expect(200)).text).toContain(POLICE_NOTE);
    });
  });

  describe('when the consent a service joined on expires', () => {
    beforeAll(() => clock.advanceDays(5));

    it('refuses the school’s writes with 403 problem+json, appending nothing', async () => {
      const before = await eventCount();
      const refused = await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/agreements`, { text: 'Mer fra skolen' }).expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ type: 'urn:stafett:problem:participation-lapsed', title: 'Ingen tilgang' });
      expect(await eventCount()).toBe(before);
    });

    it('shows the school only its own entries, and takes the case off its worklist', async () => {
      const view = (await as('demo-skole-kontaktlaerer').get(`/api/v1/concerns/${caseId}?purpose=coordination`).expect(200)).body;
      expect(view.coordination).toBeUndefined();
      expect(view.entries.every((entry: { visibility: string; ownerUnitId?: string }) => entry.visibility === 'shown' && entry.ownerUnitId === 'demo-skole')).toBe(true);
      expect(JSON.stringify(view)).toContain(SCHOOL_AGREEMENT);
      const open = (await as('demo-skole-kontaktlaerer').get('/api/v1/worklists/open-cases').expect(200)).body;
      expect(open.items.map((item: { caseId: string }) => item.caseId)).not.toContain(caseId);
      await as('demo-skole-kontaktlaerer').get(`/api/v1/children/${childId}?purpose=follow-up`).expect(403);
    });

    it('shows the stafettholder the lapse on the worklist, so the group can act', async () => {
      const { items } = (await as('demo-barnehage-pedagog').get('/api/v1/worklists/lapsed-participation').expect(200)).body;
      expect(items).toEqual([{ caseId, childId, unitId: 'demo-skole', serviceType: 'skole', reason: 'expired' }]);
    });

    it('shows the withdrawal of another service’s consent there too, at once', async () => {
      await as('demo-barnehage-pedagog').post(`/api/v1/children/${childId}/consents/${consents.police}/withdrawal`, { onBehalfOf: { kind: 'guardian', guardianIndex: 0 } }).expect(200);
      const { items } = (await as('demo-barnehage-pedagog').get('/api/v1/worklists/lapsed-participation').expect(200)).body;
      expect(items.map((item: { unitId: string; reason: string }) => [item.unitId, item.reason])).toEqual([
        ['demo-skole', 'expired'],
        ['demo-politi', 'withdrawn'],
      ]);
    });

    it('lets the school back in once the family gives a new consent', async () => {
      await as('demo-barnehage-pedagog').post(`/api/v1/children/${childId}/consents`, consentFor('demo-skole', dayPlus(365))).expect(201);
      await app.caughtUp();
      await as('demo-skole-kontaktlaerer').post(`/api/v1/concerns/${caseId}/agreements`, { text: 'Skolen er med igjen' }).expect(201);
    });
  });

  describe('when the child asks that health information is kept from the guardians (pasient- og brukerrettighetsloven § 3-4)', () => {
    it('is recorded only by a health service in the child’s case', async () => {
      const before = await eventCount();
      const refused = await as('demo-barnehage-pedagog').post(`/api/v1/children/${childId}/consents/guardian-health-restriction`).expect(403);
      expect(refused.body).toMatchObject({ type: 'urn:stafett:problem:health-service-only' });
      expect(await eventCount()).toBe(before);
      expect((await as('demo-helsestasjon-helsesykepleier').post(`/api/v1/children/${childId}/consents/guardian-health-restriction`).expect(200)).body).toEqual({ childId, withheld: true });
    });

    it('leaves the health services’ reads out of the guardians’ access report, and no line counts entries', async () => {
      await as('demo-helsestasjon-helsesykepleier').get(`/api/v1/concerns/${caseId}?purpose=coordination`).expect(200);
      await as('demo-barnehage-pedagog').get(`/api/v1/concerns/${caseId}?purpose=follow-up`).expect(200);
      const log = await app.db.dataSource.query(`SELECT data FROM events WHERE stream_id = $1`, [`child-access-${childId}`]);
      expect(log.some((row: { data: { unitId: string } }) => row.data.unitId === 'demo-helsestasjon')).toBe(true);
      const report = (await as('demo-personvern').get(`/api/v1/children/${childId}/access-report`).expect(200)).body;
      expect(report.accesses.some((line: { unitId: string }) => line.unitId === 'demo-helsestasjon')).toBe(false);
      expect(report.accesses.some((line: { unitId: string }) => line.unitId === 'demo-barnehage')).toBe(true);
      expect(report.accesses.every((line: { entriesShown?: number }) => line.entriesShown === undefined)).toBe(true);
      // The child is 13: the report for the child is refused until the consent age.
      await as('demo-personvern').get(`/api/v1/children/${childId}/access-report?for=child`).expect(409);
    });

    it('shows the guardians everything again once the wish is lifted', async () => {
      await as('demo-helsestasjon-helsesykepleier').post(`/api/v1/children/${childId}/consents/guardian-health-restriction/release`).expect(200);
      const report = (await as('demo-personvern').get(`/api/v1/children/${childId}/access-report`).expect(200)).body;
      expect(report.accesses.some((line: { unitId: string }) => line.unitId === 'demo-helsestasjon')).toBe(true);
    });
  });
});
