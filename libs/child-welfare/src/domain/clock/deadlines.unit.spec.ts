import { reportDecider } from '../report.decide';
import type { ReportEvent } from '../report.events';
import {
  RECEIVED_AT,
  REPORT_ID,
  concluded,
  extended,
  privateReport,
  publicReport,
  publicReportAt,
  reviewed,
} from '../testing/report.fixtures';
import { DEFAULT_CLOCK_RULES, clockRulesProblems, type ClockRuleId, type ClockRules } from './clock-rules';
import { addPeriod, deadlinesFor, type Deadline } from './deadlines';

const stateOf = (events: readonly ReportEvent[]) => events.reduce(reportDecider.evolve, reportDecider.initialState());
const byRule = (deadlines: Deadline[]) => Object.fromEntries(deadlines.map((d) => [d.rule.id, d])) as Record<ClockRuleId, Deadline>;
const clock = (events: readonly ReportEvent[], now: string, rules: ClockRules = DEFAULT_CLOCK_RULES) => byRule(deadlinesFor(stateOf(events), rules, now));
const brief = (d: Deadline) => ({ status: d.status, dueOn: d.dueOn, metOn: d.metOn });
const nextWorkingDay: ClockRules = { ...DEFAULT_CLOCK_RULES, holidayPolicy: 'next-working-day' };

// The fixture report arrives Friday 27 March 2026 at 23:30 Oslo time (22:30 UTC), two days before
// summer time starts and a week before Good Friday, 3 April 2026.
const MONDAY_AFTER = '2026-03-30T08:00:00.000Z';

describe('deadlinesFor', () => {
  describe('when nothing is received', () => {
    it('has no deadlines', () => expect(deadlinesFor(reportDecider.initialState(), DEFAULT_CLOCK_RULES, MONDAY_AFTER)).toEqual([]));
  });

  describe('when a public report arrives on a Friday evening', () => {
    const d = clock([publicReport], MONDAY_AFTER);

    it('is reviewed by the next Friday, counted from the Oslo date of receipt', () => expect(brief(d.review)).toEqual({ status: 'pending', dueOn: '2026-04-03', metOn: undefined }));
    it('must be investigated within three months of the review deadline', () => expect(brief(d.investigation)).toEqual({ status: 'pending', dueOn: '2026-07-03', metOn: undefined }));
    it('must be confirmed to the reporter within three weeks', () => expect(d['receipt-confirmation']).toMatchObject({ status: 'pending', dueOn: '2026-04-17' }));
    it('must tell the public reporter whether an investigation was opened within three weeks', () =>
      expect(d['investigation-opened-notice']).toMatchObject({ status: 'pending', dueOn: '2026-04-17' }));
    it('has no outcome-feedback date before an investigation ends', () => expect(d['outcome-feedback']).toEqual({ rule: DEFAULT_CLOCK_RULES.outcomeFeedback, status: 'not-started' }));
    it('carries each rule’s legal source', () => expect(d.review.rule.legalSource).toBe('barnevernsloven § 2-1 første ledd'));
  });

  describe('when the receipt is just after midnight in Oslo but still the day before in UTC', () => {
    it('counts from the Oslo date (Sunday 29 March, 00:30 Oslo = Saturday 23:30 UTC)', () =>
      expect(clock([publicReportAt('2026-03-28T23:30:00.000Z')], MONDAY_AFTER).review.dueOn).toBe('2026-04-05'));
  });

  describe('the review deadline (§ 2-1)', () => {
    it('is pending until the end of its day in Oslo and overdue from Oslo midnight', () => {
      expect(clock([publicReport], '2026-04-03T21:59:59.000Z').review.status).toBe('pending'); // 23:59:59 summer time
      expect(clock([publicReport], '2026-04-03T22:00:00.000Z').review.status).toBe('overdue'); // 00:00 Saturday
    });

    it('is met by a decision on the due date and met late by one after it', () => {
      expect(brief(clock([publicReport, reviewed('investigate', '2026-04-03T20:00:00.000Z')], '2026-05-01T08:00:00.000Z').review)).toEqual({ status: 'met', dueOn: '2026-04-03', metOn: '2026-04-03' });
      expect(clock([publicReport, reviewed('investigate', '2026-04-03T22:30:00.000Z')], '2026-05-01T08:00:00.000Z').review).toMatchObject({ status: 'met-late', metOn: '2026-04-04' });
    });
  });

  describe('the investigation deadline (§ 2-2)', () => {
    it('does not apply after a dismissal or a referral to low-threshold help', () => {
      expect(clock([publicReport, reviewed('dismiss')], MONDAY_AFTER).investigation.status).toBe('not-applicable');
      expect(clock([publicReport, reviewed('refer-low-threshold')], MONDAY_AFTER).investigation.status).toBe('not-applicable');
    });

    it('becomes overdue the day after three months, and met when concluded in time', () => {
      const investigating = [publicReport, reviewed('investigate')];
      expect(clock(investigating, '2026-07-03T12:00:00.000Z').investigation.status).toBe('pending');
      expect(clock(investigating, '2026-07-04T12:00:00.000Z').investigation.status).toBe('overdue');
      expect(clock([...investigating, concluded('closed', '2026-07-03T10:00:00.000Z')], '2026-08-01T12:00:00.000Z').investigation.status).toBe('met');
    });

    it('moves to six months after the review deadline when extended, under the extension rule', () => {
      const d = clock([publicReport, reviewed('investigate'), extended()], '2026-08-01T12:00:00.000Z');
      expect(d['investigation-extended']).toMatchObject({ status: 'pending', dueOn: '2026-10-03', rule: { legalSource: 'barnevernsloven § 2-2' } });
      expect(d.investigation).toBeUndefined();
    });

    it('ends at month end when the start date has no match (31 May + 3 months = 31 Aug; 30 Nov + 3 = 28 Feb)', () => {
      expect(clock([publicReportAt('2026-05-24T10:00:00.000Z')], MONDAY_AFTER).investigation.dueOn).toBe('2026-08-31');
      expect(clock([publicReportAt('2026-05-24T10:00:00.000Z'), reviewed('investigate'), extended()], MONDAY_AFTER)['investigation-extended'].dueOn).toBe('2026-11-30');
      expect(clock([publicReportAt('2026-11-23T10:00:00.000Z')], MONDAY_AFTER).investigation.dueOn).toBe('2027-02-28');
      expect(clock([publicReportAt('2027-11-23T10:00:00.000Z')], MONDAY_AFTER).investigation.dueOn).toBe('2028-02-29');
    });
  });

  describe('the receipt confirmation', () => {
    it('is met when sent in time, met late after', () => {
      const sent = (at: string): ReportEvent => ({ type: 'ReceiptConfirmationSent', data: { reportId: REPORT_ID, sentAt: at } });
      expect(clock([privateReport, sent('2026-04-17T15:00:00.000Z')], '2026-05-01T08:00:00.000Z')['receipt-confirmation'].status).toBe('met');
      expect(clock([privateReport, sent('2026-04-20T08:00:00.000Z')], '2026-05-01T08:00:00.000Z')['receipt-confirmation'].status).toBe('met-late');
      expect(clock([privateReport], '2026-04-18T08:00:00.000Z')['receipt-confirmation'].status).toBe('overdue');
    });

    it.each(['obviously-unfounded', 'special-reasons'] as const)('does not apply once an exemption is recorded (%s)', (ground) => {
      const exempted: ReportEvent = { type: 'ReceiptExemptionRecorded', data: { reportId: REPORT_ID, ground, reason: 'Begrunnelse.', recordedAt: RECEIVED_AT } };
      expect(clock([privateReport, exempted], '2026-06-01T08:00:00.000Z')['receipt-confirmation']).toEqual({ rule: DEFAULT_CLOCK_RULES.receiptConfirmation, status: 'not-applicable' });
    });
  });

  describe('feedback a private reporter does not get', () => {
    it('has neither the investigation-opened notice nor outcome feedback', () => {
      const d = clock([privateReport, reviewed('investigate'), concluded('closed')], '2026-08-01T08:00:00.000Z');
      expect(d['investigation-opened-notice'].status).toBe('not-applicable');
      expect(d['outcome-feedback'].status).toBe('not-applicable');
    });
  });

  describe('the investigation-opened notice', () => {
    it('is still due after a dismissal (the reporter is told: no investigation)', () =>
      expect(clock([publicReport, reviewed('dismiss')], '2026-04-18T08:00:00.000Z')['investigation-opened-notice'].status).toBe('overdue'));

    it('is met by the notice', () => {
      const notice: ReportEvent = { type: 'InvestigationOpenedNoticeSent', data: { reportId: REPORT_ID, investigationOpened: true, sentAt: '2026-04-10T08:00:00.000Z' } };
      expect(clock([publicReport, reviewed('investigate'), notice], '2026-05-01T08:00:00.000Z')['investigation-opened-notice']).toMatchObject({ status: 'met', metOn: '2026-04-10' });
    });
  });

  describe('the outcome feedback', () => {
    const done = [publicReport, reviewed('investigate'), concluded('followed-up', '2026-06-10T09:00:00.000Z')];

    it('is due three weeks after the investigation ends', () => expect(clock(done, '2026-06-11T08:00:00.000Z')['outcome-feedback']).toMatchObject({ status: 'pending', dueOn: '2026-07-01' }));
    it('is overdue after that', () => expect(clock(done, '2026-07-02T08:00:00.000Z')['outcome-feedback'].status).toBe('overdue'));
    it('is met by the feedback', () => {
      const sent: ReportEvent = { type: 'OutcomeFeedbackSent', data: { reportId: REPORT_ID, outcome: 'followed-up', sentAt: '2026-06-30T08:00:00.000Z' } };
      expect(clock([...done, sent], '2026-08-01T08:00:00.000Z')['outcome-feedback'].status).toBe('met');
    });
    it('does not apply when no investigation was opened', () => expect(clock([publicReport, reviewed('dismiss')], MONDAY_AFTER)['outcome-feedback'].status).toBe('not-applicable'));
  });

  describe('the holiday policy', () => {
    it('keeps the legal date on Good Friday by default', () => expect(clock([publicReport], MONDAY_AFTER).review).toMatchObject({ dueOn: '2026-04-03', legalDueOn: '2026-04-03' }));

    it('moves past Easter to Tuesday 7 April under next-working-day, keeping the legal date beside it', () =>
      expect(clock([publicReport], MONDAY_AFTER, nextWorkingDay).review).toMatchObject({ dueOn: '2026-04-07', legalDueOn: '2026-04-03' }));

    it('counts the investigation from the legal review date, then moves a Saturday to Monday', () => {
      expect(clock([publicReport], MONDAY_AFTER, nextWorkingDay).investigation).toMatchObject({ dueOn: '2026-07-03' });
      expect(clock([publicReport, reviewed('investigate'), extended()], MONDAY_AFTER, nextWorkingDay)['investigation-extended']).toMatchObject({ dueOn: '2026-10-05', legalDueOn: '2026-10-03' });
    });

    it('is not overdue on Easter Monday under next-working-day, but is by default', () => {
      expect(clock([publicReport], '2026-04-06T10:00:00.000Z', nextWorkingDay).review.status).toBe('pending');
      expect(clock([publicReport], '2026-04-06T10:00:00.000Z').review.status).toBe('overdue');
    });
  });

  describe('configured periods', () => {
    it('follow the configuration, e.g. a municipality’s stricter two-week confirmation', () => {
      const rules: ClockRules = { ...DEFAULT_CLOCK_RULES, receiptConfirmation: { ...DEFAULT_CLOCK_RULES.receiptConfirmation, period: { amount: 14, unit: 'days' } } };
      expect(clock([publicReport], MONDAY_AFTER, rules)['receipt-confirmation'].dueOn).toBe('2026-04-10');
    });

    it('add days, weeks and months on the calendar', () => {
      expect(addPeriod('2026-03-27', { amount: 3, unit: 'days' })).toBe('2026-03-30');
      expect(addPeriod('2026-10-23', { amount: 1, unit: 'weeks' })).toBe('2026-10-30');
      expect(addPeriod('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-02-28');
    });

    it('are checked', () => {
      expect(clockRulesProblems(DEFAULT_CLOCK_RULES)).toEqual([]);
      const broken = { ...DEFAULT_CLOCK_RULES, review: { ...DEFAULT_CLOCK_RULES.review, period: { amount: 0, unit: 'weeks' as const }, legalSource: ' ' }, holidayPolicy: 'never' as never };
      expect(clockRulesProblems(broken)).toEqual(['review: period amount must be a positive whole number', 'review: legal source is required', 'holidayPolicy must be legal-date or next-working-day']);
    });
  });
});
