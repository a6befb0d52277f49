import type { EntityManager } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { CheckpointStore, PostgresEventStore, SubscriptionRunner, type RecordedEvent } from '@stafett/event-store';
import { anEvent, aStreamId, FAST_SUBSCRIPTION, someEvents, waitFor } from '@stafett/event-store/testing';
import { rebuildBeside, RebuildRefusedError } from '../runtime/projection-rebuild';
import type { Projection } from '../runtime/projection';
import { ProjectionStatusService } from '../runtime/projection-status';
import { ParkedEvents } from './parked-events';
import { retryParked } from './retry-parked';

/** A read model that cannot apply events marked `poison` while `broken` is set (a bug, fixed later). */
class PoisonableProjection implements Projection {
  readonly name = 'poisonable';
  readonly tables = ['poisonable_seen'];
  broken = true;
  /** Throws a transient (connection) failure on every batch while set, like a database going away. */
  unavailable = false;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    if (this.unavailable) throw Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    for (const event of events) {
      if (this.broken && (event.data as { poison?: boolean }).poison) throw new TypeError('cannot apply this event');
      await manager.query('INSERT INTO poisonable_seen (event_id, stream_id, version) VALUES ($1, $2, $3)', [event.id, event.streamId, event.streamVersion.toString()]);
    }
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE poisonable_seen');
  }
}

describe('a projection that throws on one event', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let checkpoints: CheckpointStore;
  let runner: SubscriptionRunner;
  const projection = new PoisonableProjection();
  const poisonStream = aStreamId('poison');
  let poison: string;
  let heldBehind: string;
  const seen = async (): Promise<number> => (await db.dataSource.query('SELECT count(*)::int AS n FROM poisonable_seen'))[0].n;
  const statusOf = async () => (await new ProjectionStatusService([projection], store, checkpoints, db.dataSource).statuses())[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    checkpoints = new CheckpointStore(db.dataSource, { leaseMs: 5000 });
    await db.dataSource.query('CREATE TABLE poisonable_seen (event_id uuid PRIMARY KEY, stream_id text NOT NULL, version bigint NOT NULL)');
    const first = anEvent({ data: { poison: true } });
    const second = anEvent();
    poison = first.id;
    heldBehind = second.id;
    await store.append(poisonStream, [first, second], 'no_stream');
    for (let i = 0; i < 10; i++) await store.append(aStreamId(), someEvents(10), 'no_stream');
    runner = new SubscriptionRunner(projection.name, store, checkpoints, new ParkedEvents().handlerFor(projection), FAST_SUBSCRIPTION, undefined, undefined, {
      attempts: 2,
      pauseMs: 10,
    });
    runner.start();
  });
  afterAll(async () => {
    await runner.stop();
    await db.drop();
  });

  it('parks it (and the later event of its stream), processes the next 100, and says so in its status', async () => {
    await waitFor(async () => (await seen()) === 100, 20_000, 'the 100 events after the poison event');
    const parked = await new ParkedEvents().list(db.dataSource, projection.name);
    expect(parked.map((p) => [p.eventId, p.reason, p.failure])).toEqual([
      [poison, 'failed', 'TypeError'],
      [heldBehind, 'held', null],
    ]);
    expect(await statusOf()).toMatchObject({ name: 'poisonable', lag: 0, parked: 1, held: 1 });
  });

  it('holds back a new event of the parked stream, and applies new events of other streams', async () => {
    const later = anEvent();
    await store.append(poisonStream, [later], 2n);
    await store.append(aStreamId(), someEvents(5), 'no_stream');
    await waitFor(async () => (await seen()) === 105 && (await statusOf()).lag === 0, 10_000, 'the new events');
    expect((await statusOf()).held).toBe(2);
  });

  it('keeps them parked when a retry fails again, and applies them in their stream’s order after a fix', async () => {
    const failing = await retryParked(db.dataSource, store, checkpoints, projection);
    expect(failing).toEqual({ applied: 0, stillFailing: [{ streamId: poisonStream, failure: 'TypeError' }] });
    expect((await statusOf()).parked).toBe(1);

    projection.broken = false;
    expect(await retryParked(db.dataSource, store, checkpoints, projection)).toEqual({ applied: 3, stillFailing: [] });
    const order = await db.dataSource.query('SELECT version::int FROM poisonable_seen WHERE stream_id = $1 ORDER BY version', [poisonStream]);
    expect(order.map((row: { version: number }) => row.version)).toEqual([1, 2, 3]);
    expect(await statusOf()).toMatchObject({ parked: 0, held: 0 });

    await store.append(poisonStream, [anEvent()], 3n);
    await waitFor(async () => (await seen()) === 109, 10_000, 'the stream applied normally again');
  });

  it('never parks an event while the database is away: it waits and goes on', async () => {
    projection.unavailable = true;
    await store.append(aStreamId(), someEvents(3), 'no_stream');
    await waitFor(async () => (await statusOf()).lastError !== null, 10_000, 'the failing batch');
    projection.unavailable = false;
    await waitFor(async () => (await seen()) === 112, 10_000, 'the batch after the outage');
    expect(await statusOf()).toMatchObject({ parked: 0, held: 0 });
  });

  describe('when it is rebuilt beside the live read model', () => {
    const rows = () => db.dataSource.query('SELECT event_id, stream_id, version::int FROM poisonable_seen ORDER BY event_id');

    it('switches to identical rows when the rebuild succeeds', async () => {
      const before = await rows();
      const report = await rebuildBeside(db.dataSource, store, checkpoints, projection);
      expect(report).toMatchObject({ events: 112, rows: { poisonable_seen: 112 }, parked: 0 });
      expect(await rows()).toEqual(before);
      expect(await db.dataSource.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'rebuild_poisonable'`)).toEqual([]);
    });

    it('leaves the old rows readable when the rebuild parks events the live model applied', async () => {
      const before = await rows();
      projection.broken = true;
      const rebuild = rebuildBeside(db.dataSource, store, checkpoints, projection, { isolation: { attempts: 1, pauseMs: 0 } });
      await expect(rebuild).rejects.toBeInstanceOf(RebuildRefusedError);
      expect(await rows()).toEqual(before);
      expect((await statusOf()).parked).toBe(0);
      projection.broken = false;
    });

    it('leaves the old rows readable when the rebuild fails half-way', async () => {
      const before = await rows();
      projection.unavailable = true;
      await expect(rebuildBeside(db.dataSource, store, checkpoints, projection)).rejects.toThrow('Connection terminated');
      projection.unavailable = false;
      expect(await rows()).toEqual(before);
      expect(await db.dataSource.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'rebuild_poisonable'`)).toEqual([]);
    });
  });
});
