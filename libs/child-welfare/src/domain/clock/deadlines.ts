import { owedExtendedFeedback } from '../duty-to-report';
import type { ReceivedReport, ReportState } from '../report.state';
import { addDays, addMonths, type IsoDate } from '@stafett/kernel';
import { osloDateOf, type Instant } from '@stafett/kernel';
import type { ClockRule, ClockRules, Period } from './clock-rules';
import { nextWorkingDayFrom } from './norwegian-holidays';

/**
 * - pending: due, not yet met, today is on or before the due date
 * - met / met-late: done on or before / after the due date
 * - overdue: not done and the due date has passed (a `fristbrudd`)
 * - not-applicable: the law does not require it for this report (private reporter, exemption,
 *   no investigation opened)
 * - not-started: required, but what it counts from has not happened yet (outcome feedback before
 *   the investigation ends), so there is no date yet
 */
export type DeadlineStatus = 'pending' | 'met' | 'met-late' | 'overdue' | 'not-applicable' | 'not-started';

export interface Deadline {
  readonly rule: ClockRule;
  readonly status: DeadlineStatus;
  /** The date to meet, on the Oslo calendar, after the holiday policy. */
  readonly dueOn?: IsoDate;
  /** The date the law gives; differs from dueOn only under `next-working-day`. */
  readonly legalDueOn?: IsoDate;
  readonly metOn?: IsoDate;
}

/** Calendar arithmetic on the Oslo date: the hour of receipt and DST never shift a deadline. */
export function addPeriod(date: IsoDate, period: Period): IsoDate {
  switch (period.unit) {
    case 'days':
      return addDays(date, period.amount);
    case 'weeks':
      return addDays(date, period.amount * 7);
    case 'months':
      return addMonths(date, period.amount);
  }
}

function timed(rule: ClockRule, legalDueOn: IsoDate, metAt: Instant | undefined, today: IsoDate, rules: ClockRules): Deadline {
  const dueOn = rules.holidayPolicy === 'next-working-day' ? nextWorkingDayFrom(legalDueOn) : legalDueOn;
  if (metAt !== undefined) {
    const metOn = osloDateOf(metAt);
    return { rule, status: metOn <= dueOn ? 'met' : 'met-late', dueOn, legalDueOn, metOn };
  }
  return { rule, status: today > dueOn ? 'overdue' : 'pending', dueOn, legalDueOn };
}

/**
 * Every statutory deadline of one report, as of `now` (injected: the clock is a pure function
 * of the events, the rules and the time asked about). Empty for a report not yet received.
 */
export function deadlinesFor(state: ReportState, rules: ClockRules, now: Instant): Deadline[] {
  if (state.phase === 'not-received') return [];
  const report: ReceivedReport = state;
  const today = osloDateOf(now);
  // § 2-1 counts from receipt: the Oslo calendar date, so a report at 23:30 on a Friday counts
  // from that Friday, not from the UTC date or the next working day.
  const receivedOn = osloDateOf(report.receivedAt);
  const reviewLegal = addPeriod(receivedOn, rules.review.period);
  const decision = report.review?.decision.outcome;
  const noInvestigation = decision !== undefined && decision !== 'investigate';
  // The extended feedback is owed to a reporter with a duty to report, whatever KS form was used.
  const isPublic = owedExtendedFeedback(report);

  const review = timed(rules.review, reviewLegal, report.review?.decidedAt, today, rules);

  // § 2-2 counts from the § 2-1 deadline (the legal date, even under next-working-day), not
  // from the day the review was actually decided.
  const investigationRule = report.extension ? rules.investigationExtended : rules.investigation;
  const investigation = noInvestigation
    ? { rule: investigationRule, status: 'not-applicable' as const }
    : timed(investigationRule, addPeriod(reviewLegal, investigationRule.period), report.conclusion?.concludedAt, today, rules);

  const receiptLegal = addPeriod(receivedOn, rules.receiptConfirmation.period);
  const receipt =
    report.receipt?.kind === 'exempted'
      ? { rule: rules.receiptConfirmation, status: 'not-applicable' as const }
      : timed(rules.receiptConfirmation, receiptLegal, report.receipt?.sentAt, today, rules);

  const notice = !isPublic
    ? { rule: rules.investigationOpenedNotice, status: 'not-applicable' as const }
    : timed(rules.investigationOpenedNotice, addPeriod(receivedOn, rules.investigationOpenedNotice.period), report.investigationOpenedNotice?.sentAt, today, rules);

  let outcome: Deadline;
  if (!isPublic || noInvestigation) outcome = { rule: rules.outcomeFeedback, status: 'not-applicable' };
  else if (!report.conclusion) outcome = { rule: rules.outcomeFeedback, status: 'not-started' };
  else {
    const concludedOn = osloDateOf(report.conclusion.concludedAt);
    outcome = timed(rules.outcomeFeedback, addPeriod(concludedOn, rules.outcomeFeedback.period), report.outcomeFeedback?.sentAt, today, rules);
  }

  return [review, investigation, receipt, notice, outcome];
}
