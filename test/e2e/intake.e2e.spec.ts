import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { addDays } from '../../libs/child-welfare/src';
import { reportStream, SECRET_REASON } from '../../libs/child-welfare/src/read-models/report-clock/testing/report-clock.fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

// The report events are appended as the write side stores them (built by the report decider,
// structural fields as in report.events.ts), so that receipt can lie in the past: the clock of
// these endpoints is the real one, and a report filed over HTTP is received "now".
describe('child-welfare intake worklists and figures, from the event store to HTTP', () => {
  let app: TestApp;
  let store: EventStore;
  let intake: string;
  const today = osloDate(new Date());
  /** Noon in Oslo (11:00 or 12:00 UTC) `days` days ago: the Oslo date is certain. */
  const daysAgo = (days: number) => `${addDays(today, -days)}T11:00:00.000Z`;

  // Received ten days ago, reviewed (investigation opened) on day six: on time.
  const reviewedDay6 = reportStream({ reporterKind: 'public', reporterCategory: 'barnehage', kommunenummer: '5029', receivedAt: daysAgo(10) })
    .then({ type: 'SendReceiptConfirmation' }, daysAgo(9))
    .then({ type: 'DecideReview', decision: { outcome: 'investigate' } }, daysAgo(4));
  // Received eight days ago and never reviewed: a fristbrudd since midnight.
  const unreviewed = reportStream({ reporterKind: 'private', reporterCategory: 'foreldre', kommunenummer: '5029', receivedAt: daysAgo(8) })
    .then({ type: 'RecordReceiptExemption', ground: 'special-reasons', reason: SECRET_REASON }, daysAgo(8));

  const get = (path: string, token?: string) => {
    const call = request(app.app.getHttpServer()).get(`/api/v1/intake/${path}`);
    return token ? call.set('authorization', token) : call;
  };
  const bearer = async (practitionerId: string) => `Bearer ${await app.tokenFor(practitionerId)}`;
  const period = `from=${addDays(today, -30)}&to=${today}`;

  beforeAll(async () => {
    app = await startTestApp();
    store = app.app.get(EVENT_STORE);
    await app.organisationLoaded();
    intake = await bearer('demo-barnevern-mottak');
    for (const report of [reviewedDay6, unreviewed]) await store.append(report.streamId, report.events, 'no_stream');
    await waitFor(async () => (await get(`figures?kommunenummer=5029&${period}`, intake)).body.received === 2, 10_000, 'the report-clock projection');
  });
  afterAll(() => app.close());

  describe('when intake of the child-welfare unit asks', () => {
    it('lists the unreviewed report as overdue for review and the reviewed one among investigations due', async () => {
      const body = (await get('worklist', intake).expect(200)).body;
      expect(body).toMatchObject({ unitId: 'demo-barnevern', today, kommunenumre: ['5028', '5029'], overdueCount: 1 });
      expect(body.overdue.review).toEqual([
        {
          reportId: unreviewed.reportId,
          kommunenummer: '5029',
          reporterCategory: 'foreldre',
          reporterKind: 'private',
          phase: 'awaiting-review',
          receivedAt: daysAgo(8),
          receivedOn: addDays(today, -8),
          rule: 'review',
          dueOn: addDays(today, -1),
          legalDueOn: addDays(today, -1),
          daysLeft: -1,
        },
      ]);
      expect(body.dueForReview).toEqual([]);
      expect(body.investigationsDue.map((i: { reportId: string; rule: string }) => [i.reportId, i.rule])).toEqual([[reviewedDay6.reportId, 'investigation']]);
      // The public reporter is still owed the notice that an investigation was opened.
      expect(body.feedbackDue.map((i: { reportId: string; rule: string }) => [i.reportId, i.rule])).toEqual([[reviewedDay6.reportId, 'investigation-opened-notice']]);
      expect(JSON.stringify(body)).not.toContain('SECRET');
    });

    it('counts the report reviewed on day six as on time, and the other as a breach, in the figures for 5029', async () => {
      const body = (await get(`figures?kommunenummer=5029&${period}`, intake).expect(200)).body;
      expect(body).toMatchObject({ kommunenummer: '5029', from: addDays(today, -30), to: today, asOf: today, received: 2 });
      expect(body.review).toEqual({ onTime: 1, late: 0, overdue: 1, pending: 0, notStarted: 0, notApplicable: 0, breaches: 1, share: 0.5 });
      expect(body.receiptConfirmation).toMatchObject({ onTime: 1, notApplicable: 1, share: 1 });
      expect(Object.keys(body.byReporterCategory)).toHaveLength(12);
      expect(body.byReporterCategory).toMatchObject({ barnehage: 1, foreldre: 1, skole: 0, 'barnet-selv': 0 });
      expect(JSON.stringify(body)).not.toContain('SECRET');
      expect((await get(`figures?kommunenummer=5028&${period}`, intake).expect(200)).body.received).toBe(0);
    });

    it('answers a caseworker of the unit as well', async () => {
      const caseworker = await bearer('demo-barnevern-saksbehandler');
      expect((await get('worklist', caseworker).expect(200)).body.overdueCount).toBe(1);
      await get(`figures?kommunenummer=5029&${period}`, caseworker).expect(200);
    });

    it('refuses a municipality the unit does not serve, and a malformed period', async () => {
      await get(`figures?kommunenummer=5001&${period}`, intake).expect(403);
      await get(`figures?kommunenummer=5029&from=${today}&to=${addDays(today, -1)}`, intake).expect(400);
      await get(`figures?kommunenummer=5029&from=2026-02-30&to=${today}`, intake).expect(400);
      await get('figures?kommunenummer=529', intake).expect(400);
    });
  });

  describe('when the caller is not child welfare', () => {
    it('answers 401 without a token and 403 to other units, leaders included', async () => {
      const nurse = await bearer('demo-helsestasjon-helsesykepleier');
      const kindergartenLeader = await bearer('demo-barnehage-leder');
      for (const path of ['worklist', `figures?kommunenummer=5029&${period}`]) {
        await get(path).expect(401);
        await get(path, nurse).expect(403);
        await get(path, kindergartenLeader).expect(403);
      }
    });
  });
});
