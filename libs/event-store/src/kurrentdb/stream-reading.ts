import { FORWARDS } from '@kurrent/kurrentdb-client';
import { isStreamNotFound } from './error-mapping';
import { fromKurrentEvent, type StoredEvent } from './event-mapping';
import type { KurrentDbClient } from './kurrentdb-client';
import { readRevisionFor } from './revision-mapping';

/** A stream's events from a version (inclusive) in version order; none when the stream does not exist. */
export async function readStoredEvents(
  client: KurrentDbClient,
  streamId: string,
  fromVersion?: bigint,
  maxCount?: number,
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  try {
    const read = client.readStream(streamId, { fromRevision: readRevisionFor(fromVersion), maxCount, direction: FORWARDS });
    for await (const resolved of read) {
      if (resolved.event) events.push(fromKurrentEvent(resolved.event));
    }
  } catch (error) {
    if (isStreamNotFound(error)) return [];
    throw error;
  }
  return events;
}
