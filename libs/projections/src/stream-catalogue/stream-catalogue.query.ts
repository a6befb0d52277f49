import type { DataSource } from 'typeorm';
import { StreamCatalogueEntry } from './stream-catalogue.entity';

export interface StreamCatalogueFilter {
  readonly streamType?: string;
  /** Only streams of these types. */
  readonly streamTypes?: readonly string[];
  /** Keyset paging: streams whose id sorts after this one. */
  readonly afterStreamId?: string;
  readonly limit: number;
}

export async function listStreams(dataSource: DataSource, filter: StreamCatalogueFilter): Promise<StreamCatalogueEntry[]> {
  const query = dataSource.getRepository(StreamCatalogueEntry).createQueryBuilder('c').orderBy('c.stream_id', 'ASC').limit(filter.limit);
  if (filter.streamType) query.andWhere('c.stream_type = :type', { type: filter.streamType });
  if (filter.streamTypes) query.andWhere('c.stream_type IN (:...types)', { types: filter.streamTypes.length > 0 ? [...filter.streamTypes] : [''] });
  if (filter.afterStreamId) query.andWhere('c.stream_id > :after', { after: filter.afterStreamId });
  return query.getMany();
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
