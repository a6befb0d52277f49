import type { Pool } from 'pg';
import type { NewEvent, RecordedEvent } from '../port/event';
import type { AppendResult, EventStore, ReadAllBatch, ReadAllOptions, ReadStreamOptions } from '../port/event-store.port';
import { validateAppend } from '../port/append-validation';
import { PartialDuplicateAppendError, WrongExpectedVersionError } from '../port/errors';
import type { ExpectedVersion } from '../port/expected-version';
import { START, type GlobalPosition } from '../port/global-position';
import { EVENT_COLUMNS, EVENT_ROW_MODE, toRecordedEvent, type EventRow } from './row-mapping';

const WRONG_EXPECTED_VERSION = 'SF409';
const UNIQUE_VIOLATION = '23505';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * The PostgreSQL engine. Appends are one call of `stafett_append` (one round trip, a prepared
 * statement); the global order is (transaction id, sequence), read only below the oldest running
 * transaction so that a late commit can never slip in behind a reader. See docs/event-store.md.
 */
export class PostgresEventStore implements EventStore {
  readonly engine = 'postgresql';

  /** `endPoolOnClose: false` when the pool is borrowed (the process's shared pool): its owner ends it. */
  constructor(
    private readonly pool: Pool,
    private readonly options: { readonly endPoolOnClose?: boolean } = {},
  ) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    try {
      const { rows } = await this.pool.query({
        name: 'stafett_append',
        text: 'SELECT next_version::text, last_transaction_id::text, last_position::text FROM stafett_append($1, $2, $3, $4, $5, $6, $7)',
        values: [
          streamId,
          typeof expected === 'bigint' ? expected.toString() : expected,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data ?? null)),
          events.map((e) => JSON.stringify(e.metadata)),
          events.map((e) => e.metadata.childId ?? null),
        ],
      });
      const row = rows[0];
      return {
        nextExpectedVersion: BigInt(row.next_version),
        position: { commit: BigInt(row.last_transaction_id), prepare: BigInt(row.last_position) },
        appended: true,
      };
    } catch (error) {
      const pgError = error as PgError;
      const isVersionConflict = pgError.code === WRONG_EXPECTED_VERSION;
      const isDuplicateId = pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'events_event_id_unique';
      if (!isVersionConflict && !isDuplicateId) throw error;
      // A retry of an append that already succeeded conflicts on version or id: report the stored events.
      const retried = await this.findRetriedAppend(streamId, events);
      if (retried) return retried;
      if (isDuplicateId) return this.append(streamId, events, expected); // the other writer rolled back
      throw new WrongExpectedVersionError(
        streamId,
        expected,
        pgError.detail === 'no_stream' ? undefined : BigInt(pgError.detail ?? '0'),
      );
    }
  }

  private async findRetriedAppend(streamId: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    const { rows } = await this.pool.query<{ event_id: string; stream_id: string; version: string; tx: string; pos: string }>(
      `SELECT event_id, stream_id, stream_version::text AS version, transaction_id::text AS tx, global_position::text AS pos
         FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY transaction_id, global_position`,
      [events.map((e) => e.id)],
    );
    if (rows.length === 0) return undefined;
    if (rows.length < events.length || rows.some((r) => r.stream_id !== streamId)) {
      throw new PartialDuplicateAppendError(streamId, rows.map((r) => r.event_id));
    }
    const last = rows[rows.length - 1];
    return {
      nextExpectedVersion: BigInt(last.version),
      position: { commit: BigInt(last.tx), prepare: BigInt(last.pos) },
      appended: false,
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      ...EVENT_ROW_MODE,
      name: 'stafett_read_stream',
      text: `SELECT ${EVENT_COLUMNS} FROM events
              WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version LIMIT $3`,
      values: [streamId, (options.fromVersion ?? 1n).toString(), options.maxCount ?? null],
    });
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllBatch> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 1000;
    // Only transactions below the snapshot's xmin are certainly finished: nothing can later commit
    // with a smaller transaction id, so the order below that horizon never changes.
    const { rows } = await this.pool.query<EventRow>({
      ...EVENT_ROW_MODE,
      name: 'stafett_read_all',
      text: `SELECT ${EVENT_COLUMNS} FROM events
              WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
                AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY transaction_id, global_position LIMIT $3`,
      values: [toXid(after.commit), after.prepare.toString(), maxCount],
    });
    const events = rows.map(toRecordedEvent);
    return {
      events,
      nextPosition: events.length > 0 ? events[events.length - 1].globalPosition : after,
      isFull: events.length === maxCount,
    };
  }

  async countAfter(position: GlobalPosition, cap = 1_000_000): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM (
         SELECT 1 FROM events WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) LIMIT $3) lagging`,
      [toXid(position.commit), position.prepare.toString(), cap],
    );
    return Number(rows[0].count);
  }

  async close(): Promise<void> {
    if (this.options.endPoolOnClose !== false) await this.pool.end();
  }
}

function toXid(commit: bigint): string {
  return (commit < 0n ? 0n : commit).toString();
}
