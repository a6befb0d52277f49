import type { Principal } from '@stafett/kernel';
import type { OrganisationEvent } from '../../../domain/organisation.events';
import { evolveOrganisation, initialOrganisationState } from '../../../domain/organisation.state';
import type { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { ShowDirectoryHandler } from './show-directory.handler';
import { ShowDirectoryQuery } from './show-directory.query';

const unit = (unitId: string, serviceType: string, kommunenummer: string): OrganisationEvent[] => [
  { type: 'ServiceUnitRegistered', data: { unitId, name: unitId.toUpperCase(), serviceType, hostMunicipality: kommunenummer } },
  { type: 'UnitCoverageStarted', data: { unitId, kommunenummer, validFrom: '2026-01-01' } },
  { type: 'PractitionerRegistered', data: { practitionerId: `${unitId}-ansatt`, unitId, roles: ['practitioner'], activeFrom: '2026-01-01' } },
];
const events: OrganisationEvent[] = [
  { type: 'MunicipalityRegistered', data: { kommunenummer: '5028', name: 'Melhus' } },
  { type: 'MunicipalityRegistered', data: { kommunenummer: '5029', name: 'Skaun' } },
  ...unit('hs', 'helsestasjon', '5029'),
  ...unit('bhg', 'barnehage', '5029'),
  ...unit('skole', 'skole', '5028'),
];
const view = { current: async () => events.reduce(evolveOrganisation, initialOrganisationState()) } as unknown as OrganisationViewReader;
const handler = new ShowDirectoryHandler(view, { now: () => new Date('2026-03-01T09:00:00Z') });
const nurse: Principal = { practitionerId: 'hs-ansatt', unitId: 'hs', serviceType: 'helsestasjon', roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') };

describe('ShowDirectoryHandler', () => {
  it('names the units serving the caller’s municipalities and their practitioners, and no one else', async () => {
    const { units, practitioners } = await handler.execute(new ShowDirectoryQuery({ principal: nurse }));
    expect(units.map((u) => u.unitId)).toEqual(['hs', 'bhg']);
    expect(practitioners.map((p) => p.practitionerId)).toEqual(['hs-ansatt', 'bhg-ansatt']);
  });
});
