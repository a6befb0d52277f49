import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { NewEvent, RecordedEvent } from '../port/event';
import type { AppendResult, EventStore, ReadAllBatch, ReadAllOptions, ReadStreamOptions } from '../port/event-store.port';
import { validateAppend } from '../port/append-validation';
import type { ExpectedVersion } from '../port/expected-version';
import { START, type GlobalPosition } from '../port/global-position';
import { scanAllAfter } from './all-stream-scan';
import { fromKurrentEvent, isSystemRecord } from './event-mapping';
import { appendToKurrentDb } from './kurrentdb-append';
import type { KurrentDbClient } from './kurrentdb-client';
import { readStoredEvents } from './stream-reading';

/** Records of `$all` one read may pass over (mostly system records) before it returns what it has. */
const SCAN_FACTOR = 10;
/** The largest page asked of KurrentDB in one read. */
const MAX_PAGE = 4096;
/**
 * KurrentDB keeps no count of `$all`, so counting means reading: cheap when a projection is caught
 * up, costly when it is far behind. A lower default cap than PostgreSQL's bounds that cost.
 */
const DEFAULT_COUNT_CAP = 100_000;

/**
 * The KurrentDB engine. The log lives in KurrentDB; checkpoints and read models stay in PostgreSQL,
 * and the engine-agnostic SubscriptionRunner follows `$all` through `readAll`. See
 * docs/event-store-engines.md for what it guarantees and how it differs from PostgreSQL.
 */
export class KurrentDbEventStore implements EventStore {
  readonly engine = 'kurrentdb';

  constructor(private readonly client: KurrentDbClient) {}

  /** `url` is a KurrentDB connection string, e.g. `kurrentdb://node1:2113,node2:2113,node3:2113?tls=false`. */
  static connect(url: string): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(url));
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    return appendToKurrentDb(this.client, { streamId, events, expected });
  }

  /**
   * Appends events copied from another log, keeping their ids, metadata and original recording
   * time. Used by the copy from PostgreSQL; otherwise the same as `append`.
   */
  async appendCopied(streamId: string, events: readonly RecordedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    return appendToKurrentDb(this.client, { streamId, events, expected, recordedAt: events.map((e) => e.recordedAt) });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const stored = await readStoredEvents(this.client, streamId, options.fromVersion, options.maxCount);
    return stored.map((s) => s.event);
  }

  /**
   * `$all` after a position, without KurrentDB's system records. KurrentDB shows an event in `$all`
   * only once it is committed, in commit order, so no later write can land before a position
   * already read: continuing from `nextPosition` sees every event once. `nextPosition` may pass
   * system records that follow the last event returned.
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllBatch> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 1000;
    if (maxCount <= 0) return { events: [], nextPosition: after, isFull: false };
    const scanLimit = maxCount * SCAN_FACTOR;
    const events: RecordedEvent[] = [];
    let nextPosition = after;
    let scanned = 0;
    for await (const { position, record } of scanAllAfter(this.client, after, Math.min(maxCount + 1, MAX_PAGE))) {
      nextPosition = position;
      scanned += 1;
      if (!isSystemRecord(record)) events.push(fromKurrentEvent(record).event);
      if (events.length === maxCount || scanned >= scanLimit) return { events, nextPosition, isFull: true };
    }
    return { events, nextPosition, isFull: false };
  }

  /** Reads forward and counts (see DEFAULT_COUNT_CAP): callers that only compare with a threshold should pass it as the cap. */
  async countAfter(position: GlobalPosition, cap = DEFAULT_COUNT_CAP): Promise<number> {
    let count = 0;
    if (cap <= 0) return count;
    for await (const { record } of scanAllAfter(this.client, position, MAX_PAGE)) {
      if (isSystemRecord(record)) continue;
      count += 1;
      if (count >= cap) break;
    }
    return count;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
