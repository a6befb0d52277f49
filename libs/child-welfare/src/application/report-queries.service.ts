import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import type { Principal } from '@stafett/auth';
import { DataSource } from 'typeorm';
import { listStreams } from '../../../projections/src/stream-catalogue/stream-catalogue.query';
import { reportRoutingOf } from './report-routing';
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

/**
 * The reporter unit's own list of reports. Child welfare's full view and the KS export are
 * child-facing reads: libs/access/src/disclosure/reports (policy, access log).
 */
@Injectable()
export class ReportQueries {
  constructor(
    private readonly reports: ReportStore,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
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
        // Whose report it is comes from the routing in the metadata: another unit's report is never opened.
        const [first] = await this.store.readStream(stream.streamId);
        if (!first || reportRoutingOf(first)?.reporterUnitId !== principal.unitId) continue;
        const loaded = await this.reports.load(reportId);
        const view = reporterViewOf(loaded);
        if (view) views.push(view);
      }
      if (streams.length < PAGE) break;
      after = streams[streams.length - 1].streamId;
    }
    return views.sort((a, b) => b.filedAt.localeCompare(a.filedAt) || a.reportId.localeCompare(b.reportId));
  }
}
