import {
  PartialDuplicateAppendError,
  validateAppend,
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type NewEvent,
  type ReadAllBatch,
  type RecordedEvent,
} from '../index';

/**
 * The event store port in memory, for use-case unit tests: expected versions and idempotent event
 * ids behave as the contract suite requires of the real engines. Global reads are not needed here.
 */
export class InMemoryEventStore implements EventStore {
  readonly engine = 'in-memory';
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly ids = new Set<string>();
  private position = 0n;

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    const stream = this.streams.get(streamId) ?? [];
    const known = events.filter((e) => this.ids.has(e.id.toLowerCase()));
    const last = stream[stream.length - 1];
    if (known.length === events.length) {
      return { nextExpectedVersion: last?.streamVersion ?? 0n, position: last?.globalPosition ?? { commit: 0n, prepare: 0n }, appended: false };
    }
    if (known.length > 0) throw new PartialDuplicateAppendError(streamId, known.map((e) => e.id));
    const actual = last?.streamVersion;
    const fits =
      expected === 'any' ||
      (expected === 'no_stream' && actual === undefined) ||
      (expected === 'exists' && actual !== undefined) ||
      (typeof expected === 'bigint' && expected === actual);
    if (!fits) throw new WrongExpectedVersionError(streamId, expected, actual);
    let version = actual ?? 0n;
    for (const event of events) {
      this.position += 1n;
      version += 1n;
      stream.push({ ...event, streamId, streamVersion: version, globalPosition: { commit: this.position, prepare: this.position }, recordedAt: new Date() });
      this.ids.add(event.id.toLowerCase());
    }
    this.streams.set(streamId, stream);
    return { nextExpectedVersion: version, position: stream[stream.length - 1].globalPosition, appended: true };
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return [...(this.streams.get(streamId) ?? [])];
  }

  /** Every event of every stream, in append order. */
  all(): RecordedEvent[] {
    return [...this.streams.values()].flat().sort((a, b) => (a.globalPosition.commit < b.globalPosition.commit ? -1 : 1));
  }

  async readAll(): Promise<ReadAllBatch> {
    throw new Error('readAll is not needed by the use-case tests');
  }

  async countAfter(): Promise<number> {
    throw new Error('countAfter is not needed by the use-case tests');
  }

  async close(): Promise<void> {}
}
