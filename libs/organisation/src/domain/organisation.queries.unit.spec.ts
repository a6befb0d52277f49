import fc from 'fast-check';
import { DEFAULT_SERVICE_TYPES } from './service-types';
import { Refusal } from '@stafett/kernel';
import { organisationRefusals } from './organisation.refusals';
import { createOrganisationDecider } from './organisation.decide';
import type { OrganisationCommand } from './organisation.commands';
import type { OrganisationEvent } from './organisation.events';
import { periodsOverlap, practitionerMayActFor, practitionerRolesOn, unitServesMunicipality, unitsServing } from './organisation.queries';
import type { OrganisationState } from './organisation.state';

const decider = createOrganisationDecider({ serviceTypes: DEFAULT_SERVICE_TYPES });

function stateOf(commands: readonly OrganisationCommand[]): OrganisationState {
  return commands.reduce((state, command) => decider.decide(command, state).reduce(decider.evolve, state), decider.initialState());
}

const base: OrganisationCommand[] = [
  { type: 'RegisterMunicipality', kommunenummer: '5028', name: 'Melhus' },
  { type: 'RegisterMunicipality', kommunenummer: '5029', name: 'Skaun' },
  { type: 'RegisterServiceUnit', unitId: 'bv', name: 'Barnevern', serviceType: 'barneverntjeneste', hostMunicipality: '5028' },
  { type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5028', validFrom: '2020-01-01' },
  { type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: '2020-01-01', validTo: '2024-01-01' },
  { type: 'RegisterPractitioner', practitionerId: 'kari', unitId: 'bv', roles: ['intake'], activeFrom: '2021-01-01' },
  { type: 'ChangePractitionerRoles', practitionerId: 'kari', roles: ['caseworker'], effectiveFrom: '2022-06-01' },
  { type: 'DeactivatePractitioner', practitionerId: 'kari', activeTo: '2025-01-01' },
];

describe('organisation queries', () => {
  const state = stateOf(base);

  describe('when a coverage period has ended', () => {
    it('serves from validFrom inclusive up to validTo exclusive', () => {
      expect(unitServesMunicipality(state, 'bv', '5029', '2019-12-31')).toBe(false);
      expect(unitServesMunicipality(state, 'bv', '5029', '2020-01-01')).toBe(true);
      expect(unitServesMunicipality(state, 'bv', '5029', '2023-12-31')).toBe(true);
      expect(unitServesMunicipality(state, 'bv', '5029', '2024-01-01')).toBe(false);
      expect(unitsServing(state, '5029', '2023-06-01').map((u) => u.unitId)).toEqual(['bv']);
      expect(unitsServing(state, '5029', '2024-06-01')).toEqual([]);
    });
  });

  describe('when a practitioner changed roles and left', () => {
    it('answers with the roles in force on each day', () => {
      expect(practitionerRolesOn(state, 'kari', '2020-12-31')).toEqual([]);
      expect(practitionerRolesOn(state, 'kari', '2022-05-31')).toEqual(['intake']);
      expect(practitionerRolesOn(state, 'kari', '2022-06-01')).toEqual(['caseworker']);
      expect(practitionerRolesOn(state, 'kari', '2025-01-01')).toEqual([]);
    });

    it('may act only while active and while the unit serves the municipality', () => {
      expect(practitionerMayActFor(state, 'kari', '5029', '2020-06-01')).toBe(false); // not yet employed
      expect(practitionerMayActFor(state, 'kari', '5029', '2023-06-01')).toBe(true);
      expect(practitionerMayActFor(state, 'kari', '5029', '2024-06-01')).toBe(false); // coverage ended
      expect(practitionerMayActFor(state, 'kari', '5028', '2024-06-01')).toBe(true);
      expect(practitionerMayActFor(state, 'kari', '5028', '2025-01-01')).toBe(false); // deactivated
      expect(practitionerMayActFor(state, 'nobody', '5028', '2024-06-01')).toBe(false);
    });
  });
});

// Model-based: days 0..29 of January 2020, and day 30 standing for "from then on, forever".
const FOREVER = 30;
const day = (d: number): string => `2020-01-${String(d + 1).padStart(2, '0')}`;
type Step = { kind: 'start'; from: number; to?: number } | { kind: 'end'; to: number };
const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('start' as const), from: fc.nat(29), to: fc.option(fc.nat(29), { nil: undefined }) }),
    fc.record({ kind: fc.constant('end' as const), to: fc.nat(29) }),
  ),
  { maxLength: 25 },
);

describe('unit coverage (properties)', () => {
  it('accepts exactly the periods that leave no day served twice, and answers like the model', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const served = new Array<boolean>(FOREVER + 1).fill(false);
        let openFrom: number | undefined;
        let state = stateOf(base.slice(0, 3));
        for (const step of plan) {
          const command: OrganisationCommand =
            step.kind === 'start'
              ? { type: 'StartUnitCoverage', unitId: 'bv', kommunenummer: '5029', validFrom: day(step.from), ...(step.to === undefined ? {} : { validTo: day(step.to) }) }
              : { type: 'EndUnitCoverage', unitId: 'bv', kommunenummer: '5029', validTo: day(step.to) };
          let events: OrganisationEvent[] | undefined;
          try {
            events = decider.decide(command, state);
          } catch (error) {
            if (!(error instanceof Refusal && error.context === organisationRefusals.context)) throw error;
          }
          let modelAccepts: boolean;
          if (step.kind === 'start') {
            const end = step.to ?? FOREVER + 1;
            modelAccepts = end > step.from && !served.slice(step.from, end).some(Boolean);
            if (modelAccepts) served.fill(true, step.from, end);
            if (modelAccepts && step.to === undefined) openFrom = step.from;
          } else {
            modelAccepts = openFrom !== undefined && step.to > openFrom;
            if (modelAccepts) served.fill(false, step.to, FOREVER + 1);
            if (modelAccepts) openFrom = undefined;
          }
          expect(events !== undefined).toBe(modelAccepts);
          state = (events ?? []).reduce(decider.evolve, state);
        }
        for (let d = 0; d < FOREVER; d++) expect(unitServesMunicipality(state, 'bv', '5029', day(d))).toBe(served[d]);
        const periods = state.units.get('bv')?.coverage ?? [];
        periods.forEach((a, i) => periods.slice(i + 1).forEach((b) => expect(periodsOverlap(a, b)).toBe(false)));
      }),
      { numRuns: 500 },
    );
  });
});
