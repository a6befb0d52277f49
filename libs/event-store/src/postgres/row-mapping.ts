import type { EventMetadata, RecordedEvent } from '../port/event';

/** Columns every read selects, in the order `toRecordedEvent` expects. */
export const EVENT_COLUMNS = `transaction_id::text AS tx, global_position::text AS pos, event_id, stream_id,
  stream_version::text AS version, event_type, data, metadata, recorded_at`;

export interface EventRow {
  tx: string;
  pos: string;
  event_id: string;
  stream_id: string;
  version: string;
  event_type: string;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: BigInt(row.version),
    globalPosition: { commit: BigInt(row.tx), prepare: BigInt(row.pos) },
    recordedAt: row.recorded_at,
  };
}
