import { randomUUID } from 'node:crypto';
import { evolveConcern, initialConcernState, type CaseOnRecord, type ChildCasesReader, type ClosedCase, type ConcernEvent, type OpenCase } from '@stafett/concern';
import { caseStream, clinic, school } from '@stafett/concern/testing';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { DataSource } from 'typeorm';
import { CaseParticipation } from '../../case-participation';
import { ListLapsedParticipationHandler } from './list-lapsed-participation.handler';
import { ListLapsedParticipationQuery } from './list-lapsed-participation.query';

// A case in which the health clinic joined on a consent; the consent register knows of none now.
const stream = caseStream(randomUUID());
const events = [
  ...stream.raisedTo(2),
  stream.event('StafettloggOpened', { keptBy: school, consentId: 'samtykke-1' }),
  stream.event('ServiceJoined', { service: clinic, purpose: 'join-case', consentId: 'samtykke-1', task: 'oppgave' }),
].map((e) => ({ type: e.type, data: e.data }));
const onRecord: CaseOnRecord = { state: events.reduce((s, e) => evolveConcern(s, e as ConcernEvent), initialConcernState()) as OpenCase | ClosedCase, events };
const cases = {
  openCasesHeldBy: async (practitionerId: string) => (practitionerId === 'laerer-1' ? [{ caseId: stream.caseId, childId: stream.childId }] : []),
  caseOnRecord: async (caseId: string) => (caseId === stream.caseId ? onRecord : undefined),
} as unknown as ChildCasesReader;
const noConsentsRegistered = { query: async () => [] } as unknown as DataSource;

describe('the stafettholder’s lapsed participation', () => {
  const handler = new ListLapsedParticipationHandler(new CaseParticipation(new InMemoryEventStore(), noConsentsRegistered, cases, { now: () => new Date('2026-03-20T10:00:00Z') }));

  it('lists, in the open cases the practitioner holds, each service no consent covers any longer', async () => {
    expect(await handler.execute(new ListLapsedParticipationQuery('laerer-1'))).toEqual([
      { caseId: stream.caseId, childId: stream.childId, unitId: clinic.unitId, serviceType: clinic.serviceType, reason: 'no-consent' },
    ]);
  });

  it('lists nothing for a practitioner who holds no case', async () => {
    expect(await handler.execute(new ListLapsedParticipationQuery('someone-else'))).toEqual([]);
  });
});
