import { randomUUID } from 'node:crypto';
import type { AppendStreamState, EventData } from '@kurrent/kurrentdb-client';
import type { NewEvent } from '../port/event';
import type { AppendResult } from '../port/event-store.port';
import { WrongExpectedVersionError } from '../port/errors';
import type { ExpectedVersion } from '../port/expected-version';
import {
  conflictFromResult,
  isAmbiguousAppendFailure,
  isKurrentWrongExpectedVersion,
  toWrongExpectedVersionError,
} from './error-mapping';
import { toEventData, type StoredEvent } from './event-mapping';
import type { KurrentDbClient } from './kurrentdb-client';
import { exactStreamState, toStreamState, versionFromRevision } from './revision-mapping';
import { findStoredAppend } from './stored-append';
import { readStoredEvents } from './stream-reading';

/** How often an `any`/`exists` append looks at the stream again after other writers got in first. */
const MAX_TAIL_ATTEMPTS = 100;

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedVersion;
  /** Original recording times, kept when events are copied from another log. */
  readonly recordedAt?: readonly Date[];
}

interface Attempt extends AppendRequest {
  readonly appendId: string;
  readonly data: EventData[];
}

/**
 * Appends with the port's guarantees on top of what KurrentDB gives:
 * - KurrentDB answers a retried batch (same ids, same expected revision) exactly as it answered
 *   the original, so every write reads back its last event and compares the append id stored in
 *   its metadata: only the attempt that wrote reports `appended: true`.
 * - `any` and `exists` are neither idempotent nor duplicate-free in KurrentDB, so those appends
 *   read the stream, look for the ids, and write at the exact revision they saw.
 * - On a version conflict the ids are looked up too, so a retry with a stale expected version
 *   succeeds with `appended: false`, as in the PostgreSQL engine.
 */
export async function appendToKurrentDb(client: KurrentDbClient, request: AppendRequest): Promise<AppendResult> {
  const appendId = randomUUID();
  const data = request.events.map((event, i) => toEventData(event, { appendId, recordedAt: request.recordedAt?.[i] }));
  const attempt: Attempt = { ...request, appendId, data };
  return request.expected === 'any' || request.expected === 'exists'
    ? appendAtTail(client, attempt)
    : appendAtExpected(client, attempt, toStreamState(request.expected));
}

async function appendAtExpected(client: KurrentDbClient, attempt: Attempt, streamState: AppendStreamState): Promise<AppendResult> {
  try {
    return await write(client, attempt, streamState);
  } catch (error) {
    if (!isKurrentWrongExpectedVersion(error)) return recoverFromUnclearOutcome(client, attempt, error);
    const stored = findStoredAppend(attempt.streamId, attempt.events, await readStoredEvents(client, attempt.streamId));
    if (stored) return resultOf(stored, false);
    throw toWrongExpectedVersionError(attempt.streamId, attempt.expected, error);
  }
}

async function appendAtTail(client: KurrentDbClient, attempt: Attempt): Promise<AppendResult> {
  let seen: StoredEvent[] = [];
  for (let round = 0; round < MAX_TAIL_ATTEMPTS; round++) {
    const known = lastVersion(seen);
    seen = seen.concat(await readStoredEvents(client, attempt.streamId, known === undefined ? undefined : known + 1n));
    const stored = findStoredAppend(attempt.streamId, attempt.events, seen);
    if (stored) return resultOf(stored, false);
    const tail = lastVersion(seen);
    if (attempt.expected === 'exists' && tail === undefined) {
      throw new WrongExpectedVersionError(attempt.streamId, attempt.expected, undefined);
    }
    try {
      return await write(client, attempt, exactStreamState(tail));
    } catch (error) {
      if (!isKurrentWrongExpectedVersion(error)) return recoverFromUnclearOutcome(client, attempt, error);
      // Another writer appended since the read: read what it wrote and try again at the new tail.
    }
  }
  throw new WrongExpectedVersionError(attempt.streamId, attempt.expected, lastVersion(seen));
}

async function write(client: KurrentDbClient, attempt: Attempt, streamState: AppendStreamState): Promise<AppendResult> {
  const result = await client.appendToStream(attempt.streamId, attempt.data, { streamState });
  const conflict = conflictFromResult(attempt.streamId, streamState, result);
  if (conflict) throw conflict;
  const lastWritten = versionFromRevision(result.nextExpectedRevision);
  const [last] = await readStoredEvents(client, attempt.streamId, lastWritten, 1);
  if (!last) throw new Error(`KurrentDB acknowledged an append to '${attempt.streamId}' whose last event cannot be read`);
  return resultOf(last, last.appendId === attempt.appendId);
}

/** After a timeout or a lost connection: the stream shows whether (and by whom) the events were stored. */
async function recoverFromUnclearOutcome(client: KurrentDbClient, attempt: Attempt, error: unknown): Promise<AppendResult> {
  if (!isAmbiguousAppendFailure(error)) throw error;
  let events: StoredEvent[];
  try {
    events = await readStoredEvents(client, attempt.streamId);
  } catch {
    throw error; // the server is still out of reach: report the first failure, the caller retries
  }
  const stored = findStoredAppend(attempt.streamId, attempt.events, events);
  if (!stored) throw error;
  return resultOf(stored, stored.appendId === attempt.appendId);
}

function resultOf(stored: StoredEvent, appended: boolean): AppendResult {
  return { nextExpectedVersion: stored.event.streamVersion, position: stored.event.globalPosition, appended };
}

function lastVersion(events: readonly StoredEvent[]): bigint | undefined {
  return events.length === 0 ? undefined : events[events.length - 1].event.streamVersion;
}
