import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { syntheticNationalId, withChangedDigit } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { barn, offentligDocument as document, offentligReporter as reporter } from '../support/ks-documents';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic national ids and invented texts only.
const CHILD_A = sensitive(syntheticNationalId('2018-04-02', 600));
const CHILD_B = sensitive(syntheticNationalId('2016-10-21', 640));
const MOTHER = sensitive(syntheticNationalId('1990-06-13', 300));

/**
 * Reports of concern are routed by the KS document itself (issue 11 item 5): the child comes from the
 * document's national ids, the reporter category from the document's reporter, and the export keeps
 * the document's own sendingstidspunkt.
 */
describe('routing a KS report of concern by its document', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let nurse: string;
  let intake: string;
  let childA: string;
  let childB: string;
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;
  const routingOf = async (reportId: string) =>
    (await app.db.dataSource.query(`SELECT metadata FROM events WHERE stream_id = $1 ORDER BY stream_version LIMIT 1`, [`report-${reportId}`]))[0]?.metadata
      .report as { childIds: string[] };
  const file = (body: object) => request(server).post('/api/v1/reports').set('authorization', nurse).send(body);
  const register = (body: object) => request(server).post('/api/v1/reports/private').set('authorization', intake).send(body);
  const read = async (reportId: string) => (await request(server).get(`/api/v1/reports/${reportId}`).set('authorization', intake).expect(200)).body;

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    intake = `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`;
    childA = await app.registerChild(nurse, CHILD_A);
    childB = await app.registerChild(nurse, CHILD_B);
    await waitFor(async () => (await app.db.dataSource.query('SELECT count(*)::int AS n FROM child_index'))[0].n === 2, 10_000, 'the child index');
  });
  afterAll(() => app.close());

  describe('when the childId does not match the document', () => {
    it('refuses a document about child B filed with child A’s id, naming childId, and writes nothing', async () => {
      const before = await eventCount();
      const response = await file({ childId: childA, document: document([barn(CHILD_B)]) }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual([{ field: 'childId', message: expect.stringMatching(/barn/i) }]);
      expect(JSON.stringify(response.body)).not.toContain(CHILD_B);
      expect(await eventCount()).toBe(before);
    });

    it('routes the document to the child it names when no childId is given', async () => {
      const { reportId } = (await file({ document: document([barn(CHILD_B)]) }).expect(201)).body;
      expect((await routingOf(reportId)).childIds).toEqual([childB]);
    });
  });

  describe('when the document names two children', () => {
    it('routes the report to each of them', async () => {
      const { reportId } = (await file({ document: document([barn(CHILD_A), barn(CHILD_B)]) }).expect(201)).body;
      expect([...(await routingOf(reportId)).childIds].sort()).toEqual([childA, childB].sort());
      expect((await read(reportId)).state.reporterCategory).toBe('helsestasjon-skolehelsetjeneste');
    });

    it('refuses one childId for a document about two children, writing nothing', async () => {
      const before = await eventCount();
      const response = await file({ childId: childA, document: document([barn(CHILD_A), barn(CHILD_B)]) }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['childId']);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('when the document’s national ids are not national ids', () => {
    it.each([
      ['letters', 'abcdefghijk'],
      ['ten digits', '0101901234'],
      ['a wrong check digit', withChangedDigit(CHILD_A)],
      ['90 kB of digits', '1'.repeat(90_000)],
    ])('refuses %s in offentligBarn[].fnr, naming the field', async (_what, fnr) => {
      const before = await eventCount();
      const response = await file({ document: document([barn(fnr)]) });
      expect([400, 413, 422]).toContain(response.status);
      if (response.status !== 413) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('document.offentligBarn[0].fnr');
      expect(await eventCount()).toBe(before);
    });
  });

  describe('the reporter category', () => {
    it.each([
      ['a health nurse', 'Helsesykepleier', 'Skaun helsestasjon'],
      ['a midwife', 'Jordmor', 'Jordmortjenesten i Skaun'],
    ])('comes from the document’s reporter: %s counts as health clinic, never police', async (_who, rolle, navn) => {
      const { reportId } = (await register({ document: document([barn(CHILD_A)], { offentligMelder: reporter(rolle, navn) }) }).expect(201)).body;
      expect((await read(reportId)).state.reporterCategory).toBe('helsestasjon-skolehelsetjeneste');
    });

    it('must be given when the document’s reporter does not tell it, and is refused otherwise', async () => {
      const unclear = document([barn(CHILD_A)], { offentligMelder: reporter('Rådgiver', 'Skaun kommune') });
      const before = await eventCount();
      const refused = await register({ document: unclear }).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['reporterCategory']);
      expect(await eventCount()).toBe(before);
      const { reportId } = (await register({ document: unclear, reporterCategory: 'andre' }).expect(201)).body;
      expect((await read(reportId)).state.reporterCategory).toBe('andre');
    });
  });

  describe('the export', () => {
    it('keeps the document’s own sendingstidspunkt, not the time of receipt', async () => {
      const { reportId } = (await file({ document: document([barn(CHILD_A)], { sendingstidspunkt: '2026-01-05T09:30:00' }) }).expect(201)).body;
      const exported = (await request(server).get(`/api/v1/reports/${reportId}/export`).set('authorization', intake).expect(200)).body;
      expect(exported.sendingstidspunkt).toBe('2026-01-05T09:30:00');
    });
  });

  describe('an unborn child', () => {
    it('is found through the mother’s national id in the document', async () => {
      const expectedDate = osloDate(new Date(Date.now() + 60 * 86_400_000));
      const unborn = (
        await request(server)
          .post('/api/v1/children')
          .set('authorization', nurse)
          .send({ subject: { kind: 'unborn', motherNationalId: MOTHER, expectedDate }, homeMunicipality: '5029', guardians: [] })
          .expect(201)
      ).body.childId;
      // The child index (keyed hashes) follows the log within moments.
      await app.caughtUp();
      const { reportId } = (await file({ document: document([barn(MOTHER, { ufoedt: true })]) }).expect(201)).body;
      expect((await routingOf(reportId)).childIds).toEqual([unborn]);
    });
  });

  describe('a time of receipt that is no calendar time', () => {
    it('refuses 2026-02-30 from intake, naming receivedAt, and writes nothing', async () => {
      const before = await eventCount();
      const response = await register({ document: document([barn(CHILD_A)]), reporterCategory: 'politi', receivedAt: '2026-02-30T10:00:00Z' }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['receivedAt']);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('linking a report to a BTI case', () => {
    it('links only an existing report about the case’s child', async () => {
      const caseOf = async (childId: string) =>
        (
          await request(server)
            .post('/api/v1/concerns')
            .set('authorization', nurse)
            .send({ childId, kommunenummer: '5029', observations: 'Observasjon', since: 'i høst' })
            .expect(201)
        ).body.caseId as string;
      const caseA = await caseOf(childA);
      const aboutB = (await file({ document: document([barn(CHILD_B)]) }).expect(201)).body.reportId;
      const aboutA = (await file({ document: document([barn(CHILD_A)]) }).expect(201)).body.reportId;
      const link = (reportId: string) => request(server).post(`/api/v1/concerns/${caseA}/child-welfare-reports`).set('authorization', nurse).send({ reportId });
      const before = await eventCount();
      for (const reportId of [randomUUID(), 'any-string-at-all', aboutB]) {
        const response = await link(reportId);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }
      expect(await eventCount()).toBe(before);
      await link(aboutA).expect(200, { events: ['ReportToChildWelfareLinked'] });
    });
  });
});
