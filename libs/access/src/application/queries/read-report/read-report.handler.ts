import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DEFAULT_CLOCK_RULES, deadlinesFor, isReportContent, type ReceivedReport, type ReportRouting } from '@stafett/child-welfare';
import { CLOCK, type Clock } from '@stafett/kernel';
import { ReportDisclosure } from '../../report-disclosure';
import { ReadReportQuery, type ChildWelfareReportView } from './read-report.query';

/** The report with its texts and the statutory deadlines, once disclosed (ReportDisclosure decides and records). */
@QueryHandler(ReadReportQuery)
export class ReadReportHandler implements IQueryHandler<ReadReportQuery> {
  constructor(
    private readonly disclosure: ReportDisclosure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ reportId, request }: ReadReportQuery): Promise<ChildWelfareReportView> {
    const now = this.clock.now();
    const loaded = await this.disclosure.disclosed(reportId, request, now, 'ReportRead');
    const state = loaded.state as ReceivedReport;
    const content = (loaded.events[0]?.data as { content?: unknown } | undefined)?.content;
    return {
      reportId: state.reportId,
      routing: loaded.routing as ReportRouting,
      state,
      content: isReportContent(content) ? content : null,
      deadlines: deadlinesFor(state, DEFAULT_CLOCK_RULES, now.toISOString()),
      events: loaded.events.map((event, i) => ({ type: event.type, data: event.data, occurredAt: loaded.recorded[i].metadata.occurredAt })),
    };
  }
}
