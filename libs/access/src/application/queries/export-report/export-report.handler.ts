import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { exportBekymringsmelding, isReportContent, parseSendingstidspunkt, reportRefusal, type BekymringsmeldingV2, type ReceivedReport } from '@stafett/child-welfare';
import { CLOCK, type Clock } from '@stafett/kernel';
import { ReportDisclosure } from '../../report-disclosure';
import { ExportReportQuery } from './export-report.query';

/** The report as a KS Fiks v2 document, validated against KS's schema before it leaves; the export is recorded as such. */
@QueryHandler(ExportReportQuery)
export class ExportReportHandler implements IQueryHandler<ExportReportQuery> {
  constructor(
    private readonly disclosure: ReportDisclosure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ reportId, request }: ExportReportQuery): Promise<BekymringsmeldingV2> {
    const loaded = await this.disclosure.disclosed(reportId, request, this.clock.now(), 'ReportExported');
    const content = (loaded.events[0]?.data as { content?: unknown } | undefined)?.content;
    if (!isReportContent(content)) throw reportRefusal();
    // The document's own sendingstidspunkt (when the reporter sent it), never the time of receipt.
    const sent = parseSendingstidspunkt(content.document.sendingstidspunkt);
    const sentAt = sent.ok ? sent.instant : (loaded.state as ReceivedReport).receivedAt;
    return content.variant === 'offentlig'
      ? exportBekymringsmelding({ variant: 'offentlig', document: content.document }, sentAt)
      : exportBekymringsmelding({ variant: 'privat', document: content.document }, sentAt);
  }
}
