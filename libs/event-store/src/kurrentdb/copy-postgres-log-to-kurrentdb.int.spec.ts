import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import type { RecordedEvent } from '../port/event';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { CheckpointStore } from '../subscriptions/checkpoint-store';
import { aStreamId, anEvent, someEvents } from '../testing/event-fixtures';
import { readEverything } from '../testing/event-store.contract';
import {
  COPY_CHECKPOINT_NAME,
  CopyDivergedError,
  copyPostgresLogToKurrentDb,
  streamRuns,
  type CopyTarget,
} from './copy-postgres-log-to-kurrentdb';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { KurrentDbEmulator } from './testing/kurrentdb-emulator';

// The copy from a real PostgreSQL log into the adapter on the in-memory KurrentDB emulator.
let db: TestDatabase;
let source: PostgresEventStore;
let checkpoints: CheckpointStore;
let target: KurrentDbEventStore;


/** Everything the copy must keep: the global order and every field, recording time included. */
function essence(events: readonly RecordedEvent[]) {
  return events.map(({ id, streamId, streamVersion, type, data, metadata, recordedAt }) => ({
    id,
    streamId,
    streamVersion,
    type,
    data,
    metadata,
    recordedAt: recordedAt.toISOString(),
  }));
}

async function writeSomeHistory(): Promise<void> {
  const a = aStreamId('concern');
  const b = aStreamId('consent');
  await source.append(a, someEvents(5), 'no_stream');
  await source.append(b, someEvents(2), 'no_stream');
  await source.append(a, someEvents(3), 5n);
  await source.append(aStreamId('access'), [anEvent()], 'no_stream');
  await source.append(b, [anEvent()], 'exists');
}

/** Fails on the given call to appendCopied, either before or after the write reached KurrentDB. */
function crashingTarget(onCall: number, when: 'before-write' | 'after-write'): CopyTarget {
  let calls = 0;
  return {
    async appendCopied(streamId, events, expected) {
      calls += 1;
      if (calls === onCall && when === 'before-write') throw new Error('crash before the write');
      const result = await target.appendCopied(streamId, events, expected);
      if (calls === onCall) throw new Error('crash after the write');
      return result;
    },
    readStream: (streamId, options) => target.readStream(streamId, options),
  };
}

describe('copying the PostgreSQL log into KurrentDB', () => {
  beforeEach(async () => {
    db = await createTestDatabase();
    source = new PostgresEventStore(db.pool);
    checkpoints = new CheckpointStore(db.dataSource, { leaseMs: 10_000 });
    target = new KurrentDbEventStore(new KurrentDbEmulator());
  });
  afterEach(() => db.drop());

  describe('when KurrentDB is empty', () => {
    it('copies every event in global order with its ids, versions, metadata and recording time', async () => {
      await writeSomeHistory();
      const progress = await copyPostgresLogToKurrentDb(source, target, checkpoints, { batchSize: 4 });
      expect(progress).toMatchObject({ copied: 12, alreadyThere: 0, finished: true });
      expect(essence(await readEverything(target))).toEqual(essence(await readEverything(source)));
    });

    it('copies only what is new when run again, and releases its lease', async () => {
      await writeSomeHistory();
      await copyPostgresLogToKurrentDb(source, target, checkpoints);
      await source.append(aStreamId('late'), someEvents(2), 'no_stream');
      expect(await copyPostgresLogToKurrentDb(source, target, checkpoints)).toMatchObject({ copied: 2, alreadyThere: 0 });
      expect(await copyPostgresLogToKurrentDb(source, target, checkpoints)).toMatchObject({ copied: 0, finished: true });
      expect(essence(await readEverything(target))).toEqual(essence(await readEverything(source)));
      const [row] = (await checkpoints.list()).filter((c) => c.name === COPY_CHECKPOINT_NAME);
      expect(row.owner).toBeNull();
    });
  });

  describe('when a run stops part way', () => {
    it('continues after a crash before a write, neither skipping nor repeating', async () => {
      await writeSomeHistory();
      await expect(copyPostgresLogToKurrentDb(source, crashingTarget(3, 'before-write'), checkpoints, { batchSize: 3 })).rejects.toThrow(
        'crash before the write',
      );
      await copyPostgresLogToKurrentDb(source, target, checkpoints, { batchSize: 3 });
      expect(essence(await readEverything(target))).toEqual(essence(await readEverything(source)));
    });

    it('finishes a stream run an earlier run copied only the start of, when its batch ended inside it', async () => {
      const stream = aStreamId('concern');
      await source.append(stream, someEvents(5), 'no_stream');
      await source.append(aStreamId('consent'), someEvents(2), 'no_stream');
      // Batch of 3: the first three events of the run reach KurrentDB, the checkpoint does not move.
      await expect(copyPostgresLogToKurrentDb(source, crashingTarget(1, 'after-write'), checkpoints, { batchSize: 3 })).rejects.toThrow(
        'crash after the write',
      );
      expect(await target.readStream(stream)).toHaveLength(3);
      const progress = await copyPostgresLogToKurrentDb(source, target, checkpoints, { batchSize: 10 });
      expect(progress).toMatchObject({ copied: 4, alreadyThere: 3, finished: true });
      expect(essence(await readEverything(target))).toEqual(essence(await readEverything(source)));
    });

    it('stops between batches when asked, and the next run continues', async () => {
      await writeSomeHistory();
      const stop = new AbortController();
      const first = await copyPostgresLogToKurrentDb(source, target, checkpoints, {
        batchSize: 2,
        signal: stop.signal,
        onBatch: () => stop.abort(),
      });
      expect(first).toMatchObject({ finished: false });
      expect(first.copied).toBeLessThan(12);
      await copyPostgresLogToKurrentDb(source, target, checkpoints, { batchSize: 2 });
      expect(essence(await readEverything(target))).toEqual(essence(await readEverything(source)));
    });
  });

  describe('when another run holds the lease', () => {
    it('refuses to copy', async () => {
      await writeSomeHistory();
      await checkpoints.tryAcquire(COPY_CHECKPOINT_NAME, 'another-run');
      await expect(copyPostgresLogToKurrentDb(source, target, checkpoints)).rejects.toThrow(/Another copy/);
      expect(await readEverything(target)).toEqual([]);
    });
  });

  describe('when KurrentDB already holds other events in a copied stream', () => {
    it('stops with a divergence error instead of mixing the logs', async () => {
      const stream = aStreamId('concern');
      await source.append(stream, someEvents(2), 'no_stream');
      await target.append(stream, [anEvent()], 'no_stream');
      await expect(copyPostgresLogToKurrentDb(source, target, checkpoints)).rejects.toBeInstanceOf(CopyDivergedError);
    });
  });
});

describe('grouping events into stream runs', () => {
  describe('when events of one stream follow each other', () => {
    it('puts them in one run, and starts a new run at every change of stream or gap in versions', () => {
      const at = (streamId: string, streamVersion: bigint) => ({ streamId, streamVersion }) as RecordedEvent;
      const runs = streamRuns([at('a', 1n), at('a', 2n), at('b', 1n), at('a', 3n), at('a', 5n)]);
      expect(runs.map((run) => run.map((e) => `${e.streamId}${e.streamVersion}`))).toEqual([['a1', 'a2'], ['b1'], ['a3'], ['a5']]);
    });
  });
});
