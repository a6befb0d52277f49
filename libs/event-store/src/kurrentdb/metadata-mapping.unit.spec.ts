import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '../port/event';
import { APPEND_ID_KEY, ORIGINAL_RECORDED_AT_KEY, fromStoredMetadata, toStoredMetadata } from './metadata-mapping';

const created = new Date('2026-11-23T10:00:05.000Z');

function roundTrip(stored: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(stored)); // what the client sends and parses back
}

describe('metadata mapping', () => {
  const metadata: EventMetadata = {
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actorUserId: 'user-7',
    actorServiceId: 'unit-3',
    childId: randomUUID(),
    occurredAt: '2026-11-01T08:30:00.000Z',
  };

  describe('when storing an event', () => {
    it('keeps every field and adds KurrentDB correlation names and the append id', () => {
      const stored = toStoredMetadata(metadata, { appendId: 'append-1' });
      expect(stored).toMatchObject({ ...metadata, $correlationId: metadata.correlationId, $causationId: metadata.causationId });
      expect(stored[APPEND_ID_KEY]).toBe('append-1');
      expect(stored).not.toHaveProperty(ORIGINAL_RECORDED_AT_KEY);
    });

    it('leaves out $causationId when there is no cause', () => {
      const { causationId: _, ...withoutCause } = metadata;
      expect(toStoredMetadata(withoutCause, { appendId: 'a' })).not.toHaveProperty('$causationId');
    });

    it('keeps the original recording time of a copied event', () => {
      const stored = toStoredMetadata(metadata, { appendId: 'a', recordedAt: new Date('2025-01-02T03:04:05.006Z') });
      expect(stored[ORIGINAL_RECORDED_AT_KEY]).toBe('2025-01-02T03:04:05.006Z');
    });
  });

  describe('when reading it back', () => {
    it('gives exactly the EventMetadata that was stored, and the append id beside it', () => {
      const parsed = fromStoredMetadata(roundTrip(toStoredMetadata(metadata, { appendId: 'append-1' })), { eventId: 'e', created });
      expect(parsed.metadata).toEqual(metadata);
      expect(parsed.appendId).toBe('append-1');
      expect(parsed.recordedAt).toBeUndefined();
    });

    it('returns the original recording time of a copied event', () => {
      const stored = toStoredMetadata(metadata, { appendId: 'a', recordedAt: new Date('2025-01-02T03:04:05.006Z') });
      expect(fromStoredMetadata(roundTrip(stored), { eventId: 'e', created }).recordedAt).toEqual(new Date('2025-01-02T03:04:05.006Z'));
    });

    it('drops optional fields that were never set rather than inventing them', () => {
      const minimal: EventMetadata = { correlationId: 'c-1', occurredAt: '2026-01-01T00:00:00.000Z' };
      expect(fromStoredMetadata(roundTrip(toStoredMetadata(minimal, { appendId: 'a' })), { eventId: 'e', created }).metadata).toEqual(minimal);
    });
  });

  describe('when an event was written by another tool', () => {
    it('falls back to $correlationId, then the event id, and the recording time', () => {
      expect(fromStoredMetadata({ $correlationId: 'c-9', source: 'import' }, { eventId: 'e-1', created }).metadata).toEqual({
        correlationId: 'c-9',
        occurredAt: created.toISOString(),
        source: 'import',
      });
      expect(fromStoredMetadata(undefined, { eventId: 'e-1', created }).metadata).toEqual({
        correlationId: 'e-1',
        occurredAt: created.toISOString(),
      });
    });

    it('ignores metadata that is not a JSON object', () => {
      for (const stored of [new Uint8Array([1, 2]), ['a'], 'text', null]) {
        expect(fromStoredMetadata(stored, { eventId: 'e-1', created }).metadata.correlationId).toBe('e-1');
      }
    });

    it('ignores a recording time that is not a date', () => {
      expect(fromStoredMetadata({ [ORIGINAL_RECORDED_AT_KEY]: 'soon' }, { eventId: 'e', created }).recordedAt).toBeUndefined();
    });
  });
});
