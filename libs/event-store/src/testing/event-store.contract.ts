import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent } from '../port/event';
import type { EventStore } from '../port/event-store.port';
import { InvalidAppendError, PartialDuplicateAppendError, WrongExpectedVersionError } from '../port/errors';
import { comparePositions, START } from '../port/global-position';
import { CheckpointStore } from '../subscriptions/checkpoint-store';
import { SubscriptionRunner, type SubscriptionSettings } from '../subscriptions/subscription-runner';
import { aStreamId, anEvent, someEvents } from './event-fixtures';

export interface ContractContext {
  readonly store: EventStore;
  /** The PostgreSQL database that holds checkpoints and read models, whatever the engine. */
  readonly readModels: DataSource;
}

export const FAST_SUBSCRIPTION: SubscriptionSettings = {
  batchSize: 50,
  pollIntervalMs: 20,
  acquireIntervalMs: 100,
  renewIntervalMs: 200,
  maxBackoffMs: 200,
};

/** Reads the whole global order the way a subscriber does: batch after batch from the last position. */
export async function readEverything(store: EventStore, batchSize = 100): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let after = START;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: batchSize });
    all.push(...batch.events);
    after = batch.nextPosition;
    if (!batch.isFull) return all;
  }
}

async function expectConflict(promise: Promise<unknown>, expected: unknown, actual: bigint | undefined): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect((error as WrongExpectedVersionError).expected).toEqual(expected);
  expect((error as WrongExpectedVersionError).actual).toEqual(actual);
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** A projection table for the subscription tests: one row per event; a repeat breaks the primary key. */
export async function createSeenTable(db: DataSource, table: string): Promise<void> {
  await db.query(`CREATE TABLE ${table} (event_id uuid PRIMARY KEY, seq serial, stream_id text, version bigint)`);
}

export async function recordSeen(manager: EntityManager, table: string, events: readonly RecordedEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.query(
    `INSERT INTO ${table} (event_id, stream_id, version) SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[])`,
    [events.map((e) => e.id), events.map((e) => e.streamId), events.map((e) => e.streamVersion.toString())],
  );
}

/**
 * The behaviour every event store engine must show. Each engine's test file calls this with a way
 * to reach a store and the PostgreSQL database of the read models.
 */
export function describeEventStoreContract(engine: string, context: () => ContractContext): void {
  describe(`event store contract (${engine})`, () => {
    let store: EventStore;
    let readModels: DataSource;
    beforeAll(() => ({ store, readModels } = context()));

    describe('when appending with an expected version', () => {
      it('creates a stream with no_stream and refuses no_stream once it exists', async () => {
        const stream = aStreamId();
        const first = await store.append(stream, someEvents(2), 'no_stream');
        expect(first.nextExpectedVersion).toBe(2n);
        expect(first.appended).toBe(true);
        await expectConflict(store.append(stream, [anEvent()], 'no_stream'), 'no_stream', 2n);
      });

      it('appends with exists only to a stream that has events', async () => {
        const stream = aStreamId();
        await expectConflict(store.append(stream, [anEvent()], 'exists'), 'exists', undefined);
        await store.append(stream, [anEvent()], 'no_stream');
        expect((await store.append(stream, [anEvent()], 'exists')).nextExpectedVersion).toBe(2n);
      });

      it('appends with any to new and existing streams', async () => {
        const stream = aStreamId();
        expect((await store.append(stream, [anEvent()], 'any')).nextExpectedVersion).toBe(1n);
        expect((await store.append(stream, someEvents(2), 'any')).nextExpectedVersion).toBe(3n);
      });

      it('appends at the exact version and refuses any other, reporting expected and actual', async () => {
        const stream = aStreamId();
        await expectConflict(store.append(stream, [anEvent()], 1n), 1n, undefined);
        await store.append(stream, someEvents(3), 'no_stream');
        expect((await store.append(stream, [anEvent()], 3n)).nextExpectedVersion).toBe(4n);
        await expectConflict(store.append(stream, [anEvent()], 3n), 3n, 4n);
        await expectConflict(store.append(stream, [anEvent()], 5n), 5n, 4n);
        expect(await store.readStream(stream)).toHaveLength(4);
      });

      it('writes nothing when the version check fails', async () => {
        const stream = aStreamId();
        await store.append(stream, [anEvent()], 'no_stream');
        await store.append(stream, someEvents(3), 7n).catch(() => undefined);
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('refuses malformed appends before writing', async () => {
        const stream = aStreamId();
        await expect(store.append(stream, [], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append(stream, [anEvent({ id: 'not-a-uuid' })], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append(stream, [anEvent()], 0n)).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append('', [anEvent()], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
        const twice = anEvent();
        await expect(store.append(stream, [twice, twice], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('when reading a stream', () => {
      it('returns every stored field, in version order, from a version, up to a count', async () => {
        const stream = aStreamId();
        const childId = randomUUID();
        const event = anEvent({
          type: 'ConcernRegistered',
          data: { text: 'æøå «sitat»', nested: { list: [1, 2] } },
          metadata: {
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actorUserId: 'user-7',
            actorServiceId: 'unit-3',
            childId,
            occurredAt: '2026-11-01T08:30:00.000Z',
          },
        });
        const before = Date.now();
        await store.append(stream, [event, ...someEvents(4)], 'no_stream');
        const [first, ...rest] = await store.readStream(stream);
        expect(first).toMatchObject({ id: event.id, type: event.type, data: event.data, metadata: event.metadata, streamId: stream, streamVersion: 1n });
        expect(first.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 5000);
        expect(rest.map((e) => e.streamVersion)).toEqual([2n, 3n, 4n, 5n]);
        const page = await store.readStream(stream, { fromVersion: 3n, maxCount: 2 });
        expect(page.map((e) => e.streamVersion)).toEqual([3n, 4n]);
      });

      it('returns nothing for a stream that does not exist', async () => {
        expect(await store.readStream(aStreamId())).toEqual([]);
      });
    });

    describe('when an append is retried with the same event ids', () => {
      it('appends nothing new and reports success, even with a now stale expected version', async () => {
        const stream = aStreamId();
        const events = someEvents(2);
        const first = await store.append(stream, events, 'no_stream');
        const retry = await store.append(stream, events, 'no_stream');
        expect(retry).toMatchObject({ appended: false, nextExpectedVersion: 2n });
        expect(comparePositions(retry.position, first.position)).toBe(0);
        await store.append(stream, [anEvent()], 2n);
        expect((await store.append(stream, events, 'any')).appended).toBe(false);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('refuses a batch that mixes stored and new ids', async () => {
        const stream = aStreamId();
        const stored = anEvent();
        await store.append(stream, [stored], 'no_stream');
        await expect(store.append(stream, [stored, anEvent()], 'any')).rejects.toBeInstanceOf(PartialDuplicateAppendError);
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('appends nothing when concurrent retries race', async () => {
        const stream = aStreamId();
        const events = someEvents(3);
        const results = await Promise.all(Array.from({ length: 10 }, () => store.append(stream, events, 'any')));
        expect(results.filter((r) => r.appended)).toHaveLength(1);
        expect(await store.readStream(stream)).toHaveLength(3);
      });
    });

    describe('when 50 writers append to one stream with the same expected version', () => {
      it('lets exactly one win and loses or duplicates nothing', async () => {
        const stream = aStreamId();
        await store.append(stream, someEvents(2), 'no_stream');
        const attempts = Array.from({ length: 50 }, () => someEvents(2, 'Contended'));
        const outcomes = await Promise.allSettled(attempts.map((events) => store.append(stream, events, 2n)));
        const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
        expect(winners).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
            expect((outcome.reason as WrongExpectedVersionError).actual).toBe(4n);
          }
        }
        const stored = await store.readStream(stream);
        expect(stored.map((e) => e.streamVersion)).toEqual([1n, 2n, 3n, 4n]);
        expect(stored.slice(2).map((e) => e.id)).toEqual(attempts[winners[0]].map((e) => e.id));
      });
    });

    describe('when reading all streams in global order', () => {
      it('returns every event once, positions increasing, each stream in its own order', async () => {
        const streams = [aStreamId('order'), aStreamId('order'), aStreamId('order')];
        await Promise.all(
          streams.map(async (stream) => {
            for (let i = 0; i < 5; i++) await store.append(stream, someEvents(2), 'any');
          }),
        );
        const all = await readEverything(store, 7);
        for (let i = 1; i < all.length; i++) {
          expect(comparePositions(all[i - 1].globalPosition, all[i].globalPosition)).toBeLessThan(0);
        }
        for (const stream of streams) {
          const versions = all.filter((e) => e.streamId === stream).map((e) => e.streamVersion);
          expect(versions).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i + 1)));
        }
        expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
      });

      it('counts the events after a position', async () => {
        const all = await readEverything(store);
        const middle = all[all.length - 3].globalPosition;
        expect(await store.countAfter(middle)).toBe(2);
        expect(await store.countAfter(START)).toBe(all.length);
      });
    });

    describe('when a subscription runs', () => {
      const table = `seen_${randomUUID().replace(/-/g, '')}`;
      beforeAll(() => createSeenTable(readModels, table));

      const handler = (fail?: (e: RecordedEvent) => boolean) => ({
        async handle(events: readonly RecordedEvent[], manager: EntityManager) {
          await recordSeen(manager, table, events);
          if (fail && events.some(fail)) throw new Error('projection failed');
        },
      });
      const seenIds = async () =>
        ((await readModels.query(`SELECT event_id FROM ${table} ORDER BY seq`)) as Array<{ event_id: string }>).map((r) => r.event_id);

      it('catches up, follows live, and resumes after a restart from its checkpoint without repeats', async () => {
        const name = `resume-${randomUUID()}`;
        const checkpoints = new CheckpointStore(readModels, { leaseMs: 2000 });
        await readModels.query(`TRUNCATE ${table}`);
        const before = (await readEverything(store)).map((e) => e.id);

        const first = new SubscriptionRunner(name, store, checkpoints, handler(), FAST_SUBSCRIPTION);
        first.start();
        await waitFor(async () => (await seenIds()).length === before.length, 10_000, 'catch-up');
        const live = someEvents(7);
        await store.append(aStreamId('live'), live, 'no_stream');
        await waitFor(async () => (await seenIds()).length === before.length + 7, 10_000, 'live events');
        await first.stop();

        const whileStopped = someEvents(5);
        await store.append(aStreamId('later'), whileStopped, 'no_stream');
        const second = new SubscriptionRunner(name, store, checkpoints, handler(), FAST_SUBSCRIPTION);
        second.start();
        await waitFor(async () => (await seenIds()).length === before.length + 12, 10_000, 'resume');
        await new Promise((r) => setTimeout(r, 200));
        await second.stop();
        expect(await seenIds()).toEqual([...before, ...live.map((e) => e.id), ...whileStopped.map((e) => e.id)]);
      });

      it('leaves neither rows nor checkpoint behind when a batch throws, and applies it once when fixed', async () => {
        const name = `failing-${randomUUID()}`;
        const checkpoints = new CheckpointStore(readModels, { leaseMs: 2000 });
        await readModels.query(`TRUNCATE ${table}`);
        const everything = (await readEverything(store)).map((e) => e.id);
        const poison = everything[Math.floor(everything.length / 2)];
        let broken = true;
        const runner = new SubscriptionRunner(
          name,
          store,
          checkpoints,
          handler((e) => broken && e.id === poison),
          { ...FAST_SUBSCRIPTION, batchSize: 1000 },
        );
        runner.start();
        await waitFor(async () => (await checkpoints.list()).some((c) => c.name === name && c.lastError !== null), 10_000, 'the failure');
        expect(await seenIds()).toEqual([]);
        const [checkpoint] = (await checkpoints.list()).filter((c) => c.name === name);
        expect(comparePositions(checkpoint.position, START)).toBe(0);

        broken = false;
        await waitFor(async () => (await seenIds()).length === everything.length, 10_000, 'recovery');
        await runner.stop();
        expect(await seenIds()).toEqual(everything);
      });

      it('runs in one process at a time', async () => {
        const name = `single-${randomUUID()}`;
        const checkpoints = new CheckpointStore(readModels, { leaseMs: 2000 });
        const a = new SubscriptionRunner(name, store, checkpoints, handler(), FAST_SUBSCRIPTION);
        const b = new SubscriptionRunner(name, store, checkpoints, handler(), FAST_SUBSCRIPTION);
        await readModels.query(`TRUNCATE ${table}`);
        a.start();
        await waitFor(async () => a.isLeader, 5000, 'a to lead');
        b.start();
        await new Promise((r) => setTimeout(r, 500));
        expect(b.isLeader).toBe(false);
        await a.stop();
        await waitFor(async () => b.isLeader, 5000, 'b to take over after a released');
        await b.stop();
      });
    });
  });
}
