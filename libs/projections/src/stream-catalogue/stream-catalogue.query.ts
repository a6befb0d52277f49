import type { DataSource } from 'typeorm';
import { StreamCatalogueEntry } from './stream-catalogue.entity';

export interface StreamCatalogueFilter {
  readonly streamType?: string;
  /** Keyset paging: streams whose id sorts after this one. */
  readonly afterStreamId?: string;
  readonly limit: number;
}

export async function listStreams(dataSource: DataSource, filter: StreamCatalogueFilter): Promise<StreamCatalogueEntry[]> {
  const query = dataSource.getRepository(StreamCatalogueEntry).createQueryBuilder('c').orderBy('c.stream_id', 'ASC').limit(filter.limit);
  if (filter.streamType) query.andWhere('c.stream_type = :type', { type: filter.streamType });
  if (filter.afterStreamId) query.andWhere('c.stream_id > :after', { after: filter.afterStreamId });
  return query.getMany();
}
