import { DEFAULT_SERVICE_TYPES } from './service-types';
import { InvalidCommandError } from '@stafett/kernel';
import { createOrganisationDecider } from './organisation.decide';
import {
  CoverageOverlapError,
  InvalidPeriodError,
  MunicipalityAlreadyRegisteredError,
  MunicipalityNotFoundError,
  NoOpenCoverageError,
  PractitionerAlreadyRegisteredError,
  PractitionerChangeNotAllowedError,
  ServiceUnitNotFoundError,
  UnknownServiceTypeError,
} from './organisation.refusals';
import type { OrganisationEvent } from './organisation.events';
import { deciderSpec } from '@stafett/kernel/testing';

const spec = deciderSpec(createOrganisationDecider({ serviceTypes: DEFAULT_SERVICE_TYPES }), undefined);

const melhus: OrganisationEvent = { type: 'MunicipalityRegistered', data: { kommunenummer: '5028', name: 'Melhus' } };
const skaun: OrganisationEvent = { type: 'MunicipalityRegistered', data: { kommunenummer: '5029', name: 'Skaun' } };
const barnevern: OrganisationEvent = {
  type: 'ServiceUnitRegistered',
  data: { unitId: 'bv', name: 'Barneverntjenesten', serviceType: 'barneverntjeneste', hostMunicipality: '5028' },
};
const servesSkaunFrom2020: OrganisationEvent = {
  type: 'UnitCoverageStarted',
  data: { unitId: 'bv', kommunenummer: '5029', validFrom: '2020-01-01' },
};
const kari: OrganisationEvent = {
  type: 'PractitionerRegistered',
  data: { practitionerId: 'kari', unitId: 'bv', displayName: 'Kari (demo)', roles: ['intake'], activeFrom: '2020-01-01' },
};
const organisation = [melhus, skaun, barnevern];

describe('organisation decider', () => {
  describe('when registering a municipality', () => {
    it('records it with a trimmed name', () =>
      spec.given([]).when({ type: 'RegisterMunicipality', kommunenummer: '5028', name: ' Melhus ' }).then([melhus]));

    it('refuses a kommunenummer that is not 4 digits, listing every bad field', () =>
      spec
        .given([])
        .when({ type: 'RegisterMunicipality', kommunenummer: '528', name: '' })
        .thenThrows(InvalidCommandError, (error) => {
          expect(error.problems.map((p) => p.field)).toEqual(['kommunenummer', 'name']);
          expect(error.problems[0].userMessage).toBe('Kommunenummeret må ha fire siffer.');
        }));

    it('refuses a second registration', () =>
      spec.given([melhus]).when({ type: 'RegisterMunicipality', kommunenummer: '5028', name: 'Melhus' }).thenThrows(MunicipalityAlreadyRegisteredError));
  });

  describe('when renaming a municipality', () => {
    it('records the new name', () =>
      spec
        .given([melhus])
        .when({ type: 'RenameMunicipality', kommunenummer: '5028', name: 'Melhus kommune' })
        .then([{ type: 'MunicipalityRenamed', data: { kommunenummer: '5028', name: 'Melhus kommune' } }]));

    it('records nothing when the name is unchanged', () =>
      spec.given([melhus]).when({ type: 'RenameMunicipality', kommunenummer: '5028', name: 'Melhus' }).thenNothing());
  });

  describe('when registering a service unit', () => {
    it('records it for its host municipality', () =>
      spec
        .given([melhus])
        .when({ type: 'RegisterServiceUnit', unitId: 'bv', name: 'Barneverntjenesten', serviceType: 'barneverntjeneste', hostMunicipality: '5028' })
        .then([barnevern]));

    it('refuses a service type that is not configured', () =>
      spec
        .given([melhus])
        .when({ type: 'RegisterServiceUnit', unitId: 'x', name: 'X', serviceType: 'tannlege', hostMunicipality: '5028' })
        .thenThrows(UnknownServiceTypeError, (e) => expect(e.userMessage).toBe('Tjenestetypen «tannlege» er ikke kjent.')));

    it('refuses an unknown host municipality', () =>
      spec
        .given([])
        .when({ type: 'RegisterServiceUnit', unitId: 'x', name: 'X', serviceType: 'skole', hostMunicipality: '5028' })
        .thenThrows(MunicipalityNotFoundError));
  });

  describe('when a unit starts serving a municipality', () => {
    it('records an open period', () =>
      spec
        .given(organisation)
        .when({ type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: '2020-01-01' })
        .then([servesSkaunFrom2020]));

    it('records a period already over as started and ended', () =>
      spec
        .given(organisation)
        .when({ type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: '2018-01-01', validTo: '2020-01-01' })
        .then([
          { type: 'UnitCoverageStarted', data: { unitId: 'bv', kommunenummer: '5029', validFrom: '2018-01-01' } },
          { type: 'UnitCoverageEnded', data: { unitId: 'bv', kommunenummer: '5029', validFrom: '2018-01-01', validTo: '2020-01-01' } },
        ]));

    it('refuses a period overlapping an existing one', () =>
      spec
        .given([...organisation, servesSkaunFrom2020])
        .when({ type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: '2019-01-01', validTo: '2020-01-02' })
        .thenThrows(CoverageOverlapError, (e) => expect(e.existingFrom).toBe('2020-01-01')));

    it('refuses a period that ends before it starts', () =>
      spec
        .given(organisation)
        .when({ type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: '2020-01-01', validTo: '2020-01-01' })
        .thenThrows(InvalidPeriodError));

    it('refuses a date that does not exist', () =>
      spec
        .given(organisation)
        .when({ type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: '2021-02-29' })
        .thenThrows(InvalidCommandError, (e) => expect(e.problems[0].field).toBe('validFrom')));

    it('refuses an unknown unit', () =>
      spec
        .given(organisation)
        .when({ type: 'StartUnitCoverage', unitId: 'nope', kommunenummer: '5029', validFrom: '2020-01-01' })
        .thenThrows(ServiceUnitNotFoundError));
  });

  describe('when a unit stops serving a municipality', () => {
    it('closes the open period, naming where it started', () =>
      spec
        .given([...organisation, servesSkaunFrom2020])
        .when({ type: 'EndUnitCoverage', unitId: 'bv', kommunenummer: '5029', validTo: '2024-01-01' })
        .then([{ type: 'UnitCoverageEnded', data: { unitId: 'bv', kommunenummer: '5029', validFrom: '2020-01-01', validTo: '2024-01-01' } }]));

    it('refuses when no period is open', () =>
      spec
        .given(organisation)
        .when({ type: 'EndUnitCoverage', unitId: 'bv', kommunenummer: '5029', validTo: '2024-01-01' })
        .thenThrows(NoOpenCoverageError));

    it('refuses an end before the start', () =>
      spec
        .given([...organisation, servesSkaunFrom2020])
        .when({ type: 'EndUnitCoverage', unitId: 'bv', kommunenummer: '5029', validTo: '2019-12-31' })
        .thenThrows(InvalidPeriodError));
  });

  describe('when registering a practitioner', () => {
    it('records the roles in a fixed order', () =>
      spec
        .given(organisation)
        .when({ type: 'RegisterPractitioner', practitionerId: 'ola', unitId: 'bv', roles: ['caseworker', 'leader'], activeFrom: '2021-01-01' })
        .then([
          {
            type: 'PractitionerRegistered',
            data: { practitionerId: 'ola', unitId: 'bv', roles: ['leader', 'caseworker'], activeFrom: '2021-01-01' },
          },
        ]));

    it('refuses unknown and missing roles', () =>
      spec
        .given(organisation)
        .when({ type: 'RegisterPractitioner', practitionerId: 'ola', unitId: 'bv', roles: ['boss'], activeFrom: '2021-01-01' })
        .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((p) => p.field)).toEqual(['roles[0]'])));

    it('keeps the display name out of the error message', () =>
      spec
        .given([...organisation, kari])
        .when({ type: 'RegisterPractitioner', practitionerId: 'kari', unitId: 'bv', displayName: 'Kari (demo)', roles: ['intake'], activeFrom: '2021-01-01' })
        .thenThrows(PractitionerAlreadyRegisteredError, (e) => expect(`${e.message} ${e.userMessage}`).not.toContain('Kari')));
  });

  describe('when changing a practitioner', () => {
    it('records new roles from a date', () =>
      spec
        .given([...organisation, kari])
        .when({ type: 'ChangePractitionerRoles', practitionerId: 'kari', roles: ['intake', 'leader'], effectiveFrom: '2022-01-01' })
        .then([{ type: 'PractitionerRolesChanged', data: { practitionerId: 'kari', roles: ['leader', 'intake'], effectiveFrom: '2022-01-01' } }]));

    it('records nothing when the roles are unchanged', () =>
      spec
        .given([...organisation, kari])
        .when({ type: 'ChangePractitionerRoles', practitionerId: 'kari', roles: ['intake'], effectiveFrom: '2022-01-01' })
        .thenNothing());

    it('refuses to rewrite role history', () =>
      spec
        .given([...organisation, kari])
        .when({ type: 'ChangePractitionerRoles', practitionerId: 'kari', roles: ['leader'], effectiveFrom: '2019-01-01' })
        .thenThrows(PractitionerChangeNotAllowedError));

    it('deactivates once; the same date again records nothing', () => {
      spec
        .given([...organisation, kari])
        .when({ type: 'DeactivatePractitioner', practitionerId: 'kari', activeTo: '2023-08-01' })
        .then([{ type: 'PractitionerDeactivated', data: { practitionerId: 'kari', activeTo: '2023-08-01' } }]);
      const deactivated: OrganisationEvent = { type: 'PractitionerDeactivated', data: { practitionerId: 'kari', activeTo: '2023-08-01' } };
      spec.given([...organisation, kari, deactivated]).when({ type: 'DeactivatePractitioner', practitionerId: 'kari', activeTo: '2023-08-01' }).thenNothing();
      spec
        .given([...organisation, kari, deactivated])
        .when({ type: 'DeactivatePractitioner', practitionerId: 'kari', activeTo: '2024-01-01' })
        .thenThrows(PractitionerChangeNotAllowedError);
    });
  });
});
