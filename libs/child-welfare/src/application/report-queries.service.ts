import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import { DataSource } from 'typeorm';
import { listStreams } from '../../../projections/src/stream-catalogue/stream-catalogue.query';
import { ChildPersonalDataErasedError } from '../../../organisation/src/application/children/children.errors';
import { DEFAULT_CLOCK_RULES } from '../clock/clock-rules';
import { deadlinesFor, type Deadline } from '../clock/deadlines';
import type { ReportEvent } from '../domain/report.events';
import type { ReceivedReport } from '../domain/report.state';
import { exportBekymringsmelding } from '../format/bekymringsmelding.exchange';
import { parseSendingstidspunkt } from '../format/sendingstidspunkt';
import type { BekymringsmeldingV2 } from '../format/bekymringsmelding.types';
import { isReportContent, type ReportContent } from './report-content';
import { ReportCommands } from './report-commands.service';
import { REPORT_CLOCK, reportRefusal, type ReportClock } from './report-request';
import { reportStreamId, type ReportRouting } from './report-routing';
import { ReportStore, type LoadedReport } from './report.store';

/**
 * What a reporter's unit may know of its own report (barnevernsloven, feedback to the reporter):
 * only what child welfare has told it. Nothing of the review's reasons, the investigation's course
 * or the case's content; a private reporter is never told whether an investigation was opened.
 */
export type ReporterStatus = 'sent' | 'received' | 'investigation-opened' | 'no-investigation' | 'closed' | 'followed-up';

export const REPORTER_STATUS_NB: Readonly<Record<ReporterStatus, string>> = {
  sent: 'Meldingen er sendt til barneverntjenesten',
  received: 'Meldingen er mottatt',
  'investigation-opened': 'Undersøkelse er åpnet',
  'no-investigation': 'Det er ikke åpnet undersøkelse',
  closed: 'Undersøkelsen er avsluttet',
  'followed-up': 'Undersøkelsen er avsluttet, og barneverntjenesten følger opp barnet',
};

export interface ReporterView {
  readonly reportId: string;
  readonly filedAt: string;
  readonly childIds: readonly string[];
  readonly caseId?: string;
  readonly status: ReporterStatus;
  readonly statusNb: string;
  /** The feedback received, each with the day it was sent. */
  readonly feedback: ReadonlyArray<{ readonly kind: 'receipt-confirmation' | 'investigation-opened-notice' | 'outcome-feedback'; readonly sentAt: string; readonly textNb: string }>;
}

/** Child welfare's own view: everything, texts in clear, with the statutory deadlines. */
export interface ChildWelfareReportView {
  readonly reportId: string;
  readonly routing: ReportRouting;
  readonly state: ReceivedReport;
  readonly content: ReportContent | null;
  readonly deadlines: readonly Deadline[];
  readonly events: ReadonlyArray<{ readonly type: ReportEvent['type']; readonly data: unknown; readonly occurredAt?: string }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 500;

/** What the reporter knows, from the feedback events alone (never from the phase). */
export function reporterViewOf(loaded: LoadedReport): ReporterView | undefined {
  const { routing, state } = loaded;
  if (!routing || state.phase === 'not-received') return undefined;
  const feedback: Array<ReporterView['feedback'][number]> = [];
  let status: ReporterStatus = 'sent';
  for (const event of loaded.events) {
    if (event.type === 'ReceiptConfirmationSent') {
      status = 'received';
      feedback.push({ kind: 'receipt-confirmation', sentAt: event.data.sentAt, textNb: REPORTER_STATUS_NB.received });
    } else if (event.type === 'InvestigationOpenedNoticeSent') {
      status = event.data.investigationOpened ? 'investigation-opened' : 'no-investigation';
      feedback.push({ kind: 'investigation-opened-notice', sentAt: event.data.sentAt, textNb: REPORTER_STATUS_NB[status] });
    } else if (event.type === 'OutcomeFeedbackSent') {
      status = event.data.outcome;
      feedback.push({ kind: 'outcome-feedback', sentAt: event.data.sentAt, textNb: REPORTER_STATUS_NB[status] });
    }
  }
  return {
    reportId: routing.reportId,
    filedAt: state.receivedAt,
    childIds: routing.childIds,
    ...(routing.concernCaseId ? { caseId: routing.concernCaseId } : {}),
    status,
    statusNb: REPORTER_STATUS_NB[status],
    feedback,
  };
}

/** Reads of reports: the reporter unit's own list, child welfare's full view, and the KS export. */
@Injectable()
export class ReportQueries {
  constructor(
    private readonly reports: ReportStore,
    private readonly commands: ReportCommands,
    private readonly dataSource: DataSource,
    @Inject(REPORT_CLOCK) private readonly clock: ReportClock,
  ) {}

  /**
   * The caller's unit's own reports, newest first, with what the unit may know. Found through the
   * stream catalogue (eventually consistent) and read from each stream.
   * TODO(reporter-worklist): a projection keyed by reporter unit when the number of reports grows.
   */
  async mine(principal: Principal): Promise<ReporterView[]> {
    const views: ReporterView[] = [];
    let after: string | undefined;
    for (;;) {
      const streams = await listStreams(this.dataSource, { streamType: 'report', limit: PAGE, ...(after ? { afterStreamId: after } : {}) });
      for (const stream of streams) {
        const reportId = stream.streamId.slice('report-'.length);
        const loaded = await this.reports.load(reportId);
        if (loaded.routing?.reporterUnitId !== principal.unitId) continue;
        const view = reporterViewOf(loaded);
        if (view) views.push(view);
      }
      if (streams.length < PAGE) break;
      after = streams[streams.length - 1].streamId;
    }
    return views.sort((a, b) => b.filedAt.localeCompare(a.filedAt) || a.reportId.localeCompare(b.reportId));
  }

  /** Everything about one report, for child welfare of its unit; everyone else gets the unknown report's 403. */
  async read(reportId: string, principal: Principal): Promise<ChildWelfareReportView> {
    const now = this.clock.now();
    const loaded = await this.loadForChildWelfare(reportId, principal, now);
    const state = loaded.state as ReceivedReport;
    return {
      reportId: state.reportId,
      routing: loaded.routing as ReportRouting,
      state,
      content: isReportContent(loaded.events[0]?.data && (loaded.events[0].data as { content?: unknown }).content)
        ? ((loaded.events[0].data as { content: ReportContent }).content)
        : null,
      deadlines: deadlinesFor(state, DEFAULT_CLOCK_RULES, now.toISOString()),
      events: loaded.events.map((event, i) => ({ type: event.type, data: event.data, occurredAt: loaded.recorded[i].metadata.occurredAt })),
    };
  }

  /** The report as a KS Fiks v2 document, validated against KS's schema before it leaves. */
  async export(reportId: string, principal: Principal): Promise<BekymringsmeldingV2> {
    const loaded = await this.loadForChildWelfare(reportId, principal, this.clock.now());
    const content = (loaded.events[0]?.data as { content?: unknown } | undefined)?.content;
    if (!isReportContent(content)) throw reportRefusal();
    const state = loaded.state as ReceivedReport;
    // The document's own sendingstidspunkt (when the reporter sent it), never the time of receipt.
    const sent = parseSendingstidspunkt(content.document.sendingstidspunkt);
    const sentAt = sent.ok ? sent.instant : state.receivedAt;
    return content.variant === 'offentlig'
      ? exportBekymringsmelding({ variant: 'offentlig', document: content.document }, sentAt)
      : exportBekymringsmelding({ variant: 'privat', document: content.document }, sentAt);
  }

  private async loadForChildWelfare(reportId: string, principal: Principal, now: Date): Promise<LoadedReport> {
    if (typeof reportId !== 'string' || !UUID.test(reportId)) throw reportRefusal();
    const loaded = await this.reports.load(reportId.toLowerCase());
    if (!loaded.routing || loaded.state.phase === 'not-received' || !(await this.commands.mayHandle(principal, loaded.routing, loaded.state, now))) throw reportRefusal();
    if (loaded.erased) throw new ChildPersonalDataErasedError(loaded.routing.childIds[0] ?? reportStreamId(reportId));
    return loaded;
  }
}
