import type { CustomTypesConfig } from 'pg';
import type { EventMetadata, RecordedEvent } from '../port/event';

/**
 * Columns every read selects, in the order `toRecordedEvent` expects. Rows come back as arrays
 * (`rowMode: 'array'`), which spares node-postgres building an object with named keys per row.
 * `recorded_at` is sent as whole milliseconds since the epoch: `new Date(ms)` is far cheaper than
 * parsing timestamp text, and `floor` gives the same millisecond a parsed timestamp would.
 * Keep the aliases: without them `ORDER BY transaction_id` would sort by the text output column.
 */
export const EVENT_COLUMNS = `transaction_id::text AS tx, global_position::text AS pos, event_id, stream_id,
  stream_version::text AS version, event_type, data, metadata,
  floor(extract(epoch FROM recorded_at) * 1000)::bigint::text AS recorded_ms`;

/** A row of `EVENT_COLUMNS` as parsed with `EVENT_ROW_TYPES`. */
export type EventRow = [
  tx: string,
  pos: string,
  eventId: string,
  streamId: string,
  version: string,
  eventType: string,
  data: unknown,
  metadata: EventMetadata,
  recordedMs: string,
];

const JSONB = 3802;
const JSON_OID = 114;
const asText = (value: string): string => value;

/**
 * The parsers for reads, fixed here rather than taken from `pg.types`: that registry is global to
 * the process, and a library that changes it (Emmett's driver layer turns int8 into BigInt and
 * parses JSON through a reviver) would otherwise change what the store returns. Every column but
 * the JSON ones is text.
 */
export const EVENT_ROW_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number) => (oid === JSONB || oid === JSON_OID ? JSON.parse : asText)) as CustomTypesConfig['getTypeParser'],
};

/** Query options every read of `EVENT_COLUMNS` uses. */
export const EVENT_ROW_MODE = { rowMode: 'array' as const, types: EVENT_ROW_TYPES };

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row[2],
    type: row[5],
    data: row[6],
    metadata: row[7],
    streamId: row[3],
    streamVersion: BigInt(row[4]),
    globalPosition: { commit: BigInt(row[0]), prepare: BigInt(row[1]) },
    recordedAt: new Date(Number(row[8])),
  };
}
