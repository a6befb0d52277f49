import fc from 'fast-check';
import type {
  AccessPurpose,
  ConfidentialityFamily,
  ConsentFacts,
  ConsentProvision,
  InformationCategory,
  TimelineEntryFacts,
  Viewer,
} from '../../timeline-entry';

/** Random histories for the policy's property tests: small pools, so that ids and moments collide often. */
export const SERVICES: ReadonlyArray<{ readonly serviceType: string; readonly family: ConfidentialityFamily }> = [
  { serviceType: 'skole', family: 'education' },
  { serviceType: 'barnehage', family: 'education' },
  { serviceType: 'helsestasjon', family: 'health' },
  { serviceType: 'bup', family: 'health' },
  { serviceType: 'nav', family: 'nav' },
  { serviceType: 'politi', family: 'police' },
  { serviceType: 'slt', family: 'police' },
  { serviceType: 'barneverntjeneste', family: 'child-welfare' },
  { serviceType: 'familiens-hus', family: 'other' },
];
export const CATEGORIES: readonly InformationCategory[] = [
  'coordination', 'observation', 'measure', 'meeting', 'agreement', 'positive-observation', 'health', 'nav', 'police', 'child-welfare-case', 'child-welfare-feedback',
];
export const PURPOSES: readonly AccessPurpose[] = ['coordination', 'follow-up', 'registration', 'statistics'];
const UNIT_COUNT = 4;
const UNITS = Array.from({ length: UNIT_COUNT }, (_, i) => `unit-${i}`);
const CHILDREN = ['child-a', 'child-a', 'child-a', 'child-b'];
const CASES = ['case-1', 'case-2', 'case-3'];
const BASE = Date.parse('2026-01-01T00:00:00.000Z');

/** Moments on an hour grid over 60 days, so that `at` often equals a withdrawal or an end. */
const moment = fc.integer({ min: 0, max: 60 * 24 }).map((hours) => new Date(BASE + hours * 3_600_000).toISOString());

const provision: fc.Arbitrary<ConsentProvision> = fc.letrec<{ p: ConsentProvision }>((tie) => ({
  p: fc.record(
    {
      categories: fc.subarray([...CATEGORIES], { maxLength: 3 }),
      purposes: fc.subarray([...PURPOSES], { maxLength: 2 }),
      exceptions: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), fc.array(tie('p'), { maxLength: 2 })),
    },
    { requiredKeys: [] },
  ),
})).p;

export interface History {
  /** Service of each unit (index = unit number). */
  readonly unitServices: ReadonlyArray<(typeof SERVICES)[number]>;
  readonly viewer: Viewer;
  readonly entries: readonly TimelineEntryFacts[];
  readonly consents: readonly ConsentFacts[];
  readonly at: string;
  readonly purpose: AccessPurpose;
}

export const histories: fc.Arbitrary<History> = fc
  .record({
    unitServices: fc.array(fc.constantFrom(...SERVICES), { minLength: UNIT_COUNT, maxLength: UNIT_COUNT }),
    viewerUnit: fc.nat(UNIT_COUNT - 1),
    roles: fc.subarray(['leader', 'teacher', 'nurse']),
    participating: fc.subarray(CASES),
    personal: fc.subarray(CASES),
    assigned: fc.boolean(),
    entries: fc.array(
      fc.record({
        owner: fc.nat(UNIT_COUNT - 1),
        childId: fc.constantFrom(...CHILDREN),
        caseId: fc.option(fc.constantFrom(...CASES), { nil: undefined }),
        category: fc.constantFrom(...CATEGORIES),
        recipient: fc.option(fc.nat(UNIT_COUNT - 1), { nil: undefined }),
        occurredAt: moment,
        investigationSensitive: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    consents: fc.array(
      fc.record({
        childId: fc.constantFrom(...CHILDREN),
        decision: fc.constantFrom('permit' as const, 'permit' as const, 'deny' as const),
        from: fc.oneof(moment, fc.constant(new Date(BASE).toISOString())),
        to: fc.option(moment, { nil: undefined, freq: 2 }),
        withdrawnAt: fc.option(moment, { nil: undefined }),
        grantees: fc.array(fc.oneof(fc.record({ unitId: fc.constantFrom(...UNITS) }), fc.record({ serviceType: fc.constantFrom(...SERVICES.map((s) => s.serviceType)) })), { minLength: 1, maxLength: 3 }),
        provision,
        // Biases towards consents that matter: one naming the viewer's unit, one naming an entry's category.
        forViewer: fc.boolean(),
        namesCategoryOf: fc.option(fc.nat(3), { nil: undefined }),
      }),
      { maxLength: 5 },
    ),
    at: moment,
    purpose: fc.constantFrom(...PURPOSES, 'coordination', 'follow-up'),
  })
  .map((h): History => {
    const service = (unit: number) => h.unitServices[unit];
    return {
      unitServices: h.unitServices,
      viewer: {
        practitionerId: 'practitioner-1',
        unitId: UNITS[h.viewerUnit],
        serviceType: service(h.viewerUnit).serviceType,
        family: service(h.viewerUnit).family,
        roles: h.roles,
        participatingCaseIds: h.participating,
        personalCaseIds: h.personal,
        assignedToChild: h.assigned,
      },
      entries: h.entries.map((e, i) => ({
        entryId: `entry-${i}`,
        childId: e.childId,
        caseId: e.caseId,
        category: e.category,
        ownerUnitId: UNITS[e.owner],
        ownerServiceType: service(e.owner).serviceType,
        ownerFamily: service(e.owner).family,
        occurredAt: e.occurredAt,
        statutoryRecipientUnitId: e.recipient === undefined ? undefined : UNITS[e.recipient],
        investigationSensitive: e.investigationSensitive,
      })),
      consents: h.consents.map((c, i) => ({
        consentId: `consent-${i}`,
        childId: c.childId,
        decision: c.decision,
        period: { from: c.from, to: c.to },
        withdrawnAt: c.withdrawnAt,
        grantees: c.forViewer ? [...c.grantees, { unitId: UNITS[h.viewerUnit] }] : c.grantees,
        provision:
          c.namesCategoryOf === undefined || h.entries[c.namesCategoryOf] === undefined
            ? c.provision
            : { ...c.provision, categories: [...(c.provision.categories ?? []), h.entries[c.namesCategoryOf].category] },
      })),
      at: h.at,
      purpose: h.purpose,
    };
  });
