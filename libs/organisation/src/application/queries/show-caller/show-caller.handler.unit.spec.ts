import type { Principal } from '@stafett/kernel';
import type { OrganisationEvent } from '../../../domain/organisation.events';
import { evolveOrganisation, initialOrganisationState } from '../../../domain/organisation.state';
import type { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { ShowCallerHandler } from './show-caller.handler';
import { ShowCallerQuery } from './show-caller.query';

const events: OrganisationEvent[] = [
  { type: 'MunicipalityRegistered', data: { kommunenummer: '5029', name: 'Skaun' } },
  { type: 'ServiceUnitRegistered', data: { unitId: 'hs', name: 'Helsestasjonen', serviceType: 'helsestasjon', hostMunicipality: '5029' } },
  { type: 'UnitCoverageStarted', data: { unitId: 'hs', kommunenummer: '5029', validFrom: '2026-01-01' } },
  { type: 'PractitionerRegistered', data: { practitionerId: 'kari', unitId: 'hs', displayName: 'Kari (demo)', roles: ['practitioner'], activeFrom: '2026-02-01' } },
];
const view = { current: async () => events.reduce(evolveOrganisation, initialOrganisationState()) } as unknown as OrganisationViewReader;
const handler = new ShowCallerHandler(view, { now: () => new Date('2026-03-01T09:00:00Z') });
const kari: Principal = { practitionerId: 'kari', unitId: 'hs', serviceType: 'helsestasjon', roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') };

describe('ShowCallerHandler', () => {
  it('names the caller, the unit and the municipalities it acts for today', async () => {
    expect(await handler.execute(new ShowCallerQuery({ principal: kari }))).toEqual({
      practitionerId: 'kari',
      displayName: 'Kari (demo)',
      roles: ['practitioner'],
      unit: { unitId: 'hs', name: 'Helsestasjonen', serviceType: 'helsestasjon' },
      municipalities: [{ kommunenummer: '5029', name: 'Skaun' }],
    });
  });

  it('shows a unit the organisation does not know by its id', async () => {
    const stranger = { ...kari, practitionerId: 'ola', unitId: 'ukjent' };
    expect(await handler.execute(new ShowCallerQuery({ principal: stranger }))).toEqual({
      practitionerId: 'ola',
      roles: ['practitioner'],
      unit: { unitId: 'ukjent', name: 'ukjent', serviceType: 'helsestasjon' },
      municipalities: [],
    });
  });
});
