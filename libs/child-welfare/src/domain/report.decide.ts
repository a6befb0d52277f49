import { owedExtendedFeedback } from './duty-to-report';
import { assertNever, type Decider } from '@stafett/kernel';
import { FieldProblems } from '@stafett/kernel';
import type { Instant } from '@stafett/kernel';
import type {
  ConcludeInvestigation,
  DecideReview,
  ExtendInvestigation,
  ReceiveReport,
  RecordReceiptExemption,
  ReportCommand,
} from './report.commands';
import {
  FeedbackAlreadySentError,
  InvestigationAlreadyExtendedError,
  InvestigationNotConcludedError,
  NotInvestigatingError,
  PublicReporterOnlyError,
  ReceiptAlreadyHandledError,
  ReportAlreadyReceivedError,
  ReportNotFoundError,
  ReviewAlreadyDecidedError,
  ReviewNotDecidedError,
} from './report.refusals';
import type { ReportEvent } from './report.events';
import { evolveReport, initialReportState, type ReceivedReport, type ReportState } from './report.state';
import { checkReason, cleanReason, validateReceiveReport } from './report.validation';

/** Time comes in as data: the moment the command is handled, which events record. */
export interface ReportDecisionContext {
  readonly now: Instant;
}

function received(state: ReportState, reportId: string): ReceivedReport {
  if (state.phase === 'not-received') throw new ReportNotFoundError(reportId);
  return state;
}

export function receiveReport(command: ReceiveReport, state: ReportState, { now }: ReportDecisionContext): ReportEvent[] {
  if (state.phase !== 'not-received') throw new ReportAlreadyReceivedError(command.reportId);
  validateReceiveReport(command, now);
  const { reportId, reporterKind, reporterCategory, channel, receivedAt, kommunenummer, children, linkedCaseId, content } = command;
  return [
    {
      type: 'ReportReceived',
      data: {
        reportId,
        reporterKind,
        reporterCategory,
        channel,
        receivedAt,
        kommunenummer,
        children: children.map((c) => (c.childId === undefined ? { unborn: c.unborn } : { childId: c.childId, unborn: c.unborn })),
        ...(linkedCaseId === undefined ? {} : { linkedCaseId }),
        content,
        registeredAt: now,
      },
    },
  ];
}

export function decideReview(command: DecideReview, state: ReportState, { now }: ReportDecisionContext): ReportEvent[] {
  const report = received(state, command.reportId);
  if (report.phase !== 'awaiting-review') throw new ReviewAlreadyDecidedError(command.reportId);
  const { decision } = command;
  switch (decision.outcome) {
    case 'dismiss': {
      // § 2-1: a decision to close the report must be reasoned in writing.
      const problems = new FieldProblems();
      checkReason(problems, 'decision.reason', decision.reason, 'Skriv en begrunnelse for at meldingen henlegges.');
      problems.throwIfAny(command.type);
      return [{ type: 'ReviewDecided', data: { reportId: command.reportId, decision: { outcome: 'dismiss', reason: cleanReason(decision.reason)! }, decidedAt: now } }];
    }
    case 'investigate':
      return [{ type: 'ReviewDecided', data: { reportId: command.reportId, decision: { outcome: 'investigate' }, decidedAt: now } }];
    case 'refer-low-threshold': {
      const reason = cleanReason(decision.reason);
      const cleaned = reason === undefined ? { outcome: 'refer-low-threshold' as const } : { outcome: 'refer-low-threshold' as const, reason };
      return [{ type: 'ReviewDecided', data: { reportId: command.reportId, decision: cleaned, decidedAt: now } }];
    }
    default:
      // Reaches here only with unchecked input from outside TypeScript: a 422, not a 500.
      new FieldProblems().add('decision.outcome', 'must be dismiss, investigate or refer-low-threshold', 'Velg et utfall for gjennomgangen.').throwIfAny(command.type);
      return assertNever(decision, 'review decision');
  }
}

export function extendInvestigation(command: ExtendInvestigation, state: ReportState, { now }: ReportDecisionContext): ReportEvent[] {
  const report = received(state, command.reportId);
  if (report.phase !== 'investigating') throw new NotInvestigatingError(command.reportId, 'extend');
  // § 2-2 allows one extension, to six months; a second would have no legal basis.
  if (report.extension) throw new InvestigationAlreadyExtendedError(command.reportId);
  const problems = new FieldProblems();
  checkReason(problems, 'reason', command.reason, 'Skriv hvorfor undersøkelsesfristen må forlenges.');
  problems.throwIfAny(command.type);
  return [{ type: 'InvestigationExtended', data: { reportId: command.reportId, reason: cleanReason(command.reason)!, extendedAt: now } }];
}

export function concludeInvestigation(command: ConcludeInvestigation, state: ReportState, { now }: ReportDecisionContext): ReportEvent[] {
  const report = received(state, command.reportId);
  if (report.phase !== 'investigating') throw new NotInvestigatingError(command.reportId, 'conclude');
  if (command.outcome !== 'closed' && command.outcome !== 'followed-up') {
    new FieldProblems().add('outcome', 'must be closed or followed-up', 'Velg om saken henlegges eller følges opp.').throwIfAny(command.type);
  }
  return [{ type: 'InvestigationConcluded', data: { reportId: command.reportId, outcome: command.outcome, concludedAt: now } }];
}

function receiptStillOpen(report: ReceivedReport, reportId: string): void {
  if (report.receipt) throw new ReceiptAlreadyHandledError(reportId, report.receipt.kind);
}

export function recordReceiptExemption(command: RecordReceiptExemption, state: ReportState, { now }: ReportDecisionContext): ReportEvent[] {
  const report = received(state, command.reportId);
  receiptStillOpen(report, command.reportId);
  const problems = new FieldProblems();
  if (command.ground !== 'obviously-unfounded' && command.ground !== 'special-reasons') {
    problems.add('ground', 'must be obviously-unfounded or special-reasons', 'Velg grunnlaget for unntaket.');
  }
  checkReason(problems, 'reason', command.reason, 'Skriv hvorfor melderen ikke skal få bekreftelse.');
  problems.throwIfAny(command.type);
  return [
    { type: 'ReceiptExemptionRecorded', data: { reportId: command.reportId, ground: command.ground, reason: cleanReason(command.reason)!, recordedAt: now } },
  ];
}

export function decideReport(command: ReportCommand, state: ReportState, context: ReportDecisionContext): ReportEvent[] {
  switch (command.type) {
    case 'ReceiveReport':
      return receiveReport(command, state, context);
    case 'DecideReview':
      return decideReview(command, state, context);
    case 'ExtendInvestigation':
      return extendInvestigation(command, state, context);
    case 'ConcludeInvestigation':
      return concludeInvestigation(command, state, context);
    case 'SendReceiptConfirmation': {
      const report = received(state, command.reportId);
      receiptStillOpen(report, command.reportId);
      return [{ type: 'ReceiptConfirmationSent', data: { reportId: command.reportId, sentAt: context.now } }];
    }
    case 'RecordReceiptExemption':
      return recordReceiptExemption(command, state, context);
    case 'SendInvestigationOpenedNotice': {
      const report = received(state, command.reportId);
      if (!owedExtendedFeedback(report)) throw new PublicReporterOnlyError(command.reportId, 'investigation-opened-notice');
      if (!report.review) throw new ReviewNotDecidedError(command.reportId);
      if (report.investigationOpenedNotice) throw new FeedbackAlreadySentError(command.reportId, 'investigation-opened-notice');
      const investigationOpened = report.review.decision.outcome === 'investigate';
      return [{ type: 'InvestigationOpenedNoticeSent', data: { reportId: command.reportId, investigationOpened, sentAt: context.now } }];
    }
    case 'SendOutcomeFeedback': {
      const report = received(state, command.reportId);
      if (!owedExtendedFeedback(report)) throw new PublicReporterOnlyError(command.reportId, 'outcome-feedback');
      if (!report.conclusion) throw new InvestigationNotConcludedError(command.reportId);
      if (report.outcomeFeedback) throw new FeedbackAlreadySentError(command.reportId, 'outcome-feedback');
      return [{ type: 'OutcomeFeedbackSent', data: { reportId: command.reportId, outcome: report.conclusion.outcome, sentAt: context.now } }];
    }
    default:
      return assertNever(command, 'report command');
  }
}

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState, ReportDecisionContext> = {
  decide: decideReport,
  evolve: evolveReport,
  initialState: initialReportState,
};
