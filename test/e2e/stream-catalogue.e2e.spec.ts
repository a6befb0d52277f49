import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { resetProjection, StreamCatalogueProjection } from '../../libs/projections/src';
import { CheckpointStore } from '../../libs/event-store/src/subscriptions/checkpoint-store';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { someEvents } from '../../libs/event-store/src/testing/event-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the stream catalogue, from append to HTTP', () => {
  let app: TestApp;
  let store: EventStore;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    store = app.app.get(EVENT_STORE);
    await app.organisationLoaded();
    admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
  });
  afterAll(() => app.close());

  const listAll = async () => (await request(app.app.getHttpServer()).get('/api/v1/admin/streams?limit=500').set('authorization', admin).expect(200)).body;
  const totalsOf = async (streamType: string) =>
    (await listAll()).streamTypes.find((t: { streamType: string }) => t.streamType === streamType) as { streamCount: number; eventCount: number } | undefined;

  describe('when events are appended', () => {
    it('counts the streams and events of each type, and lists only the organisation’s streams one by one', async () => {
      await store.append('concern-0b8f6a36-5a55-4c8a-9a51-0d7c5f4b2a01', someEvents(3, 'ConcernRegistered'), 'no_stream');
      await store.append('consent-4a0c7f2e-0d3f-4b7e-8a84-2f7d7a6f9b11', someEvents(1, 'ConsentGranted'), 'no_stream');
      await store.append('concern-0b8f6a36-5a55-4c8a-9a51-0d7c5f4b2a01', someEvents(2, 'LevelRaised'), 3n);
      await waitFor(async () => (await totalsOf('concern'))?.eventCount === 5 && (await totalsOf('consent'))?.eventCount === 1, 10_000, 'the projection');
      expect(await totalsOf('concern')).toMatchObject({ streamCount: 1, eventCount: 5 });
      expect(await totalsOf('consent')).toMatchObject({ streamCount: 1, eventCount: 1 });
      const body = await listAll();
      expect(body.items.map((s: { streamType: string }) => s.streamType)).toEqual(['organisation']);
      expect(body.items[0]).toMatchObject({ streamId: 'organisation', lastEventType: expect.any(String) });
      // A stream about a named child is never listed, nor its last event type.
      const text = JSON.stringify(body);
      for (const hidden of ['0b8f6a36', '4a0c7f2e', 'LevelRaised', 'ConsentGranted']) expect(text).not.toContain(hidden);
      const filtered = await request(app.app.getHttpServer()).get('/api/v1/admin/streams?type=consent').set('authorization', admin).expect(200);
      expect(filtered.body).toMatchObject({ items: [], streamTypes: [{ streamType: 'consent', streamCount: 1, eventCount: 1 }] });
    });
  });

  describe('when the projection is rebuilt from zero', () => {
    it('gives the same rows', async () => {
      const before = await listAll();
      await resetProjection(app.db.dataSource, app.app.get(CheckpointStore), new StreamCatalogueProjection());
      await waitFor(async () => JSON.stringify(await listAll()) === JSON.stringify(before), 10_000, 'the rebuild');
      expect(await listAll()).toEqual(before);
    });
  });

  describe('when the health of the service is asked', () => {
    it('is live, and ready with each projection\'s lag', async () => {
      await request(app.app.getHttpServer()).get('/health/live').expect(200);
      const ready = await request(app.app.getHttpServer()).get('/health/ready').expect(200);
      expect(ready.body.details.database.status).toBe('up');
      expect(ready.body.details.migrations.status).toBe('up');
      await waitFor(async () => (await request(app.app.getHttpServer()).get('/health/ready')).body.details.projections['stream-catalogue'].lag === 0, 5000, 'lag 0');
      const settled = await request(app.app.getHttpServer()).get('/health/ready').expect(200);
      expect(settled.body.details.projections['stream-catalogue']).toMatchObject({ lag: 0, active: true, lastError: null });
      expect(ready.body.details.projections['organisation-view']).toMatchObject({ active: true, lastError: null });
    });
  });

  describe('when the request is bad', () => {
    it('answers problem+json naming each bad field, for a bad value and an unknown parameter', async () => {
      const response = await request(app.app.getHttpServer()).get('/api/v1/admin/streams?limit=0&colour=red').set('authorization', admin).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, title: 'Ugyldig forespørsel' });
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['limit', 'colour']));
    });

    it('answers an unknown route with a 404 problem', async () => {
      const response = await request(app.app.getHttpServer()).get('/api/v1/nothing-here').set('authorization', admin).expect(404);
      expect(response.body).toMatchObject({ status: 404, title: 'Finnes ikke' });
    });

    it('answers malformed JSON with 400, not 500', async () => {
      await request(app.app.getHttpServer())
        .post('/api/v1/admin/streams')
        .set('authorization', admin)
        .set('content-type', 'application/json')
        .send('{"a":')
        .expect(400);
    });
  });
});
