import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent, type RecordedEvent } from '@stafett/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { concernStreamId } from '../domain/concern.events';
import { CaseWorklistProjection } from './case-worklist/case-worklist.projection';
import { CaseWorklistReader } from './case-worklist/case-worklist.reader';
import { caseStream, clinic, nurse, school, teacher } from './case-worklist/testing/case-worklist.fixtures';

const TODAY = '2026-03-20';

/** A realistic set of cases for one school and one clinic, on the day TODAY. */
function scenario() {
  const dueSoon = caseStream('a0000000-0000-4000-8000-000000000001');
  const overdue = caseStream('a0000000-0000-4000-8000-000000000002');
  const followedUp = caseStream('a0000000-0000-4000-8000-000000000003');
  const handedOver = caseStream('a0000000-0000-4000-8000-000000000004');
  const noHolder = caseStream('a0000000-0000-4000-8000-000000000005');
  const closed = caseStream('a0000000-0000-4000-8000-000000000006');
  const streams: Array<[string, NewEvent[]]> = [
    [dueSoon.caseId, [dueSoon.registered('2026-03-25')]],
    [overdue.caseId, [overdue.registered('2026-03-16'), overdue.event('NecessaryConversationRecorded', {
      heldOn: '2026-03-05', participants: ['SECRET: mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true,
    })]],
    [followedUp.caseId, [
      ...followedUp.raisedTo(1),
      followedUp.measure('tiltak-1', ['2026-03-18', '2026-05-15']),
      followedUp.measure('tiltak-2', ['2026-03-10']),
      followedUp.measure('tiltak-3', ['2026-06-01']),
      followedUp.measure('tiltak-4', ['2026-03-19']),
      followedUp.event('MeasureEvaluated', { measureId: 'tiltak-1', evaluatedOn: '2026-03-18', effect: 'better', note: 'SECRET: notat', nextEvaluationOn: '2026-04-01' }),
      followedUp.event('MeasureEnded', { measureId: 'tiltak-4', endedOn: '2026-03-19', reason: 'SECRET: virket' }),
    ]],
    [handedOver.caseId, [
      ...handedOver.raisedTo(2),
      handedOver.event('ServiceJoined', { service: clinic, purpose: 'join-case', consentId: 'samtykke-1', task: 'SECRET: oppgave' }),
      handedOver.measure('tiltak-h', ['2026-03-12'], clinic),
      handedOver.event('HandoverProposed', { from: teacher, to: nurse, familyWish: 'SECRET: ønsker helsesykepleier' }, { at: '2026-03-19T14:00:00+01:00' }),
    ]],
    [noHolder.caseId, [
      noHolder.registered('2026-03-16'),
      noHolder.event('LevelZeroDecided', { outcome: 'report-to-child-welfare', reason: 'SECRET: vold', decisionDueOn: '2026-03-16', withinDeadline: true }),
      noHolder.event('LevelChanged', { from: 0, to: 1, reason: 'SECRET: begrunnelse' }),
    ]],
    [closed.caseId, [
      ...closed.raisedTo(1),
      closed.measure('tiltak-c', ['2026-03-01']),
      closed.event('HandoverProposed', { from: teacher, to: nurse, familyWish: 'SECRET: ønske' }),
      closed.event('CaseClosed', { level: 1, closingNote: 'SECRET: avsluttet' }),
    ]],
  ];
  return { dueSoon, overdue, followedUp, handedOver, noHolder, closed, streams };
}

describe('the case worklists', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let reader: CaseWorklistReader;
  let recorded: RecordedEvent[];
  const projection = new CaseWorklistProjection();
  const world = scenario();

  const apply = (events: readonly RecordedEvent[]) => db.dataSource.transaction((manager) => projection.apply(events, manager));
  const reset = () => db.dataSource.transaction((manager) => projection.reset(manager));
  const rows = async () => ({
    cases: await db.dataSource.query('SELECT to_jsonb(c) AS row FROM case_worklist c ORDER BY case_id'),
    measures: await db.dataSource.query('SELECT to_jsonb(m) AS row FROM case_measure_evaluations m ORDER BY case_id, measure_id'),
  });
  const inBatchesOf = async (size: number) => {
    for (let i = 0; i < recorded.length; i += size) await apply(recorded.slice(i, i + size));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    reader = new CaseWorklistReader(db.dataSource);
    for (const [caseId, events] of world.streams) await store.append(concernStreamId(caseId), events, 'no_stream');
    // Not case events, or not on the case's own stream: ignored.
    await store.append(`concern-${randomUUID()}`, [{ ...world.dueSoon.registered('2026-03-25'), id: randomUUID() }], 'no_stream');
    await store.append(`concern-${randomUUID()}`, [{ id: randomUUID(), type: 'ConcernRegistered', data: { n: 1 }, metadata: { correlationId: randomUUID(), occurredAt: '2026-03-02T08:00:00Z' } }], 'no_stream');
    recorded = (await store.readAll({ maxCount: 10_000 })).events;
    await apply(recorded);
  });
  afterAll(() => db.drop());

  describe('when a unit asks for its open cases', () => {
    it('lists the open cases it owns or takes part in, counted by level', async () => {
      const mine = await reader.openCases(school.unitId);
      expect(mine.countsByLevel).toEqual({ 0: 2, 1: 2, 2: 1, 3: 0 });
      expect(mine.items.map((c) => c.caseId)).not.toContain(world.closed.caseId);
      const clinics = await reader.openCases(clinic.unitId);
      expect(clinics.items).toEqual([
        expect.objectContaining({ caseId: world.handedOver.caseId, level: 2, owningUnit: school.unitId, stafettholder: { unitId: school.unitId, practitionerId: teacher.practitionerId } }),
      ]);
    });
  });

  describe('when level-0 decisions are pending', () => {
    it('splits them into due (today or later) and overdue (before today)', async () => {
      const { due, overdue } = await reader.levelZeroDecisions(school.unitId, TODAY);
      expect(due).toEqual([{ caseId: world.dueSoon.caseId, childId: world.dueSoon.childId, decisionDueOn: '2026-03-25', daysLeft: 5 }]);
      expect(overdue).toEqual([{ caseId: world.overdue.caseId, childId: world.overdue.childId, decisionDueOn: '2026-03-16', daysLeft: -4 }]);
      expect((await reader.levelZeroDecisions(school.unitId, '2026-03-16')).overdue).toEqual([]);
    });
  });

  describe('when measures have evaluation dates', () => {
    it('lists the unit’s overdue evaluations and those due within the window, never ended ones or closed cases', async () => {
      const { due, overdue } = await reader.evaluations(school.unitId, TODAY, 14);
      expect(due.map((m) => [m.measureId, m.nextEvaluationOn, m.daysLeft])).toEqual([['tiltak-1', '2026-04-01', 12]]);
      expect(overdue.map((m) => [m.measureId, m.nextEvaluationOn, m.daysLeft])).toEqual([['tiltak-2', '2026-03-10', -10]]);
      expect((await reader.evaluations(school.unitId, TODAY, 90)).due.map((m) => m.measureId)).toEqual(['tiltak-1', 'tiltak-3']);
      expect((await reader.evaluations(clinic.unitId, TODAY, 14)).overdue).toEqual([
        { caseId: world.handedOver.caseId, measureId: 'tiltak-h', level: 2, responsiblePractitionerId: 'laerer-1', nextEvaluationOn: '2026-03-12', daysLeft: -8 },
      ]);
    });
  });

  describe('when a handover is proposed', () => {
    it('waits in the receiving unit’s list, and a closed case’s proposal has lapsed', async () => {
      expect(await reader.handoversWaiting(clinic.unitId)).toEqual([
        {
          caseId: world.handedOver.caseId,
          childId: world.handedOver.childId,
          level: 2,
          from: { unitId: school.unitId, practitionerId: teacher.practitionerId },
          to: { unitId: clinic.unitId, practitionerId: nurse.practitionerId },
          proposedAt: '2026-03-19T13:00:00.000Z',
        },
      ]);
      expect(await reader.handoversWaiting(school.unitId)).toEqual([]);
    });
  });

  describe('when a case above level 0 has no stafettholder', () => {
    it('is listed for the units of the case', async () => {
      expect((await reader.withoutStafettholder(school.unitId)).map((c) => [c.caseId, c.level])).toEqual([[world.noHolder.caseId, 1]]);
      expect(await reader.withoutStafettholder(clinic.unitId)).toEqual([]);
    });
  });

  describe('when the rows are read', () => {
    it('holds no free text', async () => {
      expect(JSON.stringify(await rows())).not.toContain('SECRET');
    });
  });

  describe('when the projection is rebuilt from zero', () => {
    it('gives the same rows in one batch, in batches of 1 and of 3, and when replayed', async () => {
      const before = await rows();
      expect(before.cases).toHaveLength(6);
      for (const size of [1, 3]) {
        await reset();
        expect((await rows()).cases).toEqual([]);
        await inBatchesOf(size);
        expect(await rows()).toEqual(before);
      }
      await inBatchesOf(2); // a replay of every event: versions already applied change nothing
      expect(await rows()).toEqual(before);
      await reset();
      await apply(recorded);
      expect(await rows()).toEqual(before);
    });
  });

  describe('when the handover is answered and a closed case is reopened', () => {
    it('moves the baton, clears the waiting handover and starts a new level-0 deadline', async () => {
      const later = [
        world.handedOver.event('HandoverAccepted', { from: teacher, to: nurse }, { by: nurse, at: '2026-03-21T09:00:00+01:00' }),
      ];
      const reopened = caseStream('a0000000-0000-4000-8000-000000000007');
      const stream = [
        reopened.registered('2026-03-10'),
        reopened.event('LevelZeroDecided', { outcome: 'close', reason: 'SECRET: grunn', decisionDueOn: '2026-03-10', withinDeadline: true }),
        reopened.event('CaseClosed', { level: 0, closingNote: 'SECRET: avsluttet' }),
        reopened.event('CaseReopened', { level: 0, reason: 'SECRET: ny bekymring', decisionDueOn: '2026-04-02' }),
      ];
      await store.append(concernStreamId(world.handedOver.caseId), later, 7n);
      await store.append(concernStreamId(reopened.caseId), stream, 'no_stream');
      const fresh = (await store.readAll({ after: recorded[recorded.length - 1].globalPosition })).events;
      expect(fresh).toHaveLength(5);
      await apply(fresh);
      expect(await reader.handoversWaiting(clinic.unitId)).toEqual([]);
      const clinics = await reader.openCases(clinic.unitId);
      expect(clinics.items[0].stafettholder).toEqual({ unitId: clinic.unitId, practitionerId: nurse.practitionerId });
      expect((await reader.levelZeroDecisions(school.unitId, TODAY)).due.map((c) => [c.caseId, c.decisionDueOn])).toEqual([
        [world.dueSoon.caseId, '2026-03-25'],
        [reopened.caseId, '2026-04-02'],
      ]);
    });
  });
});
