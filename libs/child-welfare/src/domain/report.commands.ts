import type { Instant } from '@stafett/kernel';
import type { ReporterCategory, ReporterKind } from './reporter-category';

/**
 * The report's content (who reported, what was seen, the KS document if it came through Fiks).
 * Opaque to the decider on purpose: how it is stored and encrypted is decided by the application.
 */
export type OpaqueReportContent = unknown;

/** A child the report concerns: known by id when identified, or flagged unborn (via the mother). */
export interface ReportChild {
  readonly childId?: string;
  readonly unborn: boolean;
}

/**
 * How the report reached child welfare: a public reporter's unit in Stafett, the KS Fiks
 * exchange, or registered by intake from a phone call, a letter, a private person or the police.
 */
export type ReportChannel =
  | { readonly kind: 'service-unit'; readonly unitId: string }
  | { readonly kind: 'fiks' }
  | { readonly kind: 'intake'; readonly registeredBy: string };

export interface ReceiveReport {
  readonly type: 'ReceiveReport';
  /** A UUID chosen by the caller, so that a retried receipt is the same report. */
  readonly reportId: string;
  readonly reporterKind: ReporterKind;
  readonly reporterCategory: ReporterCategory;
  readonly channel: ReportChannel;
  /** When child welfare received it: every deadline counts from its Oslo calendar date. */
  readonly receivedAt: Instant;
  readonly kommunenummer: string;
  readonly children: readonly ReportChild[];
  /** An existing child-welfare case the report belongs to, if intake knows one. */
  readonly linkedCaseId?: string;
  readonly content: OpaqueReportContent;
}

export type ReviewDecision =
  | { readonly outcome: 'dismiss'; readonly reason: string }
  | { readonly outcome: 'investigate' }
  | { readonly outcome: 'refer-low-threshold'; readonly reason?: string };

/** The § 2-1 review: dismiss (henlegge), investigate (undersøkelse), or refer to low-threshold help. */
export interface DecideReview {
  readonly type: 'DecideReview';
  readonly reportId: string;
  readonly decision: ReviewDecision;
}

export interface ExtendInvestigation {
  readonly type: 'ExtendInvestigation';
  readonly reportId: string;
  readonly reason: string;
}

export type InvestigationOutcome = 'closed' | 'followed-up';

export interface ConcludeInvestigation {
  readonly type: 'ConcludeInvestigation';
  readonly reportId: string;
  readonly outcome: InvestigationOutcome;
}

export interface SendReceiptConfirmation {
  readonly type: 'SendReceiptConfirmation';
  readonly reportId: string;
}

export type ReceiptExemptionGround = 'obviously-unfounded' | 'special-reasons';

export interface RecordReceiptExemption {
  readonly type: 'RecordReceiptExemption';
  readonly reportId: string;
  readonly ground: ReceiptExemptionGround;
  readonly reason: string;
}

export interface SendInvestigationOpenedNotice {
  readonly type: 'SendInvestigationOpenedNotice';
  readonly reportId: string;
}

export interface SendOutcomeFeedback {
  readonly type: 'SendOutcomeFeedback';
  readonly reportId: string;
}

export type ReportCommand =
  | ReceiveReport
  | DecideReview
  | ExtendInvestigation
  | ConcludeInvestigation
  | SendReceiptConfirmation
  | RecordReceiptExemption
  | SendInvestigationOpenedNotice
  | SendOutcomeFeedback;
