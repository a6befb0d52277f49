import { Query } from '@nestjs/cqrs';
import type { StreamCatalogueEntry, StreamTypeTotals } from '../../../stream-catalogue/stream-catalogue.query';

/**
 * The stream catalogue for operators: totals per stream type (of `streamType`, or of every type), and
 * the streams of `listedTypes` one by one, keyset-paged after `afterStreamId`.
 */
export class ListStreamsQuery extends Query<{ totals: StreamTypeTotals[]; streams: StreamCatalogueEntry[] }> {
  constructor(
    readonly filter: {
      readonly streamType?: string;
      readonly listedTypes: readonly string[];
      readonly afterStreamId?: string;
      readonly limit: number;
    },
  ) {
    super();
  }
}
