import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { listStreams } from '@stafett/projections';
import { DataSource } from 'typeorm';
import { ReportStream } from '../../../infrastructure/report-stream';
import { reportRoutingOf } from '../../report-routing';
import { ListMyReportsQuery } from './list-my-reports.query';
import { reporterViewOf, type ReporterView } from './reporter-view';

const PAGE = 500;

/**
 * Found through the stream catalogue (eventually consistent) and read from each stream.
 * TODO(reporter-worklist): a projection keyed by reporter unit when the number of reports grows.
 */
@QueryHandler(ListMyReportsQuery)
export class ListMyReportsHandler implements IQueryHandler<ListMyReportsQuery> {
  constructor(
    private readonly reports: ReportStream,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ principal }: ListMyReportsQuery): Promise<{ reports: ReporterView[] }> {
    const views: ReporterView[] = [];
    let after: string | undefined;
    for (;;) {
      const streams = await listStreams(this.dataSource, { streamType: 'report', limit: PAGE, ...(after ? { afterStreamId: after } : {}) });
      for (const stream of streams) {
        const reportId = stream.streamId.slice('report-'.length);
        // Whose report it is comes from the routing in the metadata: another unit's report is never opened.
        const [first] = await this.store.readStream(stream.streamId);
        if (!first || reportRoutingOf(first)?.reporterUnitId !== principal.unitId) continue;
        const view = reporterViewOf(await this.reports.load(reportId));
        if (view) views.push(view);
      }
      if (streams.length < PAGE) break;
      after = streams[streams.length - 1].streamId;
    }
    return { reports: views.sort((a, b) => b.filedAt.localeCompare(a.filedAt) || a.reportId.localeCompare(b.reportId)) };
  }
}
