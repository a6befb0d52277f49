import { randomBytes, randomUUID } from 'node:crypto';
import { ForbiddenProblem, MunicipalityAccess, type PractitionerDirectory, type Principal } from '@stafett/auth';
import { MasterKeyring, PersonalDataVault } from '@stafett/identity';
import { InMemoryChildKeyStore } from '@stafett/identity/testing';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { OrganisationState, OrganisationViewReader } from '@stafett/organisation';
import { concernStreamId } from '../domain/concern.events';
import { concernRulesSourceFromEnv } from '../domain/concern.rules';
import type { ConsentCheck } from '../domain/consent-check.port';
import { CaseFactsReader } from '../infrastructure/case-facts.reader';
import { ConcernCaseStore } from '../infrastructure/concern-case.store';
import { ConcernCommandRunner, type ConcernCommandRequest } from './concern-command-runner';
import { ConcernDecisionAnswers } from './concern-decision-context';
import type { ConcernActor } from './concern-request';

const NOW = new Date('2026-03-02T23:30:00Z'); // 00:30 on 3 March in Norway
const OBSERVATIONS = 'Gråter i garderoben hver morgen';

const principal = (unitId: string): Principal => ({
  practitionerId: `${unitId}-ansatt`,
  unitId,
  serviceType: unitId,
  roles: ['practitioner'],
  tokenExpiresAt: new Date(NOW.getTime() + 600_000),
});
const kindergarten = { principal: principal('barnehage') };
const school = { principal: principal('skole') };
const SERVES: Record<string, string> = { barnehage: '5029', skole: '5028' };

async function setUp() {
  const events = new InMemoryEventStore();
  const vault = new PersonalDataVault(new InMemoryChildKeyStore(), MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') }));
  const childId = randomUUID();
  await vault.cipherFor(childId); // as the child's registration does
  const directory: PractitionerDirectory = {
    findPractitioner: async () => undefined,
    servesMunicipality: async (unitId, kommunenummer) => SERVES[unitId] === kommunenummer,
  };
  const organisation = {
    municipalities: new Map(),
    practitioners: new Map(),
    units: new Map(
      Object.entries(SERVES).map(([unitId, kommunenummer]) => [
        unitId,
        { unitId, name: unitId, serviceType: unitId, hostMunicipality: kommunenummer, coverage: [{ kommunenummer, validFrom: '2020-01-01' }] },
      ]),
    ),
  } as unknown as OrganisationState;
  const view = { current: async () => organisation } as unknown as OrganisationViewReader;
  const cases = new ConcernCaseStore(events, vault);
  const noConsent: ConsentCheck = {
    coversService: async (question) => ({ covered: false, question, reason: 'no-consent' }),
    coversServices: async (questions) => questions.map((question) => ({ covered: false, question, reason: 'no-consent' })),
  };
  const runner = new ConcernCommandRunner(cases, new ConcernDecisionAnswers(view, noConsent, new CaseFactsReader(events)), new MunicipalityAccess(directory), concernRulesSourceFromEnv({}), {
    now: () => NOW,
  });
  const commands = {
    execute: (request: ConcernCommandRequest, actor: ConcernActor, idempotencyKey?: string) => runner.execute(request, { ...actor, idempotencyKey }),
  };
  return { events, cases, commands, childId };
}

describe('ConcernCommandRunner', () => {
  describe('when a concern is registered', () => {
    it('stores the free texts encrypted, stamps the Norwegian time, and reads them back in clear', async () => {
      const { events, cases, commands, childId } = await setUp();
      const caseId = randomUUID();
      await commands.execute({ type: 'RegisterConcern', caseId, childId, kommunenummer: '5029', concern: { observations: OBSERVATIONS, since: 'i høst' } }, kindergarten);
      const [stored] = await events.readStream(concernStreamId(caseId));
      expect(JSON.stringify(stored.data)).not.toContain(OBSERVATIONS);
      expect(stored.metadata).toMatchObject({ childId, actorUserId: 'barnehage-ansatt', actorServiceId: 'barnehage', occurredAt: NOW.toISOString() });
      const loaded = await cases.load(caseId);
      expect(loaded.events[0]).toMatchObject({ data: { at: '2026-03-03T00:30:00+01:00', concern: { observations: OBSERVATIONS, since: 'i høst' } } });
    });

    it('refuses an unknown child and a municipality the unit does not serve with 403, writing nothing', async () => {
      const { events, commands, childId } = await setUp();
      const concern = { observations: OBSERVATIONS, since: 'i høst' };
      await expect(commands.execute({ type: 'RegisterConcern', caseId: randomUUID(), childId: randomUUID(), kommunenummer: '5029', concern }, kindergarten)).rejects.toBeInstanceOf(ForbiddenProblem);
      await expect(commands.execute({ type: 'RegisterConcern', caseId: randomUUID(), childId, kommunenummer: '5029', concern }, school)).rejects.toBeInstanceOf(ForbiddenProblem);
      expect(events.all()).toHaveLength(0);
    });
  });

  describe('when a command is retried with the same Idempotency-Key', () => {
    it('appends its events once and answers the retry with them', async () => {
      const { events, commands, childId } = await setUp();
      const caseId = randomUUID();
      await commands.execute({ type: 'RegisterConcern', caseId, childId, kommunenummer: '5029', concern: { observations: OBSERVATIONS, since: 'i høst' } }, kindergarten);
      const close = { type: 'DecideAtLevelZero', caseId, decision: { outcome: 'close', reason: 'Det gikk over' } } as const;
      const first = await commands.execute(close, kindergarten, 'key-1');
      const retry = await commands.execute(close, kindergarten, 'key-1');
      expect(first.map((e) => e.type)).toEqual(['LevelZeroDecided', 'CaseClosed']);
      expect(retry).toEqual(first);
      expect((await events.readStream(concernStreamId(caseId))).map((e) => e.type)).toEqual(['ConcernRegistered', 'LevelZeroDecided', 'CaseClosed']);
    });
  });

  describe('when a unit that does not take part sends a command', () => {
    it('is refused like an unknown case', async () => {
      const { commands, childId } = await setUp();
      const caseId = randomUUID();
      await commands.execute({ type: 'RegisterConcern', caseId, childId, kommunenummer: '5029', concern: { observations: OBSERVATIONS, since: 'i høst' } }, kindergarten);
      const close = { type: 'CloseCase', caseId, closingNote: 'x' } as const;
      await expect(commands.execute(close, school)).rejects.toBeInstanceOf(ForbiddenProblem);
      await expect(commands.execute({ ...close, caseId: randomUUID() }, kindergarten)).rejects.toBeInstanceOf(ForbiddenProblem);
    });
  });
});
