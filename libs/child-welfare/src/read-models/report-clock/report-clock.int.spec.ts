import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type RecordedEvent } from '@stafett/event-store';
import type { OrganisationState } from '@stafett/organisation';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';
import { ReportClockProjection } from './report-clock.projection';
import { MalformedReportEventError } from './report-clock.row';
import { ReportClockReader } from './report-clock.reader';
import { reportStream, SECRET_REASON } from './testing/report-clock.fixtures';

/** Friday 20 March 2026, 12:00 in Oslo: the fixed "now" of the clock. */
const NOW = '2026-03-20T11:00:00.000Z';
const UNIT = 'bv-test';

/** A child-welfare unit serving 5001 (not 5002), as the organisation view would give it. */
const organisation: OrganisationState = {
  municipalities: new Map([
    ['5001', { kommunenummer: '5001', name: 'Testby' }],
    ['5002', { kommunenummer: '5002', name: 'Nabokommune' }],
  ]),
  units: new Map([
    [UNIT, { unitId: UNIT, name: 'Barneverntjenesten', serviceType: 'barneverntjeneste', hostMunicipality: '5001', coverage: [{ kommunenummer: '5001', validFrom: '2020-01-01' }] }],
  ]),
  practitioners: new Map(),
};

/** Realistic reports of concern, each built by the decider, with the dates in the comments. */
function scenario() {
  // Received Monday 2 March; reviewed (investigation opened) on day 6: within the week.
  const reviewedDay6 = reportStream({ reporterKind: 'public', reporterCategory: 'barnehage', kommunenummer: '5001', receivedAt: '2026-03-02T09:00:00.000Z' })
    .then({ type: 'SendReceiptConfirmation' }, '2026-03-05T09:00:00.000Z')
    .then({ type: 'DecideReview', decision: { outcome: 'investigate' } }, '2026-03-08T10:00:00.000Z')
    .then({ type: 'SendInvestigationOpenedNotice' }, '2026-03-10T09:00:00.000Z');
  // Received Thursday 12 March, still unreviewed on 20 March: eight days, review due 19 March.
  const unreviewed = reportStream({ reporterKind: 'private', reporterCategory: 'foreldre', kommunenummer: '5001', receivedAt: '2026-03-12T09:00:00.000Z' });
  // Received 1 December 2025, investigation extended to six months from the legal review date.
  const extended = reportStream({ reporterKind: 'public', reporterCategory: 'skole', kommunenummer: '5001', receivedAt: '2025-12-01T09:00:00.000Z' })
    .then({ type: 'SendReceiptConfirmation' }, '2025-12-03T09:00:00.000Z')
    .then({ type: 'DecideReview', decision: { outcome: 'investigate' } }, '2025-12-05T09:00:00.000Z')
    .then({ type: 'SendInvestigationOpenedNotice' }, '2025-12-10T09:00:00.000Z')
    .then({ type: 'ExtendInvestigation', reason: SECRET_REASON }, '2026-02-20T09:00:00.000Z');
  // Received 16 March, receipt exemption recorded: the confirmation rule does not apply.
  const exempted = reportStream({ reporterKind: 'private', reporterCategory: 'andre', kommunenummer: '5001', receivedAt: '2026-03-16T09:00:00.000Z' })
    .then({ type: 'RecordReceiptExemption', ground: 'obviously-unfounded', reason: SECRET_REASON }, '2026-03-16T10:00:00.000Z');
  // Investigated and concluded in time, but the outcome feedback (due 23 February) was never sent.
  const noOutcomeFeedback = reportStream({ reporterKind: 'public', reporterCategory: 'politi', kommunenummer: '5001', receivedAt: '2025-11-03T09:00:00.000Z' })
    .then({ type: 'SendReceiptConfirmation' }, '2025-11-05T09:00:00.000Z')
    .then({ type: 'DecideReview', decision: { outcome: 'investigate' } }, '2025-11-07T09:00:00.000Z')
    .then({ type: 'SendInvestigationOpenedNotice' }, '2025-11-12T09:00:00.000Z')
    .then({ type: 'ConcludeInvestigation', outcome: 'followed-up' }, '2026-02-02T09:00:00.000Z');
  // Dismissed a day late (due 10 March), every feedback sent: settled, in no worklist.
  const dismissedLate = reportStream({ reporterKind: 'public', reporterCategory: 'lege', kommunenummer: '5001', receivedAt: '2026-03-03T09:00:00.000Z' })
    .then({ type: 'SendReceiptConfirmation' }, '2026-03-04T09:00:00.000Z')
    .then({ type: 'DecideReview', decision: { outcome: 'dismiss', reason: SECRET_REASON } }, '2026-03-11T09:00:00.000Z')
    .then({ type: 'SendInvestigationOpenedNotice' }, '2026-03-11T10:00:00.000Z');
  // Another municipality, received 00:30 on Sunday 1 March in Oslo (still 28 February in UTC).
  const elsewhere = reportStream({ reporterKind: 'private', reporterCategory: 'barnet-selv', kommunenummer: '5002', receivedAt: '2026-02-28T23:30:00.000Z' });
  return { reviewedDay6, unreviewed, extended, exempted, noOutcomeFeedback, dismissedLate, elsewhere };
}

describe('the report clock', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let reader: ReportClockReader;
  let recorded: RecordedEvent[];
  const projection = new ReportClockProjection();
  const world = scenario();

  const apply = (events: readonly RecordedEvent[]) => db.dataSource.transaction((manager) => projection.apply(events, manager));
  const reset = () => db.dataSource.transaction((manager) => projection.reset(manager));
  const rows = () => db.dataSource.query('SELECT to_jsonb(r) AS row FROM report_clock r ORDER BY report_id');
  const inBatchesOf = async (size: number) => {
    for (let i = 0; i < recorded.length; i += size) await apply(recorded.slice(i, i + size));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    reader = new ReportClockReader(db.dataSource, { current: async () => organisation });
    for (const report of Object.values(world)) await store.append(report.streamId, report.events, 'no_stream');
    // Report event types on a stream that is not the report's own: ignored.
    const stray = world.unreviewed.events[0];
    await store.append(`report-${randomUUID()}`, [{ ...stray, id: randomUUID() }], 'no_stream');
    recorded = (await store.readAll({ maxCount: 10_000 })).events;
    await apply(recorded);
  });
  afterAll(() => db.drop());

  describe('when a report event on its own stream is malformed', () => {
    it.each([
      ['a receipt without its fields', { kommunenummer: '5001' }],
      ['a receipt on a day that does not exist', { receivedAt: '2026-02-30T10:00:00.000Z' }],
    ])('throws for %s, so that the subscription parks it instead of dropping the report', async (_what, change) => {
      const malformedId = randomUUID();
      const received = world.unreviewed.events[0];
      const data = { ...(received.data as object), reportId: malformedId, ...change };
      if (!('receivedAt' in change)) delete (data as { receivedAt?: string }).receivedAt;
      const streamId = `report-${malformedId}`;
      await store.append(streamId, [{ ...received, id: randomUUID(), data }], 'no_stream');
      const events = await store.readStream(streamId);
      await expect(apply(events)).rejects.toBeInstanceOf(MalformedReportEventError);
      expect(await db.dataSource.query('SELECT 1 FROM report_clock WHERE report_id = $1', [malformedId])).toEqual([]);
    });
  });

  describe('when the projection applies report events', () => {
    it('keeps one row per report with its structural state, never the content or a reason', async () => {
      const stored = await rows();
      expect(stored).toHaveLength(7);
      expect(JSON.stringify(stored)).not.toContain('SECRET');
      const [row] = await db.dataSource.query('SELECT kommunenummer, reporter_category, reporter_kind, received_at, state, settled, version::int FROM report_clock WHERE report_id = $1', [world.extended.reportId]);
      expect(row).toEqual({
        kommunenummer: '5001',
        reporter_category: 'skole',
        reporter_kind: 'public',
        received_at: new Date('2025-12-01T09:00:00.000Z'),
        settled: false,
        version: 5,
        state: {
          phase: 'investigating',
          reportId: world.extended.reportId,
          reporterKind: 'public',
          reporterCategory: 'skole',
          kommunenummer: '5001',
          receivedAt: '2025-12-01T09:00:00.000Z',
          review: { outcome: 'investigate', decidedAt: '2025-12-05T09:00:00.000Z' },
          extension: { extendedAt: '2026-02-20T09:00:00.000Z' },
          receipt: { kind: 'confirmed', sentAt: '2025-12-03T09:00:00.000Z' },
          investigationOpenedNotice: { investigationOpened: true, sentAt: '2025-12-10T09:00:00.000Z' },
        },
      });
    });

    it('marks a report settled once every deadline is met or does not apply', async () => {
      const settled = await db.dataSource.query('SELECT report_id FROM report_clock WHERE settled');
      expect(settled).toEqual([{ report_id: world.dismissedLate.reportId }]);
    });
  });

  describe('when a unit asks for its worklists', () => {
    it('lists the open deadlines of the municipalities it serves today, split by kind, with fristbrudd per rule', async () => {
      const list = await reader.worklist(UNIT, NOW);
      expect(list).toMatchObject({ unitId: UNIT, today: '2026-03-20', kommunenumre: ['5001'], overdueCount: 2 });
      const brief = (items: readonly { reportId: string; rule: string; dueOn: string; daysLeft: number }[]) => items.map((i) => [i.reportId, i.rule, i.dueOn, i.daysLeft]);
      expect(brief(list.dueForReview)).toEqual([[world.exempted.reportId, 'review', '2026-03-23', 3]]);
      expect(brief(list.investigationsDue)).toEqual([
        [world.extended.reportId, 'investigation-extended', '2026-06-08', 80],
        [world.reviewedDay6.reportId, 'investigation', '2026-06-09', 81],
      ]);
      expect(brief(list.feedbackDue)).toEqual([[world.unreviewed.reportId, 'receipt-confirmation', '2026-04-02', 13]]);
      expect(brief(list.overdue.review)).toEqual([[world.unreviewed.reportId, 'review', '2026-03-19', -1]]);
      expect(brief(list.overdue['outcome-feedback'])).toEqual([[world.noOutcomeFeedback.reportId, 'outcome-feedback', '2026-02-23', -25]]);
      for (const rule of ['investigation', 'investigation-extended', 'receipt-confirmation', 'investigation-opened-notice'] as const) expect(list.overdue[rule]).toEqual([]);
      expect(list.overdue.review[0]).toEqual({
        reportId: world.unreviewed.reportId,
        kommunenummer: '5001',
        reporterCategory: 'foreldre',
        reporterKind: 'private',
        phase: 'awaiting-review',
        receivedAt: '2026-03-12T09:00:00.000Z',
        receivedOn: '2026-03-12',
        rule: 'review',
        dueOn: '2026-03-19',
        legalDueOn: '2026-03-19',
        daysLeft: -1,
      });
      expect(JSON.stringify(list)).not.toContain(world.elsewhere.reportId);
      expect(JSON.stringify(list)).not.toContain(world.dismissedLate.reportId);
    });

    it('turns a review overdue at Oslo midnight after its seventh day, with no event or timer', async () => {
      // 19 March 23:59 in Oslo: day seven, still due.
      const daySeven = await reader.worklist(UNIT, '2026-03-19T22:59:00.000Z');
      expect(daySeven.dueForReview.map((i) => i.reportId)).toContain(world.unreviewed.reportId);
      expect(daySeven.overdue.review).toEqual([]);
      // 20 March 00:00 in Oslo (still 19 March in UTC): overdue.
      const dayEight = await reader.worklist(UNIT, '2026-03-19T23:00:00.000Z');
      expect(dayEight.overdue.review.map((i) => i.reportId)).toEqual([world.unreviewed.reportId]);
    });

    it('lists nothing for a unit that serves no municipality today', async () => {
      const list = await reader.worklist('no-such-unit', NOW);
      expect(list).toMatchObject({ kommunenumre: [], dueForReview: [], investigationsDue: [], feedbackDue: [], overdueCount: 0 });
      expect(await reader.unitServes(UNIT, '5001', NOW)).toBe(true);
      expect(await reader.unitServes(UNIT, '5002', NOW)).toBe(false);
    });
  });

  describe('when figures are asked for a municipality and period', () => {
    it('counts a report reviewed on day six as on time', async () => {
      const figures = await reader.figures('5001', '2026-03-02', '2026-03-02', NOW, 'unit-cw');
      expect(figures.received).toBe(1);
      expect(figures.review).toMatchObject({ onTime: 1, late: 0, overdue: 0, breaches: 0, share: 1 });
    });

    it('counts reviews, investigations and feedback against their deadlines, and every reporter category', async () => {
      const figures = await reader.figures('5001', '2025-11-01', '2026-03-31', NOW, 'unit-cw');
      expect(figures).toMatchObject({ kommunenummer: '5001', from: '2025-11-01', to: '2026-03-31', asOf: '2026-03-20', received: 6, investigationsExtended: 1 });
      expect(figures.byReporterCategory).toEqual({
        barnehage: 1, skole: 1, 'helsestasjon-skolehelsetjeneste': 0, lege: 1, politi: 1, nav: 0, ppt: 0, bup: 0, barnevernvakt: 0, foreldre: 1, 'barnet-selv': 0, andre: 1,
      });
      expect(figures.byReporterKind).toEqual({ public: 4, private: 2 });
      expect(figures.review).toEqual({ onTime: 3, late: 1, overdue: 1, pending: 1, notStarted: 0, notApplicable: 0, breaches: 2, share: 0.6 });
      // The extended investigation is measured against six months, the dismissal needs none.
      expect(figures.investigation).toEqual({ onTime: 1, late: 0, overdue: 0, pending: 4, notStarted: 0, notApplicable: 1, breaches: 0, share: 1 });
      // The exemption makes the receipt confirmation not applicable.
      expect(figures.receiptConfirmation).toEqual({ onTime: 4, late: 0, overdue: 0, pending: 1, notStarted: 0, notApplicable: 1, breaches: 0, share: 1 });
      expect(figures.investigationOpenedNotice).toEqual({ onTime: 4, late: 0, overdue: 0, pending: 0, notStarted: 0, notApplicable: 2, breaches: 0, share: 1 });
      expect(figures.outcomeFeedback).toEqual({ onTime: 0, late: 0, overdue: 1, pending: 0, notStarted: 2, notApplicable: 3, breaches: 1, share: 0 });
      expect(figures.feedback).toEqual({ onTime: 4, late: 0, overdue: 1, pending: 1, notStarted: 2, notApplicable: 4, breaches: 1, share: 0.8 });
    });

    it('takes the period on the Oslo calendar', async () => {
      const march = await reader.figures('5001', '2026-03-01', '2026-03-31', NOW, 'unit-cw');
      expect(march.received).toBe(4);
      expect((await reader.figures('5002', '2026-03-01', '2026-03-31', NOW, 'unit-cw')).byReporterCategory['barnet-selv']).toBe(1);
      expect((await reader.figures('5002', '2026-02-01', '2026-02-28', NOW, 'unit-cw')).received).toBe(0);
      const none = await reader.figures('5001', '2027-01-01', '2027-12-31', NOW, 'unit-cw');
      expect(none).toMatchObject({ received: 0, review: { share: null } });
      expect(Object.values(none.byReporterCategory)).toEqual(Array(12).fill(0));
    });
  });

  describe('when the projection is replayed or rebuilt', () => {
    it('gives identical rows for one batch, batches of 1 and 3, a replay, and after a reset', async () => {
      const once = await rows();
      await apply(recorded);
      expect(await rows()).toEqual(once);
      await reset();
      expect(await rows()).toEqual([]);
      await inBatchesOf(1);
      expect(await rows()).toEqual(once);
      await reset();
      await inBatchesOf(3);
      expect(await rows()).toEqual(once);
      await reset();
      await apply(recorded);
      expect(await rows()).toEqual(once);
    });
  });
});
