import { randomUUID } from 'node:crypto';
import { ForbiddenProblem, type Principal } from '@stafett/auth';
import type { EventStore } from '@stafett/event-store';
import { childAccessStreamId, ChildPersonalDataErasedError, childStreamId, type ChildEvent, childDecider } from '@stafett/organisation';
import { born, CHILD, childrenWorld, FATHER, MOTHER, NOW, nurse, teacher, thrown } from '@stafett/organisation/testing';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import { InvalidCommandError } from '@stafett/kernel';
import { ChildAccessLog } from '../../../infrastructure/child-access-log';
import type { ChildRelation } from '../../relations/child-relation';
import type { RelationSource } from '../../relations/relation-source';
import { ReadRegistrationHandler } from './read-registration.handler';
import { ReadRegistrationQuery } from './read-registration.query';

// The registration use case in memory, with the relation as a stand-in: the nurse's unit owns a case
// of the child, the teacher's unit has none. Who relates how is ChildRelations' (tested over HTTP).

/** A relation as ChildRelations would give it: the nurse's unit takes part in a case of the child. */
function relations(store: EventStore): RelationSource {
  return {
    of: async (principal: Principal, childId: string) => {
      const events = await store.readStream(childStreamId(childId.toLowerCase()));
      const state = events.reduce((s, e) => childDecider.evolve(s, e as unknown as ChildEvent), childDecider.initialState());
      if (state.status !== 'registered') return undefined;
      const cases = principal.unitId === 'helsestasjon' ? [{ caseId: 'sak-1', owns: true, holdsBaton: true, takesPart: true, lapsed: false, personal: true, open: true }] : [];
      const relation: ChildRelation = { childId: state.childId, homeMunicipality: state.homeMunicipality, cases, childWelfareReport: false, reportFeedback: false, namedByConsent: false };
      return { relation, consents: [] };
    },
  };
}

function setUp(options: { store?: EventStore } = {}) {
  const world = childrenWorld(options);
  const read = {
    execute: (childId: string, purpose: string, request: { principal: Principal; correlationId?: string }, now: Date) =>
      new ReadRegistrationHandler(relations(world.store), world.store, world.vault, new ChildAccessLog(world.store), { now: () => now }).execute(new ReadRegistrationQuery(childId, purpose, request)),
  };
  return { ...world, read };
}

describe('reading one child’s registration', () => {
  it('returns the registration in clear text and records the read first', async () => {
    const { register, read, events } = setUp();
    const { childId } = await register.execute(born, nurse, NOW);
    const revealed = await read.execute(childId, 'follow-up', { ...nurse, correlationId: 'req-2' }, NOW);
    expect(revealed).toEqual({
      childId,
      subject: { kind: 'born', nationalId: CHILD, birthDate: '2019-05-17', name: 'Tindra Testesen' },
      homeMunicipality: '5029',
      guardians: [
        { nationalId: MOTHER, name: 'Oddveig Testesen', holdsParentalResponsibility: true },
        { nationalId: FATHER, name: 'Bjarte Prøvesen', holdsParentalResponsibility: false },
      ],
    });
    const [access] = await events.readStream(childAccessStreamId(childId));
    expect(access).toMatchObject({
      type: 'ChildDataRead',
      data: { practitionerId: 'helsestasjon-ansatt', unitId: 'helsestasjon', purpose: 'follow-up' },
      metadata: { childId, actorUserId: 'helsestasjon-ansatt', correlationId: 'req-2', occurredAt: NOW.toISOString() },
    });
  });

  it('refuses an unknown child and a child the unit has no relation to alike', async () => {
    const { register, read, events } = setUp();
    const { childId } = await register.execute(born, nurse, NOW);
    const outside = await thrown(read.execute(childId, 'follow-up', teacher, NOW));
    const unknown = await thrown(read.execute(randomUUID(), 'follow-up', nurse, NOW));
    const malformed = await thrown(read.execute('not-a-uuid', 'follow-up', nurse, NOW));
    for (const error of [outside, unknown, malformed]) expect(error).toBeInstanceOf(ForbiddenProblem);
    expect((outside as ForbiddenProblem).getResponse()).toEqual((unknown as ForbiddenProblem).getResponse());
    expect((outside as ForbiddenProblem).reason).toEqual((unknown as ForbiddenProblem).reason);
    expect(await events.readStream(childAccessStreamId(childId))).toEqual([]);
  });

  it('refuses a purpose outside the list before reading anything', async () => {
    const { register, read, events } = setUp();
    const { childId } = await register.execute(born, nurse, NOW);
    const error = await thrown(read.execute(childId, 'curiosity', nurse, NOW));
    expect((error as InvalidCommandError).problems.map((p) => p.field)).toEqual(['purpose']);
    expect(await events.readStream(childAccessStreamId(childId))).toEqual([]);
  });

  it('shows nothing when the read cannot be recorded', async () => {
    const events = new InMemoryEventStore();
    const failingAccessLog: EventStore = Object.assign(Object.create(events) as InMemoryEventStore, {
      append: (streamId: string, toAppend: Parameters<EventStore['append']>[1], expected: Parameters<EventStore['append']>[2]) =>
        streamId.startsWith('child-access-') ? Promise.reject(new Error('database unavailable')) : events.append(streamId, toAppend, expected),
      readStream: (streamId: string) => events.readStream(streamId),
    });
    const { register, read } = setUp({ store: failingAccessLog });
    const { childId } = await register.execute(born, nurse, NOW);
    await expect(read.execute(childId, 'follow-up', nurse, NOW)).rejects.toThrow('database unavailable');
  });

  it('says the data is erased once the child’s key is destroyed, and records no read', async () => {
    const { register, read, vault, events } = setUp();
    const { childId } = await register.execute(born, nurse, NOW);
    await vault.destroyKey(childId);
    await expect(read.execute(childId, 'follow-up', nurse, NOW)).rejects.toBeInstanceOf(ChildPersonalDataErasedError);
    expect(await events.readStream(childAccessStreamId(childId))).toEqual([]);
  });
});
