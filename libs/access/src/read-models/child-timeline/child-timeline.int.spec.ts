import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type RecordedEvent } from '@stafett/event-store';
import { concernStreamId, type PractitionerRef, type ServiceRef } from '@stafett/concern';
import { caseStream, clinic, nurse, school, teacher } from '@stafett/concern/testing';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';
import { ChildTimelineProjection } from './child-timeline.projection';
import { ChildTimelineReader } from './child-timeline.reader';

const police: ServiceRef = { unitId: 'politi-c', serviceType: 'politi' };
const officer: PractitionerRef = { practitionerId: 'slt-1', ...police };

describe('the child timeline projection', () => {
  let db: TestDatabase;
  let recorded: RecordedEvent[];
  const projection = new ChildTimelineProjection();
  const first = caseStream(randomUUID());
  const second = caseStream(randomUUID(), first.childId); // the same child, a second case
  const other = caseStream(randomUUID()); // another child

  const apply = (events: readonly RecordedEvent[]) => db.dataSource.transaction((manager) => projection.apply(events, manager));
  const reset = () => db.dataSource.transaction((manager) => projection.reset(manager));
  const rows = () => db.dataSource.query('SELECT to_jsonb(t) AS row FROM child_timeline t ORDER BY entry_id');

  beforeAll(async () => {
    db = await createTestDatabase();
    const store = new PostgresEventStore(db.pool);
    await store.append(
      concernStreamId(first.caseId),
      [
        ...first.raisedTo(2),
        first.event('StafettloggOpened', { keptBy: school, consentId: 'samtykke-1' }),
        first.event('ServiceJoined', { service: clinic, purpose: 'join-case', consentId: 'samtykke-1', task: 'SECRET: oppgave' }),
        first.measure('tiltak-1', ['2026-04-01'], clinic),
        first.event('MeasureEvaluated', { measureId: 'tiltak-1', evaluatedOn: '2026-03-20', effect: 'better', note: 'SECRET: notat' }, { by: nurse, at: '2026-03-20T10:00:00+01:00' }),
        first.event('MeetingRecorded', {
          meetingId: 'møte-1', heldOn: '2026-03-10', participants: ['SECRET: mor'], decisions: ['SECRET: vedtak'], childsVoice: { kind: 'heard', said: 'SECRET: sa' },
        }, { at: '2026-03-10T12:00:00+01:00' }),
        first.event('GoalSet', { goalId: 'mål-1', description: 'SECRET: mål' }),
        first.event('AgreementRecorded', { agreementId: 'avtale-1', text: 'SECRET: avtale' }),
        first.event('ReportToChildWelfareLinked', { reportId: 'melding-1', level: 2 }),
        first.event('CaseClosed', { level: 2, closingNote: 'SECRET: slutt' }, { by: { kind: 'guardian', guardianId: 'foresatt-1' } as unknown as PractitionerRef }),
      ],
      'no_stream',
    );
    await store.append(
      concernStreamId(second.caseId),
      [second.registered('2026-03-16', police), second.event('NecessaryConversationRecorded', {
        heldOn: '2026-03-03', participants: ['SECRET: far'], summarySharedWithGuardians: false, guardiansInformed: true, childInformed: false, notInformedReason: 'SECRET: for liten',
      }, { by: officer, at: '2026-03-03T08:00:00+01:00' })],
      'no_stream',
    );
    await store.append(concernStreamId(other.caseId), [other.registered('2026-03-16')], 'no_stream');
    // Not a case event on its own stream, or not a case event at all: ignored.
    await store.append(`concern-${randomUUID()}`, [{ ...first.registered('2026-03-16'), id: randomUUID() }], 'no_stream');
    await store.append(`child-access-${first.childId}`, [{ id: randomUUID(), type: 'ChildDataRead', data: { purpose: 'follow-up' }, metadata: { correlationId: randomUUID(), occurredAt: '2026-03-02T08:00:00Z' } }], 'no_stream');
    recorded = (await store.readAll({ maxCount: 10_000 })).events;
    await apply(recorded);
  });
  afterAll(() => db.drop());

  describe('when a child has two BTI cases', () => {
    it('keeps one entry per case event with its category', async () => {
      const entries = await new ChildTimelineReader(db.dataSource).entriesFor(first.childId);
      const ofFirst = entries.filter((e) => e.caseId === first.caseId).map((e) => [e.eventType, e.category]);
      expect(ofFirst).toEqual(
        expect.arrayContaining([
          ['ConcernRegistered', 'observation'],
          ['LevelZeroDecided', 'coordination'],
          ['StafettholderAppointed', 'coordination'],
          ['LevelChanged', 'coordination'],
          ['StafettloggOpened', 'coordination'],
          ['ServiceJoined', 'coordination'],
          ['MeasureAdded', 'measure'],
          ['MeasureEvaluated', 'measure'],
          ['MeetingRecorded', 'meeting'],
          ['GoalSet', 'agreement'],
          ['AgreementRecorded', 'agreement'],
          ['ReportToChildWelfareLinked', 'child-welfare-case'],
          ['CaseClosed', 'coordination'],
        ]),
      );
      expect(ofFirst).toHaveLength(13);
      expect(entries.filter((e) => e.caseId === second.caseId).map((e) => [e.eventType, e.category])).toEqual([
        ['ConcernRegistered', 'observation'],
        ['NecessaryConversationRecorded', 'observation'],
      ]);
    });

    it('lists them in time order, whichever case they belong to', async () => {
      const entries = await new ChildTimelineReader(db.dataSource).entriesFor(first.childId);
      const times = entries.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort());
      expect(entries.map((e) => e.eventType).slice(-3)).toEqual(['NecessaryConversationRecorded', 'MeetingRecorded', 'MeasureEvaluated']);
      expect(entries.at(-1)?.occurredAt).toBe('2026-03-20T09:00:00.000Z');
    });

    it('owns each entry by the acting unit, with its family; a guardian’s act by the case’s unit', async () => {
      const entries = await new ChildTimelineReader(db.dataSource).entriesFor(first.childId);
      const owner = (type: string, caseId = first.caseId) => {
        const entry = entries.find((e) => e.eventType === type && e.caseId === caseId);
        return entry && [entry.ownerUnitId, entry.ownerServiceType, entry.ownerFamily];
      };
      expect(owner('ConcernRegistered')).toEqual([teacher.unitId, 'skole', 'education']);
      expect(owner('MeasureEvaluated')).toEqual([nurse.unitId, 'helsestasjon', 'health']);
      expect(owner('CaseClosed')).toEqual([teacher.unitId, 'skole', 'education']);
      expect(owner('NecessaryConversationRecorded', second.caseId)).toEqual([officer.unitId, 'politi', 'police']);
    });

    it('keeps no free text: the content stays in the encrypted event', async () => {
      expect(JSON.stringify(await rows())).not.toContain('SECRET');
    });

    it('points each entry at its event by stream and version', async () => {
      const entries = await new ChildTimelineReader(db.dataSource).entriesFor(first.childId);
      for (const entry of entries) {
        const event = recorded.find((e) => e.id === entry.entryId);
        expect([entry.streamId, entry.streamVersion, entry.eventType]).toEqual([event?.streamId, event?.streamVersion, event?.type]);
      }
    });

    it('keeps other children’s entries apart', async () => {
      const entries = await new ChildTimelineReader(db.dataSource).entriesFor(other.childId);
      expect(entries.map((e) => e.eventType)).toEqual(['ConcernRegistered']);
    });
  });

  describe('when the events are replayed', () => {
    it('gives the same rows in one batch, in batches of any size, and after a replay', async () => {
      const before = await rows();
      expect(before).toHaveLength(16);
      await apply(recorded);
      expect(await rows()).toEqual(before);
      for (const size of [1, 2, 5]) {
        await reset();
        for (let i = 0; i < recorded.length; i += size) await apply(recorded.slice(i, i + size));
        expect(await rows()).toEqual(before);
      }
    });

    it('is emptied by reset, for a rebuild', async () => {
      await reset();
      expect(await rows()).toEqual([]);
    });
  });
});
