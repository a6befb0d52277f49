import { randomBytes } from 'node:crypto';
import { MunicipalityAccess, type PractitionerDirectory, type Principal } from '@stafett/auth';
import type { EventStore } from '@stafett/event-store';
import { MasterKeyring, NationalIdHasher, PersonalDataVault, SecretKey, type LookupHash } from '@stafett/identity';
import { InMemoryChildKeyStore } from '@stafett/identity/testing';
import type { Caller } from '@stafett/kernel';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import { RegisterChildCommand, type RegisterChildRequest } from '../application/commands/register-child/register-child.command';
import { RegisterChildHandler } from '../application/commands/register-child/register-child.handler';
import { FindChildrenQuery } from '../application/queries/find-children/find-children.query';
import { FindChildrenHandler } from '../application/queries/find-children/find-children.handler';
import type { OrganisationState } from '../domain/organisation.state';
import { childIndexRowFrom } from '../read-models/child-index/child-index.row';
import type { ChildIndexReader } from '../read-models/child-index/child-index.reader';
import type { OrganisationViewReader } from '../read-models/organisation-view/organisation-view.reader';
import { syntheticNationalId } from './synthetic-national-ids';

// The children use cases in memory, for their own specs and the disclosure module's: synthetic
// national ids, an in-memory store and key store, and an index filled straight from the events.
// `register` and `find` send the command or query to its handler as the bus would.

export const CHILD = syntheticNationalId('2019-05-17', 500);
export const MOTHER = syntheticNationalId('1990-01-01', 100);
export const FATHER = syntheticNationalId('1988-03-04', 200, 'd-number');
export const NOW = new Date('2026-03-01T09:00:00Z');

const SERVES: Record<string, string[]> = { helsestasjon: ['5029'], skole: ['5028'], barnevern: ['5028', '5029'] };
export const principal = (unitId: string, practitionerId = `${unitId}-ansatt`): Principal => ({
  practitionerId,
  unitId,
  serviceType: unitId,
  roles: ['practitioner'],
  tokenExpiresAt: new Date(NOW.getTime() + 600_000),
});
export const nurse = { principal: principal('helsestasjon') };
export const teacher = { principal: principal('skole') };

export const born: RegisterChildRequest = {
  subject: { kind: 'born', nationalId: CHILD, name: 'Tindra Testesen' },
  homeMunicipality: '5029',
  guardians: [
    { nationalId: MOTHER, name: 'Oddveig Testesen', holdsParentalResponsibility: true },
    { nationalId: FATHER, name: 'Bjarte Prøvesen', holdsParentalResponsibility: false },
  ],
};

export function childrenWorld(options: { mode?: 'production' | 'development'; store?: EventStore } = {}) {
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
  // The handlers read the time from their clock; each call below sets it to the time it is given.
  let at = NOW;
  const clock = { now: () => at };
  const registerChild = new RegisterChildHandler(store, vault, hasher, view, access, config, clock);
  const findChildren = new FindChildrenHandler(index, hasher, access, config, clock);
  return {
    events,
    keys,
    vault,
    register: {
      execute: (request: RegisterChildRequest, caller: Caller, now: Date = NOW) => {
        at = now;
        return registerChild.execute(new RegisterChildCommand(request, caller));
      },
    },
    find: {
      execute: (nationalId: string, caller: Caller, now: Date = NOW) => {
        at = now;
        return findChildren.execute(new FindChildrenQuery(nationalId, caller));
      },
    },
    store,
    access,
  };
}

export async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
