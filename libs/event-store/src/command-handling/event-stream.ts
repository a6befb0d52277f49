import type { EventStore } from '../port/event-store.port';
import type { EventMetadata, NewEvent, RecordedEvent } from '../port/event';

/** An event as deciders see it: type and data. */
export interface StreamEvent {
  readonly type: string;
  readonly data: unknown;
}

/** One stream as read: the events as the decider sees them, the stored records, and the version. */
export interface LoadedStream<E> {
  readonly events: readonly E[];
  readonly recorded: readonly RecordedEvent[];
  readonly version: bigint;
  /**
   * The child's key was destroyed: the sealed fields stay sealed. Callers refuse after their own
   * access check, so that an erased child and an unknown one look alike to whoever may not know.
   */
  readonly erased: boolean;
}

/**
 * How a context reads and writes its streams: plain (`plainEventStream`) or with personal data
 * sealed under the child's key (`EncryptingEventStream` in @stafett/identity).
 */
export interface EventStream<E> {
  read(streamId: string): Promise<LoadedStream<E>>;
  /** `expected` 0 means the stream must not exist yet. */
  append(streamId: string, events: readonly E[], eventIds: readonly string[], expected: bigint, metadata: EventMetadata): Promise<void>;
}

/** Events stored as they are decided. */
export function plainEventStream<E extends StreamEvent>(store: EventStore): EventStream<E> {
  return {
    async read(streamId) {
      const recorded = await store.readStream(streamId);
      const events = recorded.map((e) => ({ type: e.type, data: e.data }) as unknown as E);
      return { events, recorded, version: BigInt(recorded.length), erased: false };
    },
    async append(streamId, events, eventIds, expected, metadata) {
      const toStore: NewEvent[] = events.map((event, index) => ({ id: eventIds[index], type: event.type, data: event.data, metadata }));
      await store.append(streamId, toStore, expected === 0n ? 'no_stream' : expected);
    },
  };
}
