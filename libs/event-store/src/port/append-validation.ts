import type { NewEvent } from './event';
import { InvalidAppendError } from './errors';
import type { ExpectedVersion } from './expected-version';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_STREAM_ID_LENGTH = 200;

/** Shared by every engine, so that all refuse the same malformed appends before touching storage. */
export function validateAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): void {
  if (!streamId || streamId.length > MAX_STREAM_ID_LENGTH || streamId.startsWith('$')) {
    throw new InvalidAppendError(`Stream id must be 1-${MAX_STREAM_ID_LENGTH} characters and not start with '$'`);
  }
  if (events.length === 0) throw new InvalidAppendError('An append needs at least one event');
  if (typeof expected === 'bigint' && expected < 1n) {
    throw new InvalidAppendError(`Expected version must be 1 or more; use 'no_stream' for a new stream`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.id)) throw new InvalidAppendError(`Event id '${event.id}' is not a UUID`);
    if (seen.has(event.id.toLowerCase())) throw new InvalidAppendError(`Event id '${event.id}' appears twice`);
    seen.add(event.id.toLowerCase());
    if (!event.type) throw new InvalidAppendError('Every event needs a type');
    if (!event.metadata?.correlationId || !event.metadata.occurredAt) {
      throw new InvalidAppendError(`Event '${event.id}' needs metadata.correlationId and metadata.occurredAt`);
    }
    if (event.metadata.childId !== undefined && !UUID.test(event.metadata.childId)) {
      throw new InvalidAppendError(`Event '${event.id}' has a metadata.childId that is not a UUID`);
    }
  }
}
