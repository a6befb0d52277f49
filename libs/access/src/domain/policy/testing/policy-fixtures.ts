import type { ConsentFacts, TimelineEntryFacts, Viewer } from '../../timeline-entry';

/** Concrete people and entries for the policy's specification tests. */
export const CHILD = 'child-1';
export const CASE = 'case-1';
export const AT = '2026-03-15T10:00:00.000Z';

export function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    practitionerId: 'teacher-1',
    unitId: 'school-1',
    serviceType: 'skole',
    family: 'education',
    roles: [],
    participatingCaseIds: [],
    personalCaseIds: [],
    assignedToChild: false,
    ...overrides,
  };
}

export function entry(overrides: Partial<TimelineEntryFacts> = {}): TimelineEntryFacts {
  return {
    entryId: 'entry-1',
    childId: CHILD,
    caseId: CASE,
    category: 'observation',
    ownerUnitId: 'school-1',
    ownerServiceType: 'skole',
    ownerFamily: 'education',
    occurredAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function consent(overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    consentId: 'consent-1',
    childId: CHILD,
    decision: 'permit',
    period: { from: '2026-01-01' },
    grantees: [{ unitId: 'school-1' }],
    provision: {},
    ...overrides,
  };
}

export const nurse = (overrides: Partial<Viewer> = {}) =>
  viewer({ practitionerId: 'nurse-1', unitId: 'helsestasjon-1', serviceType: 'helsestasjon', family: 'health', ...overrides });
export const caseworker = (overrides: Partial<Viewer> = {}) =>
  viewer({ practitionerId: 'cw-1', unitId: 'barnevern-1', serviceType: 'barneverntjeneste', family: 'child-welfare', ...overrides });
export const healthEntry = (overrides: Partial<TimelineEntryFacts> = {}) =>
  entry({ category: 'health', ownerUnitId: 'helsestasjon-1', ownerServiceType: 'helsestasjon', ownerFamily: 'health', ...overrides });
