import { randomBytes, randomUUID } from 'node:crypto';
import { MunicipalityAccess, type PractitionerDirectory } from '@stafett/auth';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import { MasterKeyring, PersonalDataVault } from '@stafett/identity';
import { InMemoryChildKeyStore } from '@stafett/identity/testing';
import type { Caller } from '@stafett/kernel';
import type { OrganisationState, OrganisationViewReader } from '@stafett/organisation';
import { concernStreamId, type ConcernEvent } from '../../domain/concern.events';
import { concernRulesSourceFromEnv } from '../../domain/concern.rules';
import type { PractitionerActor } from '../../domain/concern.values';
import type { ConsentCheck, ConsentQuestion } from '../../domain/consent-check.port';
import { bup, caseId, childId, clinic, otherTeacher, psychologist, school, nurse, teacher } from '../../domain/testing/concern.fixtures';
import { CaseFactsReader } from '../../infrastructure/case-facts.reader';
import { ConcernCaseStore } from '../../infrastructure/concern-case.store';
import { ConcernCommandRunner } from '../concern-command-runner';
import { ConcernDecisionAnswers } from '../concern-decision-context';
import { ConcernDirectory } from '../concern-directory';

// The case handlers run for real against the in-memory event store and a real vault; only the ports
// are replaced: the organisation (the fixture units, all serving 5029), the consent register and the clock.

/** 2026-03-20 10:00 in Norway, after every date of the domain fixtures. */
export const NOW = new Date('2026-03-20T09:00:00Z');

const organisation: OrganisationState = {
  municipalities: new Map([['5029', { kommunenummer: '5029', name: 'Skaun' }]]),
  units: new Map(
    [school, clinic, bup].map((unit) => [
      unit.unitId,
      { unitId: unit.unitId, name: unit.unitId, serviceType: unit.serviceType, hostMunicipality: '5029', coverage: [{ kommunenummer: '5029', validFrom: '2020-01-01' }] },
    ]),
  ),
  practitioners: new Map(
    [teacher, otherTeacher, nurse, psychologist].map((p) => [p.practitionerId, { practitionerId: p.practitionerId, unitId: p.unitId, activeFrom: '2020-01-01', roleHistory: [] }]),
  ),
};

/** A practitioner of a unit outside the organisation's fixture units: in no case, serving no municipality. */
export const OUTSIDER: PractitionerActor = { kind: 'practitioner', practitionerId: 'barnehage-ansatt', unitId: 'barnehage-x', serviceType: 'barnehage' };

/** Every question covered, as when the family consented to everything asked. */
export const consentToAll: ConsentCheck = {
  coversService: async (question: ConsentQuestion) => ({ covered: true, consentId: `samtykke-${question.service.unitId}`, question }),
  coversServices: async (questions) => Promise.all(questions.map((question) => consentToAll.coversService(question))),
};

export interface CaseHandlerFixture {
  readonly store: InMemoryEventStore;
  readonly cases: ConcernCaseStore;
  readonly runner: ConcernCommandRunner;
  readonly directory: ConcernDirectory;
  /** The caller as the token names them. */
  caller(who?: PractitionerActor, idempotencyKey?: string): Caller;
  /** The types of the events appended after the given ones. */
  appended(): Promise<string[]>;
}

/** The fixture case (`caseId`, about `childId`) with the given events stored, sealed as the runner seals them. */
export async function givenCase(given: readonly ConcernEvent[] = [], consent: ConsentCheck = consentToAll): Promise<CaseHandlerFixture> {
  const store = new InMemoryEventStore();
  const vault = new PersonalDataVault(new InMemoryChildKeyStore(), MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') }));
  await vault.cipherFor(childId); // as the child's registration does
  const cases = new ConcernCaseStore(store, vault);
  if (given.length > 0) {
    const metadata = { correlationId: 'given', childId, occurredAt: NOW.toISOString() };
    await cases.stream.writingAs({ keyOwner: childId }).append(concernStreamId(caseId), given, given.map(() => randomUUID()), 0n, metadata);
  }
  const view = { current: async () => organisation } as unknown as OrganisationViewReader;
  const directory: PractitionerDirectory = { findPractitioner: async () => undefined, servesMunicipality: async (unitId, kommunenummer) => organisation.units.has(unitId) && kommunenummer === '5029' };
  const answers = new ConcernDecisionAnswers(view, consent, new CaseFactsReader(store));
  const runner = new ConcernCommandRunner(cases, answers, new MunicipalityAccess(directory), concernRulesSourceFromEnv({}), { now: () => NOW });
  return {
    store,
    cases,
    runner,
    directory: new ConcernDirectory(view),
    caller: (who = teacher, idempotencyKey) => ({
      principal: { practitionerId: who.practitionerId, unitId: who.unitId, serviceType: who.serviceType, roles: ['practitioner'], tokenExpiresAt: new Date(NOW.getTime() + 600_000) },
      idempotencyKey,
    }),
    appended: async () => (await store.readStream(concernStreamId(caseId))).slice(given.length).map((event) => event.type),
  };
}
