import type { OrganisationEvent } from '../../../domain/organisation.events';
import { evolveOrganisation, initialOrganisationState } from '../../../domain/organisation.state';
import type { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { ShowOrganisationHandler } from './show-organisation.handler';
import { ShowOrganisationQuery } from './show-organisation.query';

const events: OrganisationEvent[] = [
  { type: 'MunicipalityRegistered', data: { kommunenummer: '5029', name: 'Skaun' } },
  { type: 'ServiceUnitRegistered', data: { unitId: 'hs', name: 'Helsestasjonen', serviceType: 'helsestasjon', hostMunicipality: '5029' } },
  { type: 'UnitCoverageStarted', data: { unitId: 'hs', kommunenummer: '5029', validFrom: '2026-01-01' } },
  { type: 'PractitionerRegistered', data: { practitionerId: 'kari', unitId: 'hs', roles: ['practitioner'], activeFrom: '2026-02-01' } },
];
const view = { current: async () => events.reduce(evolveOrganisation, initialOrganisationState()) } as unknown as OrganisationViewReader;
const handler = new ShowOrganisationHandler(view, { now: () => new Date('2026-03-01T09:00:00Z') });

describe('ShowOrganisationHandler', () => {
  it('shows the organisation today when no day is asked for', async () => {
    const overview = await handler.execute(new ShowOrganisationQuery());
    expect(overview.at).toBe('2026-03-01');
    expect(overview.units).toEqual([expect.objectContaining({ unitId: 'hs', serves: ['5029'] })]);
    expect(overview.practitioners).toEqual([{ practitionerId: 'kari', unitId: 'hs', active: true, roles: ['practitioner'] }]);
  });

  it('shows the organisation as it was on the day asked for', async () => {
    const overview = await handler.execute(new ShowOrganisationQuery('2025-12-31'));
    expect(overview.units[0].serves).toEqual([]);
    expect(overview.practitioners[0].active).toBe(false);
  });
});
