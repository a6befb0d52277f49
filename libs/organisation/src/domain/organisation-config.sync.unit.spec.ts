import fc from 'fast-check';
import { createOrganisationDecider } from './organisation.decide';
import { practitionerMayActFor, unitServesMunicipality } from './organisation.queries';
import type { OrganisationState } from './organisation.state';
import demo from '../infrastructure/demo-organisation.json';
import { organisationRulesFor, syncOrganisation } from './organisation-config.sync';
import type { OrganisationConfig } from './organisation-config.types';
import { validateOrganisationConfig } from './organisation-config.validator';

const demoConfig = demo as OrganisationConfig;
const decider = createOrganisationDecider(organisationRulesFor(demoConfig));
const TODAY = '2026-03-01';
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function synced(config: OrganisationConfig, state: OrganisationState = decider.initialState()): OrganisationState {
  const result = syncOrganisation(decider, state, config, TODAY);
  expect(result.conflicts).toEqual([]);
  return result.state;
}

describe('syncOrganisation', () => {
  describe('when the organisation is empty', () => {
    it('registers the demo organisation, inter-municipal child welfare included', () => {
      const result = syncOrganisation(decider, decider.initialState(), demoConfig, TODAY);
      expect(result.conflicts).toEqual([]);
      expect(result.events.filter((e) => e.type === 'PractitionerRegistered')).toHaveLength(10);
      expect(unitServesMunicipality(result.state, 'demo-barnevern', '5029', '2020-01-01')).toBe(true);
      expect(unitServesMunicipality(result.state, 'demo-barnevern', '5029', '2019-12-31')).toBe(false);
      expect(practitionerMayActFor(result.state, 'demo-barnevern-mottak', '5029', TODAY)).toBe(true);
      expect(practitionerMayActFor(result.state, 'demo-barnehage-leder', '5028', TODAY)).toBe(false);
    });
  });

  describe('when the organisation already matches the file', () => {
    it('records nothing', () => {
      const state = synced(demoConfig);
      expect(syncOrganisation(decider, state, demoConfig, TODAY).events).toEqual([]);
    });
  });

  describe('when the file has changed', () => {
    it('records the changes, dating role changes today', () => {
      const state = synced(demoConfig);
      const next = clone(demoConfig) as any;
      next.municipalities[1].name = 'Skaun kommune';
      next.units[0].serves[1].validTo = '2027-01-01';
      next.practitioners[0].roles = ['leader', 'administrator'];
      next.practitioners[1].activeTo = '2026-06-01';
      const result = syncOrganisation(decider, state, next, TODAY);
      expect(result.conflicts).toEqual([]);
      expect(result.events).toEqual([
        { type: 'MunicipalityRenamed', data: { kommunenummer: '5029', name: 'Skaun kommune' } },
        { type: 'UnitCoverageEnded', data: { unitId: 'demo-barnevern', kommunenummer: '5029', validFrom: '2020-01-01', validTo: '2027-01-01' } },
        { type: 'PractitionerRolesChanged', data: { practitionerId: 'demo-barnehage-leder', roles: ['leader', 'administrator'], effectiveFrom: TODAY } },
        { type: 'PractitionerDeactivated', data: { practitionerId: 'demo-barnehage-pedagog', activeTo: '2026-06-01' } },
      ]);
    });

    it('reports what the events cannot express, without practitioners’ names', () => {
      const state = synced(demoConfig);
      const next = clone(demoConfig) as any;
      next.units[1].serviceType = 'skole';
      next.units[0].serves[0].validFrom = '2019-06-01'; // overlaps the stored period from 2020
      next.practitioners[0].displayName = 'Kari Nordmann (demo)';
      const result = syncOrganisation(decider, state, next, TODAY);
      expect(result.events).toEqual([]);
      expect(result.conflicts.map((c) => c.path)).toEqual(['units[1].serviceType', 'practitioners[0].displayName', 'units[0].serves[0]']);
      expect(JSON.stringify(result.conflicts)).not.toContain('Kari');
    });
  });

  // Whatever the file changes, a second sync with the same file appends nothing.
  it('is idempotent for any edit of the file', () => {
    const edits = fc.record({
      renameMunicipality: fc.boolean(),
      renameUnit: fc.nat(6),
      endCoverage: fc.option(fc.tuple(fc.nat(6), fc.constantFrom('2020-01-01', '2020-01-02', '2031-05-17')), { nil: undefined }),
      addHistory: fc.boolean(),
      roles: fc.option(fc.tuple(fc.nat(8), fc.subarray(['practitioner', 'leader', 'intake', 'caseworker', 'administrator'], { minLength: 1 })), { nil: undefined }),
      deactivate: fc.option(fc.tuple(fc.nat(8), fc.constantFrom('2020-01-01', '2024-02-29', '2030-01-01')), { nil: undefined }),
      newPractitioner: fc.boolean(),
    });
    fc.assert(
      fc.property(edits, fc.boolean(), (edit, fromEmpty) => {
        const next = clone(demoConfig) as any;
        if (edit.renameMunicipality) next.municipalities[0].name = 'Melhus kommune';
        next.units[edit.renameUnit].name += ' endret';
        if (edit.endCoverage) next.units[edit.endCoverage[0]].serves[0].validTo = edit.endCoverage[1];
        if (edit.addHistory) next.units[1].serves.push({ kommunenummer: '5029', validFrom: '2015-01-01', validTo: '2020-01-01' });
        if (edit.roles) next.practitioners[edit.roles[0]].roles = edit.roles[1];
        if (edit.deactivate) next.practitioners[edit.deactivate[0]].activeTo = edit.deactivate[1];
        if (edit.newPractitioner) next.practitioners.push({ id: 'demo-ny', unitId: 'demo-skole', roles: ['practitioner'], activeFrom: '2026-01-01' });
        const validation = validateOrganisationConfig(next);
        fc.pre(validation.ok);

        const start = fromEmpty ? decider.initialState() : synced(demoConfig);
        const first = syncOrganisation(decider, start, next, TODAY);
        const second = syncOrganisation(decider, first.state, next, TODAY);
        expect(second.events).toEqual([]);
        expect(second.conflicts).toEqual(first.conflicts);
      }),
      { numRuns: 300 },
    );
  });
});
