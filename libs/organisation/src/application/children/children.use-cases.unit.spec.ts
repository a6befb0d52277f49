import { randomBytes, randomUUID } from 'node:crypto';
import { ForbiddenProblem, MunicipalityAccess, type PractitionerDirectory, type Principal } from '@stafett/auth';
import type { EventStore } from '@stafett/event-store';
import { MasterKeyring, NationalIdHasher, PersonalDataVault, SecretKey, type LookupHash } from '@stafett/identity';
import { InMemoryChildKeyStore } from '../../../../identity/src/personal-data/testing/in-memory-child-key-store';
import { InvalidCommandError } from '../../domain/domain-error';
import { childStreamId } from '../../domain/child.events';
import type { OrganisationState } from '../../domain/organisation.state';
import { childIndexRowFrom } from '../../read-models/child-index/child-index.row';
import type { ChildIndexReader } from '../../read-models/child-index/child-index.reader';
import type { OrganisationViewReader } from '../../read-models/organisation-view/organisation-view.reader';
import { childAccessStreamId } from './child-access';
import { ChildPersonalDataErasedError } from './children.errors';
import { FindChildrenHandler } from './find-children.handler';
import { ReadChildHandler } from './read-child.handler';
import { RegisterChildHandler, type RegisterChildRequest } from './register-child.handler';
import { InMemoryEventStore } from './testing/in-memory-event-store';
import { syntheticNationalId, withChangedDigit } from './testing/synthetic-national-ids';

const CHILD = syntheticNationalId('2019-05-17', 500);
const MOTHER = syntheticNationalId('1990-01-01', 100);
const FATHER = syntheticNationalId('1988-03-04', 200, 'd-number');
const NOW = new Date('2026-03-01T09:00:00Z');

const SERVES: Record<string, string[]> = { helsestasjon: ['5029'], skole: ['5028'], barnevern: ['5028', '5029'] };
const principal = (unitId: string, practitionerId = `${unitId}-ansatt`): Principal => ({
  practitionerId,
  unitId,
  serviceType: unitId,
  roles: ['practitioner'],
  tokenExpiresAt: new Date(NOW.getTime() + 600_000),
});
const nurse = { principal: principal('helsestasjon') };
const teacher = { principal: principal('skole') };

const born: RegisterChildRequest = {
  subject: { kind: 'born', nationalId: CHILD, name: 'Tindra Testesen' },
  homeMunicipality: '5029',
  guardians: [
    { nationalId: MOTHER, name: 'Oddveig Testesen', holdsParentalResponsibility: true },
    { nationalId: FATHER, name: 'Bjarte Prøvesen', holdsParentalResponsibility: false },
  ],
};

function setUp(options: { mode?: 'production' | 'development'; store?: EventStore } = {}) {
  const events = new InMemoryEventStore();
  const store = options.store ?? events;
  const keys = new InMemoryChildKeyStore();
  const vault = new PersonalDataVault(keys, MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') }));
  const hasher = new NationalIdHasher(SecretKey.fromBytes(randomBytes(32)));
  const directory: PractitionerDirectory = {
    findPractitioner: async () => undefined,
    servesMunicipality: async (unitId, kommunenummer) => SERVES[unitId]?.includes(kommunenummer) ?? false,
  };
  const access = new MunicipalityAccess(directory);
  const organisation: OrganisationState = {
    municipalities: new Map([
      ['5028', { kommunenummer: '5028', name: 'Melhus' }],
      ['5029', { kommunenummer: '5029', name: 'Skaun' }],
    ]),
    units: new Map(),
    practitioners: new Map(),
  };
  const view = { current: async () => organisation } as unknown as OrganisationViewReader;
  // The index as the projection would fill it, read straight from the events.
  const index = {
    findByLookupHash: async (hash: LookupHash) =>
      events
        .all()
        .map(childIndexRowFrom)
        .filter((row) => row?.lookupHashes.includes(hash))
        .map((row) => ({ childId: row!.childId, homeMunicipality: row!.homeMunicipality })),
  } as unknown as ChildIndexReader;
  const config = { mode: options.mode ?? 'development' } as const;
  return {
    events,
    keys,
    vault,
    register: new RegisterChildHandler(store, vault, hasher, view, access, config),
    find: new FindChildrenHandler(index, hasher, access, config),
    read: new ReadChildHandler(store, vault, access),
  };
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('registering a child', () => {
  describe('when the registration is valid', () => {
    it('appends one ChildRegistered to the child’s stream, with who, when and which child in the metadata', async () => {
      const { register, events } = setUp();
      const { childId, created } = await register.execute(born, { ...nurse, correlationId: 'req-1' }, NOW);
      expect(created).toBe(true);
      const [event, ...rest] = await events.readStream(childStreamId(childId));
      expect(rest).toEqual([]);
      expect(event.type).toBe('ChildRegistered');
      expect(event.metadata).toEqual({
        childId,
        actorUserId: 'helsestasjon-ansatt',
        actorServiceId: 'helsestasjon',
        correlationId: 'req-1',
        occurredAt: NOW.toISOString(),
      });
      const json = JSON.stringify({ data: event.data, metadata: event.metadata });
      for (const secret of [CHILD, MOTHER, FATHER, 'Tindra', 'Testesen', 'Prøvesen', '2019-05-17']) expect(json).not.toContain(secret);
    });
  });

  describe('when the same Idempotency-Key comes again', () => {
    it('answers the same child and appends nothing new', async () => {
      const { register, events } = setUp();
      const first = await register.execute(born, { ...nurse, idempotencyKey: 'k-1' }, NOW);
      const retry = await register.execute(born, { ...nurse, idempotencyKey: 'k-1' }, NOW);
      expect(retry).toEqual({ childId: first.childId, created: false });
      expect(events.all()).toHaveLength(1);
    });

    it('gives concurrent first attempts one child', async () => {
      const { register, events } = setUp();
      const results = await Promise.all([1, 2, 3].map(() => register.execute(born, { ...nurse, idempotencyKey: 'k-2' }, NOW)));
      expect(new Set(results.map((r) => r.childId)).size).toBe(1);
      expect(events.all()).toHaveLength(1);
    });

    it('keeps keys apart per practitioner', async () => {
      const { register } = setUp();
      const a = await register.execute(born, { principal: principal('helsestasjon', 'a'), idempotencyKey: 'same' }, NOW);
      const b = await register.execute(born, { principal: principal('helsestasjon', 'b'), idempotencyKey: 'same' }, NOW);
      expect(a.childId).not.toBe(b.childId);
    });
  });

  describe('when the input is bad', () => {
    it('names the field, and writes neither an event nor a key', async () => {
      const { register, events, keys } = setUp();
      const bad = { ...born, subject: { kind: 'born' as const, nationalId: withChangedDigit(CHILD) } };
      const error = await thrown(register.execute(bad, { ...nurse, idempotencyKey: 'k-bad' }, NOW));
      expect(error).toBeInstanceOf(InvalidCommandError);
      expect((error as InvalidCommandError).problems.map((p) => [p.field, p.userMessage])).toEqual([
        ['subject.nationalId', 'Fødselsnummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktige.'],
      ]);
      expect(events.all()).toEqual([]);
      const { childId } = await register.execute(born, { ...nurse, idempotencyKey: 'k-bad' }, NOW);
      expect(events.all()).toHaveLength(1); // the key was free: nothing was kept from the bad attempt
      expect(await keys.find(childId)).toBeDefined();
    });

    it('refuses synthetic test numbers in production', async () => {
      const { register, events } = setUp({ mode: 'production' });
      const error = await thrown(register.execute(born, nurse, NOW));
      expect((error as InvalidCommandError).problems.map((p) => p.field)).toEqual([
        'subject.nationalId',
        'guardians[0].nationalId',
        'guardians[1].nationalId',
      ]);
      expect(events.all()).toEqual([]);
    });
  });

  describe('when the caller’s unit does not serve the home municipality', () => {
    it('refuses with 403 and writes nothing', async () => {
      const { register, events, keys } = setUp();
      const error = await thrown(register.execute(born, { ...teacher, idempotencyKey: 'k-3' }, NOW));
      expect(error).toBeInstanceOf(ForbiddenProblem);
      expect(events.all()).toEqual([]);
      const retryByNurse = await register.execute(born, { ...teacher, principal: { ...teacher.principal, unitId: 'helsestasjon' }, idempotencyKey: 'k-3' }, NOW);
      expect(await keys.find(retryByNurse.childId)).toBeDefined();
    });
  });
});

describe('finding children by national id', () => {
  it('finds a child by its own number and by each guardian’s, only in served municipalities', async () => {
    const { register, find } = setUp();
    const { childId } = await register.execute(born, nurse, NOW);
    for (const number of [CHILD, MOTHER, FATHER, `${MOTHER.slice(0, 6)} ${MOTHER.slice(6)}`]) {
      expect(await find.execute(number, nurse, NOW)).toEqual([{ childId, homeMunicipality: '5029' }]);
      expect(await find.execute(number, teacher, NOW)).toEqual([]);
    }
  });

  it('finds an unborn child by the mother’s number', async () => {
    const { register, find } = setUp();
    const { childId } = await register.execute(
      { subject: { kind: 'unborn', motherNationalId: MOTHER, expectedDate: '2026-06-01' }, homeMunicipality: '5029', guardians: [] },
      nurse,
      NOW,
    );
    expect(await find.execute(MOTHER, nurse, NOW)).toEqual([{ childId, homeMunicipality: '5029' }]);
  });

  it('refuses a number with a wrong check digit, naming the field', async () => {
    const { find } = setUp();
    const error = await thrown(find.execute(withChangedDigit(CHILD), nurse, NOW));
    expect((error as InvalidCommandError).problems.map((p) => p.field)).toEqual(['nationalId']);
    expect(JSON.stringify({ message: (error as Error).message })).not.toContain(CHILD.slice(0, 7));
  });
});

describe('reading one child', () => {
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

  it('refuses an unknown child and a child outside the unit’s municipalities alike', async () => {
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
