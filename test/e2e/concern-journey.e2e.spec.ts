import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { caseAt, type CaseJourneySteps, type CaseStage } from '../support/concern-case';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic national id and invented texts only: none of this is about a real child.
const CHILD = sensitive(syntheticNationalId('2021-02-03', 600));
// The child whose case is read: its access log then holds that one read only.
const READ_CHILD = sensitive(syntheticNationalId('2021-02-04', 600));
const OBSERVATIONS = sensitive('Liv Testbarn sitter alene i garderoben og gråter etter at mor har gått');
const SINCE = sensitive('siden høstferien etter flyttingen');
const CHILDS_WORDS = sensitive('Jeg vil ikke hjem til pappas nye kjæreste');
const CONVERSATION_WITH = sensitive('mor Gunvor Prøveskog');
const DECISION_REASON = sensitive('Barnehagen følger opp med ekstra voksenstøtte i overgangene');
const RAISE_REASON = sensitive('Skolestart nærmer seg og skolen bør inn i samarbeidet');
const CLOSING_NOTE = sensitive('Liv er trygg i barnehagen igjen, mor er fornøyd med oppfølgingen');
const REOPEN_REASON = sensitive('Ny bekymring etter at familien flyttet på nytt');
const MEASURE_GOAL = sensitive('Liv skal hilse på en fast voksen hver morgen');
const FREE_TEXTS = [OBSERVATIONS, SINCE, CHILDS_WORDS, CONVERSATION_WITH, DECISION_REASON, RAISE_REASON, CLOSING_NOTE, REOPEN_REASON, MEASURE_GOAL];

describe('a BTI case in the kindergarten, over HTTP', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  // demo-barnehage and demo-helsestasjon serve 5029; demo-skole serves 5028 only.
  let pedagogue: string;
  let teacher: string;
  let nurse: string;
  let admin: string;
  let childId: string;
  const today = osloDate(new Date());

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    pedagogue = `Bearer ${await app.tokenFor('demo-barnehage-pedagog')}`;
    teacher = `Bearer ${await app.tokenFor('demo-skole-kontaktlaerer')}`;
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
    childId = await app.registerChild(pedagogue, CHILD);
  });
  afterAll(() => app.close());

  const post = (path: string, body: object = {}, token = pedagogue, key?: string) => {
    const call = request(server).post(`/api/v1/concerns${path}`).set('authorization', token);
    return (key ? call.set('idempotency-key', key) : call).send(body);
  };
  const read = (id: string, token = pedagogue) => request(server).get(`/api/v1/concerns/${id}?purpose=follow-up`).set('authorization', token);
  const caseEvents = async (id: string): Promise<string[]> =>
    (await app.db.dataSource.query(`SELECT event_type FROM events WHERE stream_id = $1 ORDER BY stream_version`, [`concern-${id}`])).map(
      (row: { event_type: string }) => row.event_type,
    );
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;
  const withoutInstance = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;
  const concern = (child = childId) => ({ childId: child, kommunenummer: '5029', observations: OBSERVATIONS, since: SINCE, childsOwnWords: CHILDS_WORDS });
  // The pedagogical leader's journey from undring to reopening, step by step (each test starts a case of its own).
  const journey: CaseJourneySteps = {
    register: async (child) => (await post('', concern(child)).expect(201)).body.caseId,
    steps: {
      'conversation-recorded': (id) =>
        post(`/${id}/conversation`, { heldOn: today, participants: [CONVERSATION_WITH], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true }).expect(200),
      'level-1': (id) => post(`/${id}/level-zero-decision`, { outcome: 'level-1', reason: DECISION_REASON, stafettholderId: 'demo-barnehage-pedagog' }).expect(200),
      'level-2': (id) => post(`/${id}/level`, { to: 2, reason: RAISE_REASON }).expect(200),
      closed: (id) => post(`/${id}/close`, { closingNote: CLOSING_NOTE }).expect(200),
      reopened: (id) => post(`/${id}/reopen`, { reason: REOPEN_REASON }).expect(200),
    },
  };
  const aCase = (stage: CaseStage, child = childId) => caseAt(stage, child, journey);

  describe('when the pedagogical leader follows the case from undring to closing', () => {
    it('registers the undring and answers 201 with the new case id', async () => {
      const response = await post('', concern()).expect(201);
      expect(response.body).toEqual({ caseId: expect.stringMatching(/^[0-9a-f-]{36}$/), events: ['ConcernRegistered'] });
    });

    it('records the necessary conversation', async () => {
      const caseId = await aCase('registered');
      const conversation = { heldOn: today, participants: [CONVERSATION_WITH], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true };
      expect((await post(`/${caseId}/conversation`, conversation).expect(200)).body).toEqual({ events: ['NecessaryConversationRecorded'] });
    });

    it('decides level 1 with the pedagogue as stafettholder', async () => {
      const caseId = await aCase('conversation-recorded');
      const decision = { outcome: 'level-1', reason: DECISION_REASON, stafettholderId: 'demo-barnehage-pedagog' };
      const response = await post(`/${caseId}/level-zero-decision`, decision).expect(200);
      expect(response.body).toEqual({ events: ['LevelZeroDecided', 'StafettholderAppointed', 'LevelChanged'] });
    });

    it('refuses to open the stafettlogg, since the family has recorded no consent (fails closed)', async () => {
      const caseId = await aCase('level-1');
      const response = await post(`/${caseId}/stafettlogg`).expect(409);
      expect(response.body).toMatchObject({
        status: 409,
        type: 'urn:stafett:problem:consent-missing',
        detail: 'Stafettloggen kan ikke åpnes: det finnes ikke et gyldig samtykke fra de foresatte som dekker tjenesten.',
      });
    });

    it('so refuses a measure as well: the log is not open', async () => {
      const caseId = await aCase('level-1');
      const measure = { ownerUnitId: 'demo-barnehage', responsiblePractitionerId: 'demo-barnehage-pedagog', goal: MEASURE_GOAL, startsOn: today, evaluationDates: [today] };
      const response = await post(`/${caseId}/measures`, measure).expect(409);
      expect(response.body.detail).toBe('Stafettloggen er ikke åpnet. Den åpnes med samtykke fra de foresatte.');
    });

    it('raises to level 2, but refuses the school joining without consent', async () => {
      const caseId = await aCase('level-1');
      expect((await post(`/${caseId}/level`, { to: 2, reason: RAISE_REASON }).expect(200)).body).toEqual({ events: ['LevelChanged'] });
      const response = await post(`/${caseId}/participants`, { unitId: 'demo-skole' }).expect(409);
      expect(response.body).toMatchObject({
        type: 'urn:stafett:problem:consent-missing',
        detail: 'Tjenesten kan ikke bli med i saken: det finnes ikke et gyldig samtykke fra de foresatte som dekker denne tjenesten.',
      });
    });

    it('closes the case with a closing note', async () => {
      const caseId = await aCase('level-2');
      expect((await post(`/${caseId}/close`, { closingNote: CLOSING_NOTE }).expect(200)).body).toEqual({ events: ['CaseClosed'] });
    });

    it('refuses a measure on the closed case', async () => {
      const caseId = await aCase('closed');
      const measure = { ownerUnitId: 'demo-barnehage', responsiblePractitionerId: 'demo-barnehage-pedagog', goal: MEASURE_GOAL, startsOn: today, evaluationDates: [today] };
      const response = await post(`/${caseId}/measures`, measure).expect(409);
      expect(response.body).toMatchObject({ type: 'urn:stafett:problem:case-closed', detail: 'Saken er avsluttet. Den må gjenåpnes før noe nytt kan registreres.' });
    });

    it('reopens it', async () => {
      const caseId = await aCase('closed');
      expect((await post(`/${caseId}/reopen`, { reason: REOPEN_REASON }).expect(200)).body).toEqual({ events: ['CaseReopened'] });
      expect(await caseEvents(caseId)).toEqual([
        'ConcernRegistered',
        'NecessaryConversationRecorded',
        'LevelZeroDecided',
        'StafettholderAppointed',
        'LevelChanged',
        'LevelChanged',
        'CaseClosed',
        'CaseReopened',
      ]);
    });

    it('shows the case to the stafettholder of the owning unit, every entry decided by the policy with its texts in clear, and records the read', async () => {
      const childId = await app.registerChild(pedagogue, READ_CHILD);
      const caseId = await aCase('reopened', childId);
      const response = await read(caseId).expect(200);
      expect(response.body).toMatchObject({
        caseId,
        childId,
        status: 'open',
        coordination: { level: 2, stafettholder: { practitionerId: 'demo-barnehage-pedagog', unitId: 'demo-barnehage' } },
      });
      const entries = response.body.entries as Array<{ visibility: string; rule: string; eventType: string; content: Record<string, unknown> }>;
      expect(entries.map((e) => [e.eventType, e.visibility, e.rule])).toEqual(
        ['ConcernRegistered', 'NecessaryConversationRecorded', 'LevelZeroDecided', 'StafettholderAppointed', 'LevelChanged', 'LevelChanged', 'CaseClosed', 'CaseReopened'].map((type) => [type, 'shown', 'R3-own-service']),
      );
      expect(entries[0].content.concern).toEqual({ observations: OBSERVATIONS, since: SINCE, childsOwnWords: CHILDS_WORDS });
      expect(entries.at(-2)?.content.closingNote).toBe(CLOSING_NOTE);
      const access = await app.db.dataSource.query(`SELECT event_type, data, child_id::text FROM events WHERE stream_id = $1`, [`child-access-${childId}`]);
      expect(access).toEqual([
        {
          event_type: 'ConcernCaseRead',
          data: { practitionerId: 'demo-barnehage-pedagog', unitId: 'demo-barnehage', purpose: 'follow-up', caseId, shownEntryIds: entries.map((e) => (e as unknown as { entryId: string }).entryId) },
          child_id: childId,
        },
      ]);
    });
  });

  describe('when a request is retried with the same Idempotency-Key', () => {
    it('registers one case and appends one set of events', async () => {
      const key = `register-${randomUUID()}`;
      const first = await post('', concern(), pedagogue, key).expect(201);
      const second = await post('', concern(), pedagogue, key).expect(201);
      expect(second.body.caseId).toBe(first.body.caseId);
      expect(await caseEvents(first.body.caseId)).toEqual(['ConcernRegistered']);
    });

    it('appends a command on a case once', async () => {
      const caseId = await aCase('registered');
      const before = (await caseEvents(caseId)).length;
      const key = `conversation-${randomUUID()}`;
      const conversation = { heldOn: today, participants: [CONVERSATION_WITH], summarySharedWithGuardians: false, guardiansInformed: true, childInformed: true };
      await post(`/${caseId}/conversation`, conversation, pedagogue, key).expect(200);
      await post(`/${caseId}/conversation`, conversation, pedagogue, key).expect(200);
      expect((await caseEvents(caseId)).length).toBe(before + 1);
    });
  });

  describe('when the input is bad', () => {
    it('answers 400 naming the fields, and writes nothing', async () => {
      const caseId = await aCase('registered');
      const before = await eventCount();
      const response = await post('', { childId: 'not-a-child', kommunenummer: '50', since: '' }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['childId', 'kommunenummer', 'observations']));
      const conversation = await post(`/${caseId}/conversation`, { heldOn: 'tomorrow', participants: 'mor', guardiansInformed: 'yes' }).expect(400);
      expect(conversation.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['heldOn', 'participants', 'guardiansInformed', 'childInformed', 'summarySharedWithGuardians']),
      );
      const unknown = await post(`/${caseId}/close`, { closingNote: CLOSING_NOTE, extra: 1 }).expect(400);
      expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['extra']);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('when a unit that does not take part asks', () => {
    it('gets the same 403 for this case as for a case that does not exist', async () => {
      const caseId = await aCase('registered');
      const unknown = randomUUID();
      for (const token of [teacher, nurse]) {
        const here = await read(caseId, token).expect(403);
        const nowhere = await read(unknown, token).expect(403);
        expect(withoutInstance(here.body)).toEqual(withoutInstance(nowhere.body));
        const command = await post(`/${caseId}/close`, { closingNote: CLOSING_NOTE }, token).expect(403);
        const commandNowhere = await post(`/${unknown}/close`, { closingNote: CLOSING_NOTE }, token).expect(403);
        expect(withoutInstance(command.body)).toEqual(withoutInstance(commandNowhere.body));
        expect(withoutInstance(command.body)).toEqual(withoutInstance(here.body));
      }
    });

    it('refuses a concern about a child that was never registered with the same 403', async () => {
      const response = await post('', { ...concern(), childId: randomUUID() }).expect(403);
      const other = await read(randomUUID()).expect(403);
      expect(withoutInstance(response.body)).toEqual(withoutInstance(other.body));
    });

    it('refuses a registration for a municipality the unit does not serve', async () => {
      await post('', { ...concern(), kommunenummer: '5028' }).expect(403);
    });

    it('refuses administrators, and asks for a token without one', async () => {
      const caseId = await aCase('registered');
      await read(caseId, admin).expect(403);
      await post(`/${caseId}/reopen`, { reason: REOPEN_REASON }, admin).expect(403);
      await request(server).get(`/api/v1/concerns/${caseId}?purpose=follow-up`).expect(401);
      await request(server).post('/api/v1/concerns').send(concern()).expect(401);
    });
  });

  describe('when the stored data and the logs are examined', () => {
    it('keeps none of the free texts in clear in the events table', async () => {
      await aCase('reopened');
      const rows: Array<{ data: string; metadata: string }> = await app.db.dataSource.query('SELECT data::text, metadata::text FROM events');
      expect(rows.some((r) => r.data.includes('ConcernRegistered') || r.data.includes('"observations"'))).toBe(true);
      for (const row of rows) for (const secret of FREE_TEXTS) expect(`${row.data} ${row.metadata}`).not.toContain(secret);
    });

    it('logs none of them', async () => {
      await aCase('reopened');
      const log = app.logLines.join('\n');
      expect(log.length).toBeGreaterThan(0);
      for (const secret of [...FREE_TEXTS, CHILD]) expect(log).not.toContain(secret);
    });
  });
});
