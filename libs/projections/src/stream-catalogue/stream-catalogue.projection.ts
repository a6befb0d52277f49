import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '../runtime/projection';

/** Streams are named `<type>-<id>`; the type is what comes before the first dash. */
export function streamTypeOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
}

interface StreamSummary {
  streamId: string;
  version: bigint;
  count: number;
  lastType: string;
  firstAt: Date;
  lastAt: Date;
}

/** The first projection, proving the pipe: a catalogue of every stream in the store. */
export class StreamCatalogueProjection implements Projection {
  readonly name = 'stream-catalogue';
  readonly tables = ['stream_catalogue'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const byStream = new Map<string, StreamSummary>();
    for (const event of events) {
      const summary = byStream.get(event.streamId);
      if (!summary) {
        byStream.set(event.streamId, {
          streamId: event.streamId,
          version: event.streamVersion,
          count: 1,
          lastType: event.type,
          firstAt: event.recordedAt,
          lastAt: event.recordedAt,
        });
      } else {
        summary.count += 1;
        if (event.streamVersion > summary.version) {
          summary.version = event.streamVersion;
          summary.lastType = event.type;
          summary.lastAt = event.recordedAt;
        }
      }
    }
    if (byStream.size === 0) return;
    const rows = [...byStream.values()];
    // One statement per batch; GREATEST keeps the row right whatever order batches arrive in.
    await manager.query(
      `INSERT INTO stream_catalogue AS c
         (stream_id, stream_type, version, event_count, last_event_type, first_event_at, last_event_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::text[], $6::timestamptz[], $7::timestamptz[])
       ON CONFLICT (stream_id) DO UPDATE SET
         event_count     = c.event_count + excluded.event_count,
         last_event_type = CASE WHEN excluded.version > c.version THEN excluded.last_event_type ELSE c.last_event_type END,
         last_event_at   = CASE WHEN excluded.version > c.version THEN excluded.last_event_at ELSE c.last_event_at END,
         first_event_at  = LEAST(c.first_event_at, excluded.first_event_at),
         version         = GREATEST(c.version, excluded.version)`,
      [
        rows.map((r) => r.streamId),
        rows.map((r) => streamTypeOf(r.streamId)),
        rows.map((r) => r.version.toString()),
        rows.map((r) => r.count),
        rows.map((r) => r.lastType),
        rows.map((r) => r.firstAt.toISOString()),
        rows.map((r) => r.lastAt.toISOString()),
      ],
    );
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE stream_catalogue');
  }
}
