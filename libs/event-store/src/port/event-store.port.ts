import type { EventMetadata, NewEvent, RecordedEvent } from './event';
import type { ExpectedVersion } from './expected-version';
import type { GlobalPosition } from './global-position';

export interface AppendResult {
  /** The stream's version after the append (the last event's version). */
  readonly nextExpectedVersion: bigint;
  /** Position of the last event written, or of the stored event when the append was a retry. */
  readonly position: GlobalPosition;
  /** False when every event id was already stored and nothing new was written. */
  readonly appended: boolean;
}

export interface ReadStreamOptions {
  /** First version to return (inclusive). Default 1. */
  readonly fromVersion?: bigint;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Return events strictly after this position. Default: from the very start. */
  readonly after?: GlobalPosition;
  /** At most this many events. Default 1000. */
  readonly maxCount?: number;
}

export interface ReadAllBatch {
  readonly events: RecordedEvent[];
  /**
   * Where the next read continues. Equals the last event's position, or `after` when the batch is
   * empty. Engines that skip events the caller cannot see (system events) may move it further.
   */
  readonly nextPosition: GlobalPosition;
  /** True when the read stopped at the batch limit, so more events are ready now. */
  readonly isFull: boolean;
}

/**
 * The event store port. Every engine (PostgreSQL, KurrentDB) implements it and passes the one
 * contract suite in `testing/event-store.contract.ts`.
 */
export interface EventStore {
  /** Engine name for health reports and benchmarks. */
  readonly engine: string;

  /**
   * Appends atomically, after checking the expected version. Throws WrongExpectedVersionError on a
   * conflict. Appending events whose ids are all stored already writes nothing and succeeds.
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;

  /** The stream's events in version order; an empty list when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /**
   * Events of all streams in global order. Only returns events that can never again be preceded by
   * a later commit, so a reader that always continues from `nextPosition` sees every event once.
   */
  readAll(options?: ReadAllOptions): Promise<ReadAllBatch>;

  /** How many events lie after the position (for projection lag), capped at `cap` to keep it cheap. */
  countAfter(position: GlobalPosition, cap?: number): Promise<number>;

  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export type { EventMetadata };
