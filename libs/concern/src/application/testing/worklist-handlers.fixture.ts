import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { Principal } from '@stafett/kernel';
import { concernStreamId, type ConcernEvent } from '../../domain/concern.events';
import type { ConsentCheck } from '../../domain/consent-check.port';
import { caseId, childId, clinic, withClinic } from '../../domain/testing/concern.fixtures';
import type { CaseWorklistReader, OpenCaseItem } from '../../read-models/case-worklist/case-worklist.reader';
import { ChildCasesReader } from '../../read-models/child-cases/child-cases.reader';
import { ParticipationInForce } from '../queries/participation-in-force';
import { consentToAll, NOW } from './case-handlers.fixture';

// The worklist handlers over a stand-in for the worklist table (the reader's SQL has its own
// integration test, case-worklist.int.spec.ts) and the case streams in the in-memory event store.

export { NOW };

/** The health clinic's nurse, whose unit joined the fixture case on the family's consent. */
export const clinicPrincipal: Principal = { practitionerId: 'helsesykepleier-1', unitId: clinic.unitId, serviceType: clinic.serviceType, roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') };

/** The fixture case (level 2, the clinic in it) as the worklist table lists it. */
export const listedCase: OpenCaseItem = { caseId, childId, level: 2, owningUnit: 'skole-a', stafettholder: { unitId: 'skole-a', practitionerId: 'laerer-1' }, updatedAt: NOW.toISOString() };

/** No consent covers anything any longer (withdrawn). */
export const consentWithdrawn: ConsentCheck = {
  coversService: async (question) => ({ covered: false, question, reason: 'withdrawn' }),
  coversServices: async (questions) => questions.map((question) => ({ covered: false, question, reason: 'withdrawn' as const })),
};

export async function worklists(reader: Partial<CaseWorklistReader>, consent: ConsentCheck = consentToAll, given: readonly ConcernEvent[] = withClinic) {
  const store = new InMemoryEventStore();
  const metadata = { correlationId: 'given', childId, occurredAt: NOW.toISOString() };
  await store.append(concernStreamId(caseId), given.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata })), 'no_stream');
  // Only caseOnRecord is asked here, which reads the stream alone.
  const cases = new ChildCasesReader(store, undefined as never);
  return { reader: reader as CaseWorklistReader, participation: new ParticipationInForce(cases, consent, { now: () => NOW }), clock: { now: () => NOW } };
}
