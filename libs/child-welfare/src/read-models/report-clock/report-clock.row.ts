import type { RecordedEvent } from '@stafett/event-store';
import { DEFAULT_CLOCK_RULES } from '../../domain/clock/clock-rules';
import { deadlinesFor } from '../../domain/clock/deadlines';
import type { InvestigationOutcome, ReceiptExemptionGround, ReviewDecision } from '../../domain/report.commands';
import type { ReportEvent } from '../../domain/report.events';
import { evolveReport, initialReportState, type ReceivedReport, type ReportPhase } from '../../domain/report.state';
import { isReporterCategory, type ReporterCategory, type ReporterKind } from '../../domain/reporter-category';
import { isInstant, type Instant } from '@stafett/kernel';

/** The projection's name: its subscription, its parked events, `projections rebuild report-clock`. */
export const REPORT_CLOCK_PROJECTION = 'report-clock';

/** Report events live on `report-<reportId in lower case>`. */
export const REPORT_STREAM_PREFIX = 'report-';

/**
 * One report as the clock sees it: the decider's state without any free text. The content is
 * never read (the write side encrypts it), and the reasons for a dismissal, a referral, an
 * extension or a receipt exemption are dropped: the clock never needs them.
 */
export interface ReportClockState {
  readonly phase: ReportPhase;
  readonly reportId: string;
  readonly reporterKind: ReporterKind;
  readonly reporterCategory: ReporterCategory;
  readonly kommunenummer: string;
  readonly receivedAt: Instant;
  readonly review?: { readonly outcome: ReviewDecision['outcome']; readonly decidedAt: Instant };
  readonly extension?: { readonly extendedAt: Instant };
  readonly conclusion?: { readonly outcome: InvestigationOutcome; readonly concludedAt: Instant };
  readonly receipt?: { readonly kind: 'confirmed'; readonly sentAt: Instant } | { readonly kind: 'exempted'; readonly ground: ReceiptExemptionGround; readonly recordedAt: Instant };
  readonly investigationOpenedNotice?: { readonly investigationOpened: boolean; readonly sentAt: Instant };
  readonly outcomeFeedback?: { readonly outcome: InvestigationOutcome; readonly sentAt: Instant };
}

export interface ReportClockRow {
  readonly state: ReportClockState;
  /** Every deadline met or not applicable: independent of the day asked about. */
  readonly settled: boolean;
  /** The last stream version applied: an event at or below it is a replay and changes nothing. */
  readonly version: bigint;
}

type Data = Record<string, unknown>;

const asRecord = (value: unknown): Data | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : undefined);
const isNonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isOutcome = (value: unknown): value is InvestigationOutcome => value === 'closed' || value === 'followed-up';
const isReviewOutcome = (value: unknown): value is ReviewDecision['outcome'] => value === 'dismiss' || value === 'investigate' || value === 'refer-low-threshold';
const isGround = (value: unknown): value is ReceiptExemptionGround => value === 'obviously-unfounded' || value === 'special-reasons';

/** The report id (lower case) an event of a report stream belongs to, or undefined for anything else. */
export function reportIdOf(event: RecordedEvent): string | undefined {
  const reportId = asRecord(event.data)?.reportId;
  // Only events on the report's own stream count; the same type names elsewhere are not ours.
  if (!isNonEmpty(reportId) || event.streamId !== `${REPORT_STREAM_PREFIX}${reportId.toLowerCase()}`) return undefined;
  return reportId.toLowerCase();
}

/**
 * A report event the clock knows, whose structural fields are missing or malformed. Skipping it
 * would drop a report from the statutory worklists without a word; throwing parks it, and the
 * worklists then say that a report could not be processed.
 */
export class MalformedReportEventError extends Error {
  override readonly name = 'MalformedReportEventError';

  constructor(eventType: string) {
    super(`${eventType} lacks a field the statutory clock needs, or has one it cannot read`);
  }
}

const KNOWN_TYPES = new Set(['ReportReceived', 'ReviewDecided', 'InvestigationExtended', 'InvestigationConcluded', 'ReceiptConfirmationSent', 'ReceiptExemptionRecorded', 'InvestigationOpenedNoticeSent', 'OutcomeFeedbackSent']);

/**
 * The event reduced to what the clock needs, typed for the decider's `evolve`; undefined when a
 * structural field is missing or malformed. Reasons become '' here and are dropped again by
 * `clockStateOf`: whatever the write side stores in them (plain or encrypted) is never read.
 */
function structuralEvent(event: RecordedEvent, reportId: string): ReportEvent | undefined {
  const data = asRecord(event.data) as Data;
  switch (event.type) {
    case 'ReportReceived': {
      const { reporterKind, reporterCategory, receivedAt, kommunenummer } = data;
      if ((reporterKind !== 'public' && reporterKind !== 'private') || !isReporterCategory(reporterCategory) || !isInstant(receivedAt) || !isNonEmpty(kommunenummer)) return undefined;
      return {
        type: 'ReportReceived',
        data: { reportId, reporterKind, reporterCategory, receivedAt, kommunenummer, channel: { kind: 'fiks' }, children: [], content: null, registeredAt: receivedAt },
      };
    }
    case 'ReviewDecided': {
      const outcome = asRecord(data.decision)?.outcome;
      if (!isReviewOutcome(outcome) || !isInstant(data.decidedAt)) return undefined;
      const decision: ReviewDecision = outcome === 'dismiss' ? { outcome, reason: '' } : { outcome };
      return { type: 'ReviewDecided', data: { reportId, decision, decidedAt: data.decidedAt } };
    }
    case 'InvestigationExtended':
      return isInstant(data.extendedAt) ? { type: 'InvestigationExtended', data: { reportId, reason: '', extendedAt: data.extendedAt } } : undefined;
    case 'InvestigationConcluded':
      return isOutcome(data.outcome) && isInstant(data.concludedAt)
        ? { type: 'InvestigationConcluded', data: { reportId, outcome: data.outcome, concludedAt: data.concludedAt } }
        : undefined;
    case 'ReceiptConfirmationSent':
      return isInstant(data.sentAt) ? { type: 'ReceiptConfirmationSent', data: { reportId, sentAt: data.sentAt } } : undefined;
    case 'ReceiptExemptionRecorded':
      return isGround(data.ground) && isInstant(data.recordedAt)
        ? { type: 'ReceiptExemptionRecorded', data: { reportId, ground: data.ground, reason: '', recordedAt: data.recordedAt } }
        : undefined;
    case 'InvestigationOpenedNoticeSent':
      return typeof data.investigationOpened === 'boolean' && isInstant(data.sentAt)
        ? { type: 'InvestigationOpenedNoticeSent', data: { reportId, investigationOpened: data.investigationOpened, sentAt: data.sentAt } }
        : undefined;
    case 'OutcomeFeedbackSent':
      return isOutcome(data.outcome) && isInstant(data.sentAt) ? { type: 'OutcomeFeedbackSent', data: { reportId, outcome: data.outcome, sentAt: data.sentAt } } : undefined;
    default:
      return undefined;
  }
}

/** The decider's state as the clock keeps it: no reason, no content. */
export function clockStateOf(report: ReceivedReport): ReportClockState {
  const { phase, reportId, reporterKind, reporterCategory, kommunenummer, receivedAt } = report;
  const receipt: ReportClockState['receipt'] =
    report.receipt === undefined
      ? undefined
      : report.receipt.kind === 'confirmed'
        ? { kind: 'confirmed', sentAt: report.receipt.sentAt }
        : { kind: 'exempted', ground: report.receipt.ground, recordedAt: report.receipt.recordedAt };
  const state: ReportClockState = {
    phase,
    reportId,
    reporterKind,
    reporterCategory,
    kommunenummer,
    receivedAt,
    ...(report.review && { review: { outcome: report.review.decision.outcome, decidedAt: report.review.decidedAt } }),
    ...(report.extension && { extension: { extendedAt: report.extension.extendedAt } }),
    ...(report.conclusion && { conclusion: { outcome: report.conclusion.outcome, concludedAt: report.conclusion.concludedAt } }),
    ...(receipt && { receipt }),
    ...(report.investigationOpenedNotice && { investigationOpenedNotice: { ...report.investigationOpenedNotice } }),
    ...(report.outcomeFeedback && { outcomeFeedback: { ...report.outcomeFeedback } }),
  };
  return state;
}

/**
 * Back to the decider's type, for `deadlinesFor` and `evolveReport`. The reasons come back as ''
 * because the type requires them; neither function reads them.
 */
export function reportStateOf(state: ReportClockState): ReceivedReport {
  const { review, extension, receipt, ...rest } = state;
  return {
    ...rest,
    ...(review && {
      review: { decision: review.outcome === 'dismiss' ? { outcome: 'dismiss', reason: '' } : { outcome: review.outcome }, decidedAt: review.decidedAt },
    }),
    ...(extension && { extension: { reason: '', extendedAt: extension.extendedAt } }),
    ...(receipt && { receipt: receipt.kind === 'confirmed' ? receipt : { ...receipt, reason: '' } }),
  };
}

/**
 * Whether every deadline of the report is met (on time or late) or does not apply. What is still
 * open stays open whatever the date (only pending becomes overdue), so the projection can keep it.
 */
export function isSettled(state: ReportClockState): boolean {
  return deadlinesFor(reportStateOf(state), DEFAULT_CLOCK_RULES, state.receivedAt).every(
    (deadline) => deadline.status === 'met' || deadline.status === 'met-late' || deadline.status === 'not-applicable',
  );
}

/**
 * The row after one event of its stream. Idempotent: an event at or below the applied version is
 * skipped, so the same events give the same row however they were batched or replayed. An event
 * before the receipt, or of a type the clock does not know, changes nothing; a malformed one throws
 * (MalformedReportEventError), so that the subscription parks it and the worklists count it.
 */
export function evolveReportClock(row: ReportClockRow | undefined, event: RecordedEvent): ReportClockRow | undefined {
  const reportId = reportIdOf(event);
  if (!reportId) return row;
  if (row && event.streamVersion <= row.version) return row;
  const structural = structuralEvent(event, reportId);
  if (!structural && KNOWN_TYPES.has(event.type)) throw new MalformedReportEventError(event.type);
  const before = row ? reportStateOf(row.state) : initialReportState();
  // A second ReportReceived cannot come from the decider; it would not reset the clock here.
  const after = structural && !(row && structural.type === 'ReportReceived') ? evolveReport(before, structural) : before;
  if (after.phase === 'not-received') return row;
  const state = clockStateOf(after);
  return { state, settled: isSettled(state), version: event.streamVersion };
}
