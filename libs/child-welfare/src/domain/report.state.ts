import { assertNever } from '@stafett/kernel';
import type { Instant } from '@stafett/kernel';
import type { InvestigationOutcome, ReceiptExemptionGround, ReviewDecision } from './report.commands';
import type { ReportEvent } from './report.events';
import type { ReporterCategory, ReporterKind } from './reporter-category';

/**
 * - awaiting-review: received, the one-week review (§ 2-1) not yet decided
 * - dismissed / referred-low-threshold: the review ended the report
 * - investigating: § 2-2 investigation running (possibly extended)
 * - concluded: investigation closed or the child is followed up
 */
export type ReportPhase = 'awaiting-review' | 'dismissed' | 'referred-low-threshold' | 'investigating' | 'concluded';

export type ReceiptHandling =
  | { readonly kind: 'confirmed'; readonly sentAt: Instant }
  | { readonly kind: 'exempted'; readonly ground: ReceiptExemptionGround; readonly reason: string; readonly recordedAt: Instant };

/** What the decider and the clock need; the content stays in the event. */
export interface ReceivedReport {
  readonly phase: ReportPhase;
  readonly reportId: string;
  readonly reporterKind: ReporterKind;
  readonly reporterCategory: ReporterCategory;
  readonly kommunenummer: string;
  readonly receivedAt: Instant;
  readonly review?: { readonly decision: ReviewDecision; readonly decidedAt: Instant };
  readonly extension?: { readonly reason: string; readonly extendedAt: Instant };
  readonly conclusion?: { readonly outcome: InvestigationOutcome; readonly concludedAt: Instant };
  readonly receipt?: ReceiptHandling;
  readonly investigationOpenedNotice?: { readonly investigationOpened: boolean; readonly sentAt: Instant };
  readonly outcomeFeedback?: { readonly outcome: InvestigationOutcome; readonly sentAt: Instant };
}

export type ReportState = { readonly phase: 'not-received' } | ReceivedReport;

export const initialReportState = (): ReportState => ({ phase: 'not-received' });

const PHASE_AFTER_REVIEW: Record<ReviewDecision['outcome'], ReportPhase> = {
  dismiss: 'dismissed',
  investigate: 'investigating',
  'refer-low-threshold': 'referred-low-threshold',
};

export function evolveReport(state: ReportState, event: ReportEvent): ReportState {
  if (event.type === 'ReportReceived') {
    const { reportId, reporterKind, reporterCategory, kommunenummer, receivedAt } = event.data;
    return { phase: 'awaiting-review', reportId, reporterKind, reporterCategory, kommunenummer, receivedAt };
  }
  // Every other event follows ReportReceived in a stream; an event out of order is ignored
  // rather than inventing a report around it.
  if (state.phase === 'not-received') return state;
  switch (event.type) {
    case 'ReviewDecided':
      return { ...state, phase: PHASE_AFTER_REVIEW[event.data.decision.outcome], review: { decision: event.data.decision, decidedAt: event.data.decidedAt } };
    case 'InvestigationExtended':
      return { ...state, extension: { reason: event.data.reason, extendedAt: event.data.extendedAt } };
    case 'InvestigationConcluded':
      return { ...state, phase: 'concluded', conclusion: { outcome: event.data.outcome, concludedAt: event.data.concludedAt } };
    case 'ReceiptConfirmationSent':
      return { ...state, receipt: { kind: 'confirmed', sentAt: event.data.sentAt } };
    case 'ReceiptExemptionRecorded':
      return { ...state, receipt: { kind: 'exempted', ground: event.data.ground, reason: event.data.reason, recordedAt: event.data.recordedAt } };
    case 'InvestigationOpenedNoticeSent':
      return { ...state, investigationOpenedNotice: { investigationOpened: event.data.investigationOpened, sentAt: event.data.sentAt } };
    case 'OutcomeFeedbackSent':
      return { ...state, outcomeFeedback: { outcome: event.data.outcome, sentAt: event.data.sentAt } };
    default:
      return assertNever(event, 'report event');
  }
}
