import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { addDays } from '../../libs/child-welfare/src';
import { reportStream } from '../../libs/child-welfare/src/read-models/report-clock/testing/report-clock.fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * One event the statutory clock cannot apply (a receipt on 30 February, stored before the edge
 * refused such dates) must not stop the intake worklist: it is parked, the next 100 reports are on
 * the list, and health and the list itself say that a report is missing (issue 11 item 2).
 */
describe('when the report clock meets an event it cannot apply', () => {
  let app: TestApp;
  let intake: string;
  const yesterdayNoon = `${addDays(osloDate(new Date()), -1)}T11:00:00.000Z`;
  const get = (path: string) => request(app.app.getHttpServer()).get(path).set('authorization', intake);

  beforeAll(async () => {
    app = await startTestApp();
    await app.organisationLoaded();
    intake = `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`;
    const store = app.app.get<EventStore>(EVENT_STORE);
    const poisoned = reportStream({ reporterKind: 'private', reporterCategory: 'foreldre', kommunenummer: '5029', receivedAt: yesterdayNoon });
    const [received] = poisoned.events;
    await store.append(poisoned.streamId, [{ ...received, data: { ...(received.data as object), receivedAt: '2026-02-30T10:00:00.000Z' } }], 'no_stream');
    for (let i = 0; i < 100; i++) {
      const report = reportStream({ reporterKind: 'public', reporterCategory: 'skole', kommunenummer: '5029', receivedAt: yesterdayNoon });
      await store.append(report.streamId, report.events, 'no_stream');
    }
  });
  afterAll(() => app.close());

  it('parks it, lists the next 100 reports, and says on the worklist and the figures that one report could not be processed', async () => {
    await waitFor(async () => (await get('/api/v1/intake/worklist')).body.dueForReview?.length === 100, 20_000, 'the 100 reports on the worklist');
    const worklist = (await get('/api/v1/intake/worklist').expect(200)).body;
    expect(worklist).toMatchObject({ unprocessedReports: 1, warning: expect.stringContaining('1 melding kunne ikke behandles') });
    const today = osloDate(new Date());
    const figures = (await get(`/api/v1/intake/figures?kommunenummer=5029&from=${addDays(today, -7)}&to=${today}`).expect(200)).body;
    expect(figures).toMatchObject({ received: 100, unprocessedReports: 1, warning: expect.any(String) });
  });

  it('shows the parked event on /health/ready, as degraded', async () => {
    const health = await request(app.app.getHttpServer()).get('/health/ready').expect(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.details.projections.status).toBe('degraded');
    expect(health.body.details.projections['report-clock']).toMatchObject({ parked: 1, held: 0, lag: 0 });
    expect(health.body.details.projections['stream-catalogue']).toMatchObject({ parked: 0 });
  });
});
