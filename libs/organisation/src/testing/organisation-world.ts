import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { Caller, Principal } from '@stafett/kernel';
import { DEFAULT_ORGANISATION_RULES, OrganisationCommandRunner } from '../application/organisation-command-runner';
import type { OrganisationCommand } from '../domain/organisation.commands';
import { ORGANISATION_STREAM_ID } from '../domain/organisation.events';

// The organisation's use cases in memory, for their specs: one store, the default service types,
// a clock standing still, and an administrator who sets up what a spec starts from.

export const NOW = new Date('2026-03-01T09:00:00Z');

const administrator: Principal = { practitionerId: 'admin', unitId: 'kommunen', serviceType: 'administrasjon', roles: ['administrator'], tokenExpiresAt: new Date('2030-01-01') };
export const admin: Caller = { principal: administrator };

export function organisationWorld() {
  const store = new InMemoryEventStore();
  const runner = new OrganisationCommandRunner(store, DEFAULT_ORGANISATION_RULES, { now: () => NOW });
  return {
    store,
    runner,
    /** What the organisation had before the command under test. */
    given: async (...commands: OrganisationCommand[]) => {
      for (const command of commands) await runner.run(command, admin);
    },
    /** The organisation stream as stored. */
    stream: () => store.readStream(ORGANISATION_STREAM_ID),
  };
}

export const skaun: OrganisationCommand = { type: 'RegisterMunicipality', kommunenummer: '5029', name: 'Skaun' };
export const helsestasjon: OrganisationCommand = { type: 'RegisterServiceUnit', unitId: 'hs', name: 'Helsestasjonen', serviceType: 'helsestasjon', hostMunicipality: '5029' };
export const kari: OrganisationCommand = { type: 'RegisterPractitioner', practitionerId: 'kari', unitId: 'hs', roles: ['practitioner'], activeFrom: '2026-01-01' };
