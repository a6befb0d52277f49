import { PartialDuplicateAppendError } from '../port/errors';
import { anEvent, someEvents } from '../testing/event-fixtures';
import type { StoredEvent } from './event-mapping';
import { findStoredAppend } from './stored-append';

function stored(events: ReturnType<typeof someEvents>, appendId = 'first'): StoredEvent[] {
  return events.map((event, i) => ({
    event: {
      ...event,
      streamId: 's-1',
      streamVersion: BigInt(i + 1),
      globalPosition: { commit: BigInt(100 * (i + 1)), prepare: BigInt(100 * (i + 1)) },
      recordedAt: new Date(),
    },
    appendId,
  }));
}

describe('finding an append among stored events', () => {
  describe('when none of its ids are stored', () => {
    it('says the append is new', () => {
      expect(findStoredAppend('s-1', someEvents(2), stored(someEvents(3)))).toBeUndefined();
      expect(findStoredAppend('s-1', someEvents(2), [])).toBeUndefined();
    });
  });

  describe('when all of its ids are stored', () => {
    it('returns the last of them in stream order', () => {
      const events = someEvents(4);
      const found = findStoredAppend('s-1', [events[1], events[2]], stored(events));
      expect(found?.event.id).toBe(events[2].id);
      expect(found?.event.streamVersion).toBe(3n);
    });

    it('matches ids whatever their letter case', () => {
      const events = someEvents(1);
      const shouted = { ...events[0], id: events[0].id.toUpperCase() };
      expect(findStoredAppend('s-1', [shouted], stored(events))?.event.id).toBe(events[0].id);
    });
  });

  describe('when only some of its ids are stored', () => {
    it('refuses the mix, naming the stored ids', () => {
      const events = someEvents(2);
      const attempt = () => findStoredAppend('s-1', [events[0], anEvent()], stored(events));
      expect(attempt).toThrow(PartialDuplicateAppendError);
      expect(attempt).toThrow(events[0].id);
    });
  });
});
