import type { LoadedReport } from '../../../infrastructure/report-stream';

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
