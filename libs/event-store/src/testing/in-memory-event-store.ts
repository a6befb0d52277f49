import {
  PartialDuplicateAppendError,
  START,
  comparePositions,
  validateAppend,
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type GlobalPosition,
  type NewEvent,
  type ReadAllBatch,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../index';

/**
 * The event store port in memory, for use-case unit tests. It passes the contract suite
 * (in-memory-event-store.int.spec.ts): expected versions, idempotent event ids, the global order.
 * Appends are synchronous inside, so they are atomic and every event is visible to `readAll` at once.
 */
export class InMemoryEventStore implements EventStore {
  readonly engine = 'in-memory';
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly log: RecordedEvent[] = [];

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    const known = events.map((e) => this.byId.get(e.id.toLowerCase())).filter((e): e is RecordedEvent => e !== undefined);
    if (known.length > 0) {
      // A retry of an append that succeeded: report the stored events, whatever the expected version says now.
      if (known.length < events.length || known.some((e) => e.streamId !== streamId)) throw new PartialDuplicateAppendError(streamId, known.map((e) => e.id));
      const last = known[known.length - 1];
      return { nextExpectedVersion: last.streamVersion, position: last.globalPosition, appended: false };
    }
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.at(-1)?.streamVersion;
    const fits =
      expected === 'any' ||
      (expected === 'no_stream' && actual === undefined) ||
      (expected === 'exists' && actual !== undefined) ||
      (typeof expected === 'bigint' && expected === actual);
    if (!fits) throw new WrongExpectedVersionError(streamId, expected, actual);
    let version = actual ?? 0n;
    const recordedAt = new Date();
    for (const event of events) {
      version += 1n;
      const position = BigInt(this.log.length);
      const recorded: RecordedEvent = {
        ...structuredClone(event),
        streamId,
        streamVersion: version,
        globalPosition: { commit: position, prepare: position },
        recordedAt,
      };
      stream.push(recorded);
      this.log.push(recorded);
      this.byId.set(event.id.toLowerCase(), recorded);
    }
    this.streams.set(streamId, stream);
    return { nextExpectedVersion: version, position: stream[stream.length - 1].globalPosition, appended: true };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromVersion ?? 1n;
    const events = (this.streams.get(streamId) ?? []).filter((e) => e.streamVersion >= from);
    return (options.maxCount === undefined ? events : events.slice(0, options.maxCount)).map(copy);
  }

  /** Every event of every stream, in append order. */
  all(): RecordedEvent[] {
    return this.log.map(copy);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllBatch> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 1000;
    const events = this.after(after).slice(0, maxCount).map(copy);
    return { events, nextPosition: events.at(-1)?.globalPosition ?? after, isFull: events.length === maxCount };
  }

  async countAfter(position: GlobalPosition, cap = 1_000_000): Promise<number> {
    return Math.min(this.after(position).length, cap);
  }

  async close(): Promise<void> {}

  private after(position: GlobalPosition): RecordedEvent[] {
    const first = this.log.findIndex((e) => comparePositions(e.globalPosition, position) > 0);
    return first === -1 ? [] : this.log.slice(first);
  }
}

/** A reader's own copy, as a database returns one: changing it changes nothing stored. */
function copy(event: RecordedEvent): RecordedEvent {
  return structuredClone(event);
}
