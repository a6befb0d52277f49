import type { RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { anEvent } from '../testing/event-fixtures';
import { fromKurrentEvent, isSystemRecord, toEventData } from './event-mapping';
import { APPEND_ID_KEY } from './metadata-mapping';

const created = new Date('2026-11-23T10:00:05.000Z');

/** What the client hands back for a stored JSON event. */
function asRead(data: ReturnType<typeof toEventData>, overrides: Partial<KurrentRecordedEvent> = {}): KurrentRecordedEvent {
  return {
    streamId: 'concern-1',
    id: data.id,
    revision: 2n,
    type: data.type,
    data: JSON.parse(JSON.stringify(data.data)),
    metadata: JSON.parse(JSON.stringify(data.metadata)),
    isJson: true,
    created,
    position: { commit: 500n, prepare: 400n },
    ...overrides,
  } as KurrentRecordedEvent;
}

describe('event mapping', () => {
  describe('when an event is written', () => {
    it('keeps the caller id and type, as JSON, with the append id in the metadata', () => {
      const event = anEvent();
      const data = toEventData(event, { appendId: 'append-1' });
      expect(data).toMatchObject({ id: event.id, type: event.type, contentType: 'application/json', data: event.data });
      expect((data.metadata as Record<string, unknown>)[APPEND_ID_KEY]).toBe('append-1');
    });

    it('stores missing data as null, as the PostgreSQL engine does', () => {
      expect(toEventData(anEvent({ data: undefined }), { appendId: 'a' }).data).toBeNull();
    });
  });

  describe('when an event is read back', () => {
    it('gives the port event: version from revision, position, created as recordedAt', () => {
      const event = anEvent({ data: { text: 'æøå', list: [1, 2] } });
      const { event: read, appendId } = fromKurrentEvent(asRead(toEventData(event, { appendId: 'append-1' })));
      expect(read).toEqual({
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        streamId: 'concern-1',
        streamVersion: 3n,
        globalPosition: { commit: 500n, prepare: 400n },
        recordedAt: created,
      });
      expect(appendId).toBe('append-1');
    });

    it('keeps the original recording time of a copied event', () => {
      const original = new Date('2024-05-06T07:08:09.000Z');
      const data = toEventData(anEvent(), { appendId: 'a', recordedAt: original });
      expect(fromKurrentEvent(asRead(data)).event.recordedAt).toEqual(original);
    });
  });

  describe('when telling system records from ours', () => {
    it('skips records of $ streams and $ types', () => {
      expect(isSystemRecord({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(true);
      expect(isSystemRecord({ streamId: '$ce-concern', type: '$>' })).toBe(true);
      expect(isSystemRecord({ streamId: '$$concern-1', type: '$metadata' })).toBe(true);
      expect(isSystemRecord({ streamId: 'concern-1', type: '$>' })).toBe(true);
    });

    it('keeps our events', () => {
      expect(isSystemRecord({ streamId: 'concern-1', type: 'ConcernRegistered' })).toBe(false);
    });
  });
});
