import { DeadlineExceededError } from '@kurrent/kurrentdb-client';
import { PartialDuplicateAppendError, WrongExpectedVersionError } from '../port/errors';
import { aStreamId, anEvent, someEvents } from '../testing/event-fixtures';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { KurrentDbEmulator } from './testing/kurrentdb-emulator';

// The append logic the adapter adds on top of KurrentDB, against the in-memory emulator.
describe('appending to KurrentDB', () => {
  let kurrent: KurrentDbEmulator;
  let store: KurrentDbEventStore;
  beforeEach(() => {
    kurrent = new KurrentDbEmulator();
    store = new KurrentDbEventStore(kurrent);
  });

  describe('when KurrentDB stores an append but its answer is lost', () => {
    it('finds the events by id and reports that this attempt wrote them', async () => {
      const stream = aStreamId();
      kurrent.loseNextAcknowledgement(new DeadlineExceededError());
      const result = await store.append(stream, someEvents(2), 'no_stream');
      expect(result).toMatchObject({ appended: true, nextExpectedVersion: 2n });
    });

    it('lets the caller retry the same events without writing them twice', async () => {
      const stream = aStreamId();
      const events = someEvents(2);
      kurrent.loseNextAcknowledgement(Object.assign(new Error('14 UNAVAILABLE'), { code: 14 }));
      await store.append(stream, events, 'no_stream');
      expect(await store.append(stream, events, 'no_stream')).toMatchObject({ appended: false, nextExpectedVersion: 2n });
      expect(await store.readStream(stream)).toHaveLength(2);
    });
  });

  describe('when an append fails with an error that is neither a timeout nor a lost connection', () => {
    it('passes the error on', async () => {
      kurrent.loseNextAcknowledgement(new Error('disk on fire'));
      await expect(store.append(aStreamId(), [anEvent()], 'any')).rejects.toThrow('disk on fire');
    });
  });

  describe('when a retry comes with a stale exact version', () => {
    it('succeeds without writing, at the version of the stored events', async () => {
      const stream = aStreamId();
      const events = someEvents(2);
      await store.append(stream, events, 'no_stream');
      await store.append(stream, someEvents(3), 2n);
      const retry = await store.append(stream, events, 'no_stream');
      expect(retry).toMatchObject({ appended: false, nextExpectedVersion: 2n });
      expect(await store.readStream(stream)).toHaveLength(5);
    });
  });

  describe('when appending with any or exists', () => {
    it('finds ids stored long before the tail, which KurrentDB itself would write again', async () => {
      const stream = aStreamId();
      const early = anEvent();
      await store.append(stream, [early], 'any');
      await store.append(stream, someEvents(5), 'exists');
      expect(await store.append(stream, [early], 'exists')).toMatchObject({ appended: false, nextExpectedVersion: 1n });
      expect(await store.readStream(stream)).toHaveLength(6);
    });

    it('refuses a mix of stored and new ids', async () => {
      const stream = aStreamId();
      const stored = anEvent();
      await store.append(stream, [stored], 'any');
      await expect(store.append(stream, [anEvent(), stored], 'exists')).rejects.toBeInstanceOf(PartialDuplicateAppendError);
    });

    it('lets every concurrent writer in, one after another, in some order', async () => {
      const stream = aStreamId();
      const batches = Array.from({ length: 20 }, () => someEvents(2));
      const results = await Promise.all(batches.map((events) => store.append(stream, events, 'any')));
      expect(results.every((r) => r.appended)).toBe(true);
      const versions = (await store.readStream(stream)).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: 40 }, (_, i) => BigInt(i + 1)));
    });

    it('reports a missing stream for exists without writing', async () => {
      const stream = aStreamId();
      await expect(store.append(stream, [anEvent()], 'exists')).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.readStream(stream)).toEqual([]);
    });
  });

  describe('when reading $all', () => {
    it('skips system records but moves the next position past them', async () => {
      const event = anEvent();
      await store.append(aStreamId('concern'), [event], 'no_stream');
      const batch = await store.readAll({ maxCount: 10 });
      expect(batch.events.map((e) => e.id)).toEqual([event.id]);
      expect(batch.nextPosition).not.toEqual(batch.events[0].globalPosition);
      expect(await store.readAll({ after: batch.nextPosition })).toMatchObject({ events: [], nextPosition: batch.nextPosition, isFull: false });
    });

    it('pages through many records one event at a time without repeating or losing any', async () => {
      const events = someEvents(7);
      for (const event of events) await store.append(aStreamId(), [event], 'no_stream');
      const seen: string[] = [];
      let after = (await store.readAll({ maxCount: 0 })).nextPosition;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: 1 });
        seen.push(...batch.events.map((e) => e.id));
        after = batch.nextPosition;
        if (!batch.isFull) break;
      }
      expect(seen).toEqual(events.map((e) => e.id));
      expect(await store.countAfter({ commit: -1n, prepare: -1n })).toBe(7);
      expect(await store.countAfter({ commit: -1n, prepare: -1n }, 3)).toBe(3);
    });
  });
});
