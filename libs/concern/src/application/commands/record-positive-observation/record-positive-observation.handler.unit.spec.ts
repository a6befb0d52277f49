import { randomBytes, randomUUID } from 'node:crypto';
import { ForbiddenProblem, MunicipalityAccess, type Principal } from '@stafett/auth';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import { MasterKeyring, PersonalDataVault, type ChildKeyStore, type StoredChildKey } from '@stafett/identity';
import { concernStreamId } from '../../../domain/concern.events';
import { concernRulesSourceFromEnv } from '../../../domain/concern.rules';
import type { ConsentCheck, ConsentQuestion } from '../../../domain/consent-check.port';
import { CaseFactsReader } from '../../../infrastructure/case-facts.reader';
import { ConcernCaseStore } from '../../../infrastructure/concern-case.store';
import { ConcernCommandRunner } from '../../concern-command-runner';
import { ConcernDecisionAnswers } from '../../concern-decision-context';
import { RecordPositiveObservationCommand } from './record-positive-observation.command';
import { RecordPositiveObservationHandler } from './record-positive-observation.handler';

// The case's real pipeline over an in-memory store and vault; the organisation and the consent
// register answer as for a family that consented. test/e2e/positive-observations.e2e.spec.ts runs
// the same over HTTP against PostgreSQL.
const NOW = new Date('2026-03-02T08:15:00Z');
const LYSGLIMT = 'Tok initiativ til å hjelpe en ny elev i friminuttet';
const WORDS = 'Jeg likte å vise ham rundt';

const principal = (unitId: string): Principal => ({
  practitionerId: `${unitId}-ansatt`,
  unitId,
  serviceType: 'barnehage',
  roles: ['practitioner'],
  tokenExpiresAt: new Date(NOW.getTime() + 600_000),
});
const pedagogue = { principal: principal('barnehage') };
const stranger = { principal: principal('annen-barnehage') };

/** The family consented to everything asked. */
const consented: ConsentCheck = {
  coversService: async (question: ConsentQuestion) => ({ covered: true, consentId: 'samtykke-1', question }),
  coversServices: async (questions) => questions.map((question) => ({ covered: true as const, consentId: 'samtykke-1', question })),
};

function keyStore(): ChildKeyStore {
  const keys = new Map<string, StoredChildKey>();
  return {
    createIfAbsent: async (key) => keys.get(key.childId) ?? keys.set(key.childId, { ...key, createdAt: NOW, destroyedAt: null }).get(key.childId)!,
    find: async (childId) => keys.get(childId),
    destroyKey: async () => undefined,
  };
}

async function caseWithOpenLog() {
  const events = new InMemoryEventStore();
  const vault = new PersonalDataVault(keyStore(), MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') }));
  const childId = randomUUID();
  await vault.cipherFor(childId); // as the child's registration does
  const organisation = { units: new Map([['barnehage', { unitId: 'barnehage', serviceType: 'barnehage', coverage: [{ kommunenummer: '5029', validFrom: '2020-01-01' }] }]]), practitioners: new Map(), municipalities: new Map() };
  const access = new MunicipalityAccess({ findPractitioner: async () => undefined, servesMunicipality: async (_unit, kommunenummer) => kommunenummer === '5029' });
  const cases = new ConcernCaseStore(events, vault);
  const answers = new ConcernDecisionAnswers({ current: async () => organisation } as never, consented, new CaseFactsReader(events));
  const runner = new ConcernCommandRunner(cases, answers, access, concernRulesSourceFromEnv({}), { now: () => NOW });
  const commands = { execute: (request: Parameters<ConcernCommandRunner['run']>[0], caller: typeof pedagogue) => runner.run(request, caller) };
  const caseId = randomUUID();
  const holder = { practitionerId: 'barnehage-ansatt', unitId: 'barnehage', serviceType: 'barnehage' };
  await commands.execute({ type: 'RegisterConcern', caseId, childId, kommunenummer: '5029', concern: { observations: 'Trekker seg unna', since: 'i høst' } }, pedagogue);
  await commands.execute({ type: 'DecideAtLevelZero', caseId, decision: { outcome: 'level-1', reason: 'Følges opp', stafettholder: holder } }, pedagogue);
  await commands.execute({ type: 'OpenStafettlogg', caseId }, pedagogue);
  return { events, cases, caseId, handler: new RecordPositiveObservationHandler(runner) };
}

describe('RecordPositiveObservationHandler', () => {
  it('appends the lysglimt with its texts sealed with the child’s key, and reads them back in clear', async () => {
    const { events, cases, caseId, handler } = await caseWithOpenLog();
    const answer = await handler.execute(new RecordPositiveObservationCommand({ caseId, observedOn: '2026-03-01', text: LYSGLIMT, childsOwnWords: WORDS }, pedagogue));

    expect(answer).toEqual({ observationId: expect.stringMatching(/^[0-9a-f-]{36}$/), events: ['PositiveObservationRecorded'] });
    const stored = (await events.readStream(concernStreamId(caseId))).at(-1);
    expect(JSON.stringify(stored?.data)).not.toContain(LYSGLIMT);
    expect(JSON.stringify(stored?.data)).not.toContain(WORDS);
    expect((await cases.load(caseId)).events.at(-1)).toEqual({
      type: 'PositiveObservationRecorded',
      data: { caseId, by: { practitionerId: 'barnehage-ansatt', unitId: 'barnehage', serviceType: 'barnehage' }, at: '2026-03-02T09:15:00+01:00', observationId: answer.observationId, observedOn: '2026-03-01', text: LYSGLIMT, childsOwnWords: WORDS },
    });
  });

  it('writes nothing new for a retry with the same Idempotency-Key, and answers it the same', async () => {
    const { events, caseId, handler } = await caseWithOpenLog();
    const caller = { ...pedagogue, idempotencyKey: 'lysglimt-1' };
    const first = await handler.execute(new RecordPositiveObservationCommand({ caseId, observedOn: '2026-03-01', text: LYSGLIMT }, caller));
    const before = events.all().length;
    const retry = await handler.execute(new RecordPositiveObservationCommand({ caseId, observedOn: '2026-03-01', text: LYSGLIMT }, caller));

    expect(retry).toEqual(first);
    expect(events.all()).toHaveLength(before);
  });

  it('answers a unit outside the case as if the case did not exist, writing nothing', async () => {
    const { events, caseId, handler } = await caseWithOpenLog();
    const before = events.all().length;
    await expect(handler.execute(new RecordPositiveObservationCommand({ caseId, observedOn: '2026-03-01', text: LYSGLIMT }, stranger))).rejects.toBeInstanceOf(ForbiddenProblem);
    await expect(handler.execute(new RecordPositiveObservationCommand({ caseId: randomUUID(), observedOn: '2026-03-01', text: LYSGLIMT }, pedagogue))).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(events.all()).toHaveLength(before);
  });
});
