import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { CheckpointStore } from '../../libs/event-store/src/subscriptions/checkpoint-store';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { resetProjection } from '../../libs/projections/src';
import { addDays, concernStreamId, type PractitionerRef, type ServiceRef } from '../../libs/concern/src';
import { CaseWorklistProjection } from '../../libs/concern/src/read-models/case-worklist/case-worklist.projection';
import { caseStream } from '../../libs/concern/src/read-models/case-worklist/testing/case-worklist.fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const kindergarten: ServiceRef = { unitId: 'demo-barnehage', serviceType: 'barnehage' };
const healthCentre: ServiceRef = { unitId: 'demo-helsestasjon', serviceType: 'helsestasjon' };
const pedagogue: PractitionerRef = { practitionerId: 'demo-barnehage-pedagog', ...kindergarten };
const nurse: PractitionerRef = { practitionerId: 'demo-helsestasjon-helsesykepleier', ...healthCentre };

const WORKLISTS = ['open-cases', 'level-zero-decisions', 'evaluations', 'handovers', 'without-stafettholder'] as const;

// TODO(concern-http): drive the cases through POST /api/v1/concerns once that API is wired into the
// app; until then the case events are appended as the write side stores them (structural fields
// as in concern.events.ts, free texts marked SECRET).
describe('the case worklists, from the event store to HTTP', () => {
  let app: TestApp;
  let store: EventStore;
  let leader: string;
  const today = osloDate(new Date());
  const at = `${today}T09:00:00+01:00`;
  const dueSoon = caseStream(randomUUID());
  const overdue = caseStream(randomUUID());
  const cooperation = caseStream(randomUUID());
  const noHolder = caseStream(randomUUID());

  const get = (worklist: string, token?: string) => {
    const call = request(app.app.getHttpServer()).get(`/api/v1/worklists/${worklist}`);
    return token ? call.set('authorization', token) : call;
  };
  const allLists = async () => Promise.all(WORKLISTS.map(async (list) => (await get(list, leader).expect(200)).body));

  beforeAll(async () => {
    app = await startTestApp();
    store = app.app.get(EVENT_STORE);
    await app.organisationLoaded();
    leader = `Bearer ${await app.tokenFor('demo-barnehage-leder')}`;
    const by = { by: pedagogue, at };
    const registered = (c: typeof dueSoon, decisionDueOn: string) =>
      c.event('ConcernRegistered', { childId: c.childId, kommunenummer: '5029', owningUnit: kindergarten, concern: { observations: 'SECRET: observasjon', since: 'SECRET: lenge' }, decisionDueOn }, by);
    await store.append(concernStreamId(dueSoon.caseId), [registered(dueSoon, addDays(today, 3))], 'no_stream');
    await store.append(concernStreamId(overdue.caseId), [registered(overdue, addDays(today, -2))], 'no_stream');
    await store.append(
      concernStreamId(cooperation.caseId),
      [
        registered(cooperation, addDays(today, -20)),
        cooperation.event('LevelZeroDecided', { outcome: 'level-2', reason: 'SECRET: grunn', decisionDueOn: addDays(today, -20), withinDeadline: true }, by),
        cooperation.event('StafettholderAppointed', { holder: pedagogue }, by),
        cooperation.event('LevelChanged', { from: 0, to: 2, reason: 'SECRET: grunn' }, by),
        cooperation.event('StafettloggOpened', { keptBy: kindergarten, consentId: 'samtykke-1' }, by),
        cooperation.event('ServiceJoined', { service: healthCentre, purpose: 'join-case', consentId: 'samtykke-2' }, by),
        cooperation.event('MeasureAdded', {
          measureId: 'tiltak-1', owner: kindergarten, responsiblePractitionerId: pedagogue.practitionerId, goal: 'SECRET: mål',
          startsOn: addDays(today, -10), evaluationDates: [addDays(today, -1)],
        }, by),
        cooperation.event('MeasureAdded', {
          measureId: 'tiltak-2', owner: kindergarten, responsiblePractitionerId: pedagogue.practitionerId, goal: 'SECRET: mål',
          startsOn: addDays(today, -10), evaluationDates: [addDays(today, 5)],
        }, by),
        cooperation.event('HandoverProposed', { from: pedagogue, to: nurse, familyWish: 'SECRET: ønske' }, by),
        cooperation.event('HandoverDeclined', { from: pedagogue, to: nurse, reason: 'SECRET: nei' }, { by: nurse, at }),
        cooperation.event('HandoverProposed', { from: pedagogue, to: nurse, familyWish: 'SECRET: ønske' }, by),
      ],
      'no_stream',
    );
    await store.append(
      concernStreamId(noHolder.caseId),
      [
        registered(noHolder, addDays(today, -20)),
        noHolder.event('LevelZeroDecided', { outcome: 'report-to-child-welfare', reason: 'SECRET: grunn', decisionDueOn: addDays(today, -20), withinDeadline: true }, by),
        noHolder.event('LevelChanged', { from: 0, to: 1, reason: 'SECRET: grunn' }, by),
      ],
      'no_stream',
    );
    await waitFor(async () => (await get('open-cases', leader)).body.items?.length === 4, 10_000, 'the case-worklist projection');
  });
  afterAll(() => app.close());

  describe('when a leader of the owning unit asks', () => {
    it('lists the unit’s open cases by level', async () => {
      const body = (await get('open-cases', leader).expect(200)).body;
      expect(body).toMatchObject({ unitId: 'demo-barnehage', countsByLevel: { 0: 2, 1: 1, 2: 1, 3: 0 } });
      expect(body.items[0]).toEqual({
        caseId: cooperation.caseId,
        childId: cooperation.childId,
        level: 2,
        owningUnit: 'demo-barnehage',
        stafettholder: { unitId: 'demo-barnehage', practitionerId: pedagogue.practitionerId },
        updatedAt: expect.any(String),
      });
    });

    it('splits pending level-0 decisions into due and overdue on today’s Oslo date', async () => {
      const body = (await get('level-zero-decisions', leader).expect(200)).body;
      expect(body).toEqual({
        unitId: 'demo-barnehage',
        today,
        due: [{ caseId: dueSoon.caseId, childId: dueSoon.childId, decisionDueOn: addDays(today, 3), daysLeft: 3 }],
        overdue: [{ caseId: overdue.caseId, childId: overdue.childId, decisionDueOn: addDays(today, -2), daysLeft: -2 }],
      });
    });

    it('lists evaluations overdue and due within the window (14 days unless asked)', async () => {
      const body = (await get('evaluations', leader).expect(200)).body;
      expect(body).toMatchObject({ unitId: 'demo-barnehage', today, withinDays: 14 });
      expect(body.overdue.map((m: { measureId: string }) => m.measureId)).toEqual(['tiltak-1']);
      expect(body.due).toEqual([
        { caseId: cooperation.caseId, measureId: 'tiltak-2', level: 2, responsiblePractitionerId: pedagogue.practitionerId, nextEvaluationOn: addDays(today, 5), daysLeft: 5 },
      ]);
      expect((await get('evaluations?withinDays=2', leader).expect(200)).body.due).toEqual([]);
      await get('evaluations?withinDays=lots', leader).expect(400);
    });

    it('lists handovers waiting for the unit, and cases above level 0 without a stafettholder', async () => {
      expect((await get('handovers', leader).expect(200)).body).toEqual({ unitId: 'demo-barnehage', items: [] });
      const nurseToken = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
      const waiting = (await get('handovers', nurseToken).expect(200)).body;
      expect(waiting).toEqual({
        unitId: 'demo-helsestasjon',
        items: [{ caseId: cooperation.caseId, childId: cooperation.childId, level: 2, from: { unitId: 'demo-barnehage', practitionerId: pedagogue.practitionerId }, to: { unitId: 'demo-helsestasjon', practitionerId: nurse.practitionerId }, proposedAt: new Date(at).toISOString() }],
      });
      const orphans = (await get('without-stafettholder', leader).expect(200)).body;
      expect(orphans.items.map((c: { caseId: string; level: number }) => [c.caseId, c.level])).toEqual([[noHolder.caseId, 1]]);
    });

    it('answers no free text', async () => {
      expect(JSON.stringify(await allLists())).not.toContain('SECRET');
    });
  });

  describe('when the caller is not a practitioner of a unit', () => {
    it('answers 401 without a token and 403 to an administrator', async () => {
      const admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
      for (const list of WORKLISTS) {
        await get(list).expect(401);
        await get(list, admin).expect(403);
      }
    });
  });

  describe('when the projection is rebuilt from zero', () => {
    it('gives the same lists', async () => {
      const before = await allLists();
      await resetProjection(app.db.dataSource, app.app.get(CheckpointStore), new CaseWorklistProjection());
      await waitFor(async () => JSON.stringify(await allLists()) === JSON.stringify(before), 10_000, 'the rebuild');
      expect(await allLists()).toEqual(before);
    });
  });

  describe('when a case is closed', () => {
    it('leaves every list', async () => {
      await store.append(
        concernStreamId(cooperation.caseId),
        [cooperation.event('CaseClosed', { level: 2, closingNote: 'SECRET: ferdig' }, { by: pedagogue, at })],
        11n,
      );
      await waitFor(async () => (await get('open-cases', leader)).body.items.length === 3, 10_000, 'the closing');
      const nurseToken = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
      expect((await get('handovers', nurseToken).expect(200)).body.items).toEqual([]);
      const evaluations = (await get('evaluations', leader).expect(200)).body;
      expect([...evaluations.due, ...evaluations.overdue]).toEqual([]);
    });
  });
});
