import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The kindergarten journey (issue 4) carried on into the coordinator's view (issue 5), over HTTP on
 * the real app: undring, the necessary conversation, level 1 with a stafettholder, a measure and
 * its evaluation, level 2 with the school joining on the family's consent, the baton handed to the
 * school and accepted; the health clinic joins on a consent of its own and records a measure; the
 * new stafettholder reads the child's timeline and sees exactly what the consents cover; the
 * access report lists that read; the case is closed.
 */
const CHILD = sensitive(syntheticNationalId('2020-09-09', 610));
const MOTHER = sensitive(syntheticNationalId('1990-05-05', 120));
const MOTHER_NAME = sensitive('Gunnhild Prøvestad');
const OBSERVATIONS = sensitive('Trekker seg unna i lek og sier lite');
const HEALTH_NOTE = sensitive('Helsesykepleier følger opp søvn og vekt');
const CLOSING_NOTE = sensitive('Målene er nådd, familien ønsker å avslutte');

const dayPlus = (days: number): string => osloDate(new Date(Date.now() + days * 86_400_000));

describe('one child, three services, one coordinated timeline', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const tokens: Record<string, string> = {};
  let childId: string;
  let caseId: string;
  let measureId: string;
  const today = dayPlus(0);

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    for (const who of ['demo-barnehage-pedagog', 'demo-skole-kontaktlaerer', 'demo-helsestasjon-helsesykepleier']) {
      tokens[who] = `Bearer ${await app.tokenFor(who)}`;
    }
    childId = (
      await request(server)
        .post('/api/v1/children')
        .set('authorization', tokens['demo-barnehage-pedagog'])
        .send({ subject: { kind: 'born', nationalId: CHILD }, homeMunicipality: '5029', guardians: [{ nationalId: MOTHER, name: MOTHER_NAME, holdsParentalResponsibility: true }] })
        .expect(201)
    ).body.childId;
  });
  afterAll(() => app.close());

  const as = (who: string) => ({
    post: (path: string, body: object = {}) => request(server).post(path).set('authorization', tokens[who]).send(body),
    get: (path: string) => request(server).get(path).set('authorization', tokens[who]),
  });
  const kindergarten = as('demo-barnehage-pedagog');
  const school = as('demo-skole-kontaktlaerer');
  const health = as('demo-helsestasjon-helsesykepleier');
  const recordConsent = async (grantees: object[], provision: object) => {
    const consentId = (
      await kindergarten
        .post(`/api/v1/children/${childId}/consents`, {
          grantors: [{ kind: 'guardian', guardianIndex: 0 }],
          grantees,
          decision: 'permit',
          period: { from: today, to: dayPlus(180) },
          provision,
          form: { kind: 'paper', verifiedBy: 'demo-barnehage-pedagog', verifiedAt: today, reference: '2026/0101-1' },
        })
        .expect(201)
    ).body.consentId as string;
    await app.caughtUp();
    return consentId;
  };

  let schoolConsent: string;

  it('runs the kindergarten journey to level 1 with a measure and its evaluation', async () => {
    caseId = (await kindergarten.post('/api/v1/concerns', { childId, kommunenummer: '5029', observations: OBSERVATIONS, since: 'august' }).expect(201)).body.caseId;
    await kindergarten
      .post(`/api/v1/concerns/${caseId}/conversation`, { heldOn: today, participants: ['mor', 'pedagogisk leder'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true })
      .expect(200);
    await kindergarten
      .post(`/api/v1/concerns/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: 'Tiltak i egen tjeneste', stafettholderId: 'demo-barnehage-pedagog' })
      .expect(200);
    // Who may record the family's consent (the case's owner or stafettholder) is found through the case worklist.
    await app.caughtUp();
    // The family consents to the kindergarten and the school sharing everything except health notes.
    schoolConsent = await recordConsent([{ unitId: 'demo-barnehage' }, { unitId: 'demo-skole' }], { exceptions: [{ categories: ['health'] }] });
    await kindergarten.post(`/api/v1/concerns/${caseId}/stafettlogg`).expect(200);
    measureId = (
      await kindergarten
        .post(`/api/v1/concerns/${caseId}/measures`, {
          ownerUnitId: 'demo-barnehage',
          responsiblePractitionerId: 'demo-barnehage-pedagog',
          goal: 'Trygg start på dagen',
          startsOn: today,
          evaluationDates: [dayPlus(21)],
        })
        .expect(201)
    ).body.measureId;
    await kindergarten.post(`/api/v1/concerns/${caseId}/measures/${measureId}/evaluations`, { evaluatedOn: today, effect: 'better', note: 'Bedre morgener' }).expect(200);
  });

  it('raises to level 2 with the school joining on the consent, and hands the baton to the school', async () => {
    await kindergarten.post(`/api/v1/concerns/${caseId}/level`, { to: 2, reason: 'Skolestart nærmer seg' }).expect(200);
    await kindergarten.post(`/api/v1/concerns/${caseId}/participants`, { unitId: 'demo-skole' }).expect(200);
    await kindergarten.post(`/api/v1/concerns/${caseId}/handover`, { toPractitionerId: 'demo-skole-kontaktlaerer', familyWish: 'Familien ønsker kontaktlæreren' }).expect(200);
    expect((await school.post(`/api/v1/concerns/${caseId}/handover/accept`).expect(200)).body.events).toEqual(['HandoverAccepted']);
    // The baton moved: the old holder can no longer hand it on.
    await kindergarten.post(`/api/v1/concerns/${caseId}/handover`, { toPractitionerId: 'demo-barnehage-leder', familyWish: '-' }).expect(409);
  });

  it('lets the health clinic join on its own consent, taken in by the new stafettholder, and record a measure', async () => {
    await recordConsent([{ unitId: 'demo-helsestasjon' }], { categories: ['coordination'], purposes: ['coordination'] });
    // Only the stafettholder takes services in (issue 10): the kindergarten no longer holds the baton.
    await kindergarten.post(`/api/v1/concerns/${caseId}/participants`, { unitId: 'demo-helsestasjon' }).expect(409);
    await school.post(`/api/v1/concerns/${caseId}/participants`, { unitId: 'demo-helsestasjon' }).expect(200);
    await health
      .post(`/api/v1/concerns/${caseId}/measures`, {
        ownerUnitId: 'demo-helsestasjon',
        responsiblePractitionerId: 'demo-helsestasjon-helsesykepleier',
        goal: HEALTH_NOTE,
        startsOn: today,
        evaluationDates: [dayPlus(30)],
      })
      .expect(201);
  });

  it('shows the new stafettholder exactly what the consents cover, and redacts the health entries', async () => {
    await waitFor(
      async () => (await school.get(`/api/v1/children/${childId}/timeline?purpose=coordination`)).body.entries?.some((e: { ownerServiceType: string }) => e.ownerServiceType === 'helsestasjon'),
      10_000,
      'the timeline projection',
    );
    const { entries } = (await school.get(`/api/v1/children/${childId}/timeline?purpose=coordination`).expect(200)).body as {
      entries: Array<{ entryId?: string; eventType?: string; ownerUnitId?: string; ownerServiceType: string; visibility: string; basis: { kind: string; consentId?: string }; content?: unknown }>;
    };
    // In the order things happened: the case's own versions ascend (entries share a second here).
    const shownTypes = entries.filter((e) => e.visibility === 'shown').map((e) => e.eventType);
    expect(shownTypes.slice(0, 3)).toEqual(['ConcernRegistered', 'NecessaryConversationRecorded', 'LevelZeroDecided']);
    const fromKindergarten = entries.filter((e) => e.ownerUnitId === 'demo-barnehage');
    // A redacted entry tells only that an entry of a category from a service type exists, and when.
    const fromHealth = entries.filter((e) => e.ownerServiceType === 'helsestasjon');
    expect(fromKindergarten.length).toBeGreaterThanOrEqual(6);
    for (const entry of fromKindergarten) expect(entry).toMatchObject({ visibility: 'shown', basis: { kind: 'consent', consentId: schoolConsent } });
    expect(fromHealth.length).toBeGreaterThanOrEqual(1);
    for (const entry of fromHealth) {
      expect(entry).toMatchObject({ visibility: 'redacted', category: 'measure', basis: { kind: 'none' } });
      expect(entry.content).toBeUndefined();
      expect(entry.ownerUnitId).toBeUndefined();
    }
    const text = JSON.stringify(entries);
    expect(text).toContain(OBSERVATIONS);
    expect(text).not.toContain(HEALTH_NOTE);

    const privacy = `Bearer ${await app.tokenFor('demo-personvern')}`;
    const report = (await request(server).get(`/api/v1/children/${childId}/access-report`).set('authorization', privacy).expect(200)).body;
    expect(report.accesses).toEqual(
      expect.arrayContaining([expect.objectContaining({ what: 'TimelineRead', purpose: 'coordination', unitId: 'demo-skole' })]),
    );
  });

  it('closes the case with a closing note, after which it accepts nothing but reopening', async () => {
    await school.post(`/api/v1/concerns/${caseId}/close`, { closingNote: CLOSING_NOTE }).expect(200);
    await kindergarten.post(`/api/v1/concerns/${caseId}/measures/${measureId}/end`, { endedOn: today, reason: 'Avsluttet' }).expect(409);
    const raw = JSON.stringify(await app.db.dataSource.query(`SELECT data, metadata FROM events`));
    for (const secret of [CHILD, MOTHER, MOTHER_NAME, OBSERVATIONS, HEALTH_NOTE, CLOSING_NOTE]) expect(raw).not.toContain(secret);
  });
});
