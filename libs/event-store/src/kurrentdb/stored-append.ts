import type { NewEvent } from '../port/event';
import { PartialDuplicateAppendError } from '../port/errors';
import type { StoredEvent } from './event-mapping';

/**
 * Looks for an append's event ids among the stream's stored events. None: the append is new (returns
 * undefined). All: it was stored before; returns the last of them, in stream order. Some: the
 * caller reused ids by mistake (PartialDuplicateAppendError), as in the PostgreSQL engine.
 * KurrentDB has no index by event id, so only the target stream is searched.
 */
export function findStoredAppend(
  streamId: string,
  events: readonly NewEvent[],
  stored: readonly StoredEvent[],
): StoredEvent | undefined {
  const wanted = new Set(events.map((e) => e.id.toLowerCase()));
  const matches = stored.filter((s) => wanted.has(s.event.id.toLowerCase()));
  if (matches.length === 0) return undefined;
  const found = new Set(matches.map((s) => s.event.id.toLowerCase()));
  if (found.size < wanted.size) throw new PartialDuplicateAppendError(streamId, [...found]);
  return matches[matches.length - 1];
}
