import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { listStreams, streamTypeTotals, type StreamCatalogueEntry, type StreamTypeTotals } from '../../../stream-catalogue/stream-catalogue.query';
import { ListStreamsQuery } from './list-streams.query';

@QueryHandler(ListStreamsQuery)
export class ListStreamsHandler implements IQueryHandler<ListStreamsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter }: ListStreamsQuery): Promise<{ totals: StreamTypeTotals[]; streams: StreamCatalogueEntry[] }> {
    const streams =
      filter.listedTypes.length === 0 ? [] : await listStreams(this.dataSource, { streamTypes: filter.listedTypes, afterStreamId: filter.afterStreamId, limit: filter.limit });
    return { totals: await streamTypeTotals(this.dataSource, filter.streamType), streams };
  }
}
