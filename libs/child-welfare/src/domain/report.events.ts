import type { DomainEvent } from '@stafett/kernel';
import type { Instant } from '@stafett/kernel';
import type {
  InvestigationOutcome,
  OpaqueReportContent,
  ReceiptExemptionGround,
  ReportChannel,
  ReportChild,
  ReviewDecision,
} from './report.commands';
import type { ReporterCategory, ReporterKind } from './reporter-category';

// Free-text reasons below are written by caseworkers and may name people; like the content they
// need the application's protection before they are stored.

export type ReportReceived = DomainEvent<
  'ReportReceived',
  {
    readonly reportId: string;
    readonly reporterKind: ReporterKind;
    readonly reporterCategory: ReporterCategory;
    readonly channel: ReportChannel;
    readonly receivedAt: Instant;
    readonly kommunenummer: string;
    readonly children: readonly ReportChild[];
    readonly linkedCaseId?: string;
    readonly content: OpaqueReportContent;
    /** When it was registered in Stafett; may be later than receipt (a phone call typed in later). */
    readonly registeredAt: Instant;
  }
>;

export type ReviewDecided = DomainEvent<'ReviewDecided', { readonly reportId: string; readonly decision: ReviewDecision; readonly decidedAt: Instant }>;

export type InvestigationExtended = DomainEvent<'InvestigationExtended', { readonly reportId: string; readonly reason: string; readonly extendedAt: Instant }>;

export type InvestigationConcluded = DomainEvent<
  'InvestigationConcluded',
  { readonly reportId: string; readonly outcome: InvestigationOutcome; readonly concludedAt: Instant }
>;

export type ReceiptConfirmationSent = DomainEvent<'ReceiptConfirmationSent', { readonly reportId: string; readonly sentAt: Instant }>;

export type ReceiptExemptionRecorded = DomainEvent<
  'ReceiptExemptionRecorded',
  { readonly reportId: string; readonly ground: ReceiptExemptionGround; readonly reason: string; readonly recordedAt: Instant }
>;

/** Tells a public reporter whether an investigation was opened; carries the answer given. */
export type InvestigationOpenedNoticeSent = DomainEvent<
  'InvestigationOpenedNoticeSent',
  { readonly reportId: string; readonly investigationOpened: boolean; readonly sentAt: Instant }
>;

/** Tells a public reporter how the investigation ended: closed, or the child is followed up. */
export type OutcomeFeedbackSent = DomainEvent<
  'OutcomeFeedbackSent',
  { readonly reportId: string; readonly outcome: InvestigationOutcome; readonly sentAt: Instant }
>;

export type ReportEvent =
  | ReportReceived
  | ReviewDecided
  | InvestigationExtended
  | InvestigationConcluded
  | ReceiptConfirmationSent
  | ReceiptExemptionRecorded
  | InvestigationOpenedNoticeSent
  | OutcomeFeedbackSent;
