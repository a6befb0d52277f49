import type { DataSource } from 'typeorm';

/** One row per stream: what kind it is, how far it has come, when it last changed. */
export interface StreamCatalogueEntry {
  readonly streamId: string;
  readonly streamType: string;
  readonly version: string;
  readonly eventCount: string;
  readonly lastEventType: string;
  readonly firstEventAt: Date;
  readonly lastEventAt: Date;
}

export interface StreamCatalogueFilter {
  readonly streamType?: string;
  /** Only streams of these types. */
  readonly streamTypes?: readonly string[];
  /** Keyset paging: streams whose id sorts after this one. */
  readonly afterStreamId?: string;
  readonly limit: number;
}

export async function listStreams(dataSource: DataSource, filter: StreamCatalogueFilter): Promise<StreamCatalogueEntry[]> {
  const rows: Array<Record<'stream_id' | 'stream_type' | 'version' | 'event_count' | 'last_event_type', string> & { first_event_at: Date; last_event_at: Date }> =
    await dataSource.query(
      `SELECT stream_id, stream_type, version::text, event_count::text, last_event_type, first_event_at, last_event_at
         FROM stream_catalogue
        WHERE ($1::text IS NULL OR stream_type = $1) AND ($2::text[] IS NULL OR stream_type = ANY($2)) AND ($3::text IS NULL OR stream_id > $3)
        ORDER BY stream_id LIMIT $4`,
      [filter.streamType ?? null, filter.streamTypes ? [...filter.streamTypes] : null, filter.afterStreamId ?? null, filter.limit],
    );
  return rows.map((row) => ({
    streamId: row.stream_id,
    streamType: row.stream_type,
    version: row.version,
    eventCount: row.event_count,
    lastEventType: row.last_event_type,
    firstEventAt: row.first_event_at,
    lastEventAt: row.last_event_at,
  }));
}

/** Totals per stream type: how many streams, how many events, the last change. No stream id, no event type. */
export interface StreamTypeTotals {
  readonly streamType: string;
  readonly streamCount: number;
  readonly eventCount: number;
  readonly lastEventAt: Date;
}

export async function streamTypeTotals(dataSource: DataSource, streamType?: string): Promise<StreamTypeTotals[]> {
  const rows: Array<{ stream_type: string; streams: string; events: string; last_event_at: Date }> = await dataSource.query(
    `SELECT stream_type, count(*) AS streams, sum(event_count) AS events, max(last_event_at) AS last_event_at
       FROM stream_catalogue WHERE ($1::text IS NULL OR stream_type = $1) GROUP BY stream_type ORDER BY stream_type`,
    [streamType ?? null],
  );
  return rows.map((row) => ({ streamType: row.stream_type, streamCount: Number(row.streams), eventCount: Number(row.events), lastEventAt: row.last_event_at }));
}
