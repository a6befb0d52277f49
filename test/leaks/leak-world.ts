import fc from 'fast-check';
import type { AccessPurpose, InformationCategory } from '../../libs/access/src/domain/timeline-entry';

/** A service unit of the demo organisation that takes part in histories, and who writes for it. */
export interface LeakUnit {
  readonly unitId: string;
  readonly serviceType: string;
  /** Confidentiality family, written out here (the oracle must not borrow the application's table). */
  readonly family: 'education' | 'health' | 'nav' | 'police' | 'child-welfare' | 'other';
  readonly actor: string;
}

export const UNITS = {
  barnehage: { unitId: 'demo-barnehage', serviceType: 'barnehage', family: 'education', actor: 'demo-barnehage-pedagog' },
  helsestasjon: { unitId: 'demo-helsestasjon', serviceType: 'helsestasjon', family: 'health', actor: 'demo-helsestasjon-helsesykepleier' },
  skole: { unitId: 'demo-skole', serviceType: 'skole', family: 'education', actor: 'demo-skole-kontaktlaerer' },
  nav: { unitId: 'demo-nav', serviceType: 'nav', family: 'nav', actor: 'demo-nav-veileder' },
  politi: { unitId: 'demo-politi', serviceType: 'politi', family: 'police', actor: 'demo-politi-slt' },
} as const satisfies Record<string, LeakUnit>;
export type UnitKey = keyof typeof UNITS;
export const CHILD_WELFARE: LeakUnit = { unitId: 'demo-barnevern', serviceType: 'barneverntjeneste', family: 'child-welfare', actor: 'demo-barnevern-mottak' };

/** Everyone who reads: every demo practitioner, and a few more added for the run (a colleague without a relation, leaders). */
export interface Viewer {
  readonly practitionerId: string;
  readonly unitId: string;
  readonly serviceType: string;
  readonly roles: readonly string[];
}

export const ADDED_PRACTITIONERS = [
  { practitionerId: 'leak-helse-kollega', unitId: 'demo-helsestasjon', roles: ['practitioner'] },
  { practitionerId: 'leak-nav-leder', unitId: 'demo-nav', roles: ['leader'] },
  { practitionerId: 'leak-barnevern-leder', unitId: 'demo-barnevern', roles: ['leader'] },
] as const;

export const VIEWERS: readonly Viewer[] = [
  { practitionerId: 'demo-barnehage-pedagog', unitId: 'demo-barnehage', serviceType: 'barnehage', roles: ['practitioner'] },
  { practitionerId: 'demo-barnehage-leder', unitId: 'demo-barnehage', serviceType: 'barnehage', roles: ['leader'] },
  { practitionerId: 'demo-skole-kontaktlaerer', unitId: 'demo-skole', serviceType: 'skole', roles: ['practitioner'] },
  { practitionerId: 'demo-helsestasjon-helsesykepleier', unitId: 'demo-helsestasjon', serviceType: 'helsestasjon', roles: ['practitioner'] },
  { practitionerId: 'leak-helse-kollega', unitId: 'demo-helsestasjon', serviceType: 'helsestasjon', roles: ['practitioner'] },
  { practitionerId: 'demo-nav-veileder', unitId: 'demo-nav', serviceType: 'nav', roles: ['practitioner'] },
  { practitionerId: 'leak-nav-leder', unitId: 'demo-nav', serviceType: 'nav', roles: ['leader'] },
  { practitionerId: 'demo-politi-slt', unitId: 'demo-politi', serviceType: 'politi', roles: ['practitioner'] },
  { practitionerId: 'demo-barnevern-mottak', unitId: 'demo-barnevern', serviceType: 'barneverntjeneste', roles: ['intake'] },
  { practitionerId: 'demo-barnevern-saksbehandler', unitId: 'demo-barnevern', serviceType: 'barneverntjeneste', roles: ['caseworker'] },
  { practitionerId: 'leak-barnevern-leder', unitId: 'demo-barnevern', serviceType: 'barneverntjeneste', roles: ['leader'] },
  { practitionerId: 'demo-koordinerende-enhet-admin', unitId: 'demo-koordinerende-enhet', serviceType: 'koordinerende-enhet', roles: ['administrator'] },
  { practitionerId: 'demo-personvern', unitId: 'demo-koordinerende-enhet', serviceType: 'koordinerende-enhet', roles: ['privacy-officer'] },
];

export type EntryKind = 'agreement' | 'measure' | 'meeting' | 'goal';

/** One random history, as a plan; what actually happens (a join refused for want of consent) is recorded as the plan runs. */
export interface HistoryPlan {
  readonly owner: 'barnehage' | 'helsestasjon' | 'nav';
  readonly decision: 'level-1' | 'report' | 'pending';
  readonly consents: ReadonlyArray<{
    readonly grantee: { readonly unit: UnitKey } | { readonly serviceType: string };
    readonly categories: readonly InformationCategory[];
    readonly purposes: readonly AccessPurpose[];
    readonly decision: 'permit' | 'deny';
    /** Runs out in two days: expired once the clock moves on. */
    readonly expiresSoon: boolean;
  }>;
  /** Services asked to join, most with a consent of their own (coordination, and maybe more), some without. */
  readonly joins: ReadonlyArray<{
    readonly unit: UnitKey;
    readonly consented: boolean;
    readonly moreCategories: readonly InformationCategory[];
    readonly purposes: readonly AccessPurpose[];
    readonly expiresSoon: boolean;
  }>;
  readonly entries: ReadonlyArray<{ readonly by: 'owner' | number; readonly kind: EntryKind; readonly sensitive: boolean }>;
  /** Index into the units that joined. */
  readonly handoverTo?: number;
  readonly fileReport: boolean;
  readonly withdraw: readonly number[];
  /** Move the domain's clock five days on before the reads, so consents that ran out in two days have expired (rarely: the children must stay below the consent age). */
  readonly advance: boolean;
  readonly viewers: readonly number[];
}

const unitKeys = Object.keys(UNITS) as UnitKey[];
const CONSENT_CATEGORIES: readonly InformationCategory[] = ['coordination', 'observation', 'measure', 'meeting', 'agreement', 'police'];
const PURPOSES: readonly AccessPurpose[] = ['coordination', 'follow-up', 'registration'];

export const historyPlans: fc.Arbitrary<HistoryPlan> = fc.record({
  owner: fc.constantFrom('barnehage', 'helsestasjon', 'nav'),
  decision: fc.constantFrom('level-1', 'level-1', 'level-1', 'report', 'pending'),
  consents: fc.array(
    fc.record({
      grantee: fc.oneof(
        { weight: 4, arbitrary: fc.record({ unit: fc.constantFrom(...unitKeys) }) },
        { weight: 1, arbitrary: fc.record({ serviceType: fc.constantFrom('skole', 'nav', 'politi', 'helsestasjon', 'barneverntjeneste') }) },
      ),
      categories: fc.oneof({ weight: 2, arbitrary: fc.constant(['coordination'] as InformationCategory[]) }, { weight: 3, arbitrary: fc.subarray([...CONSENT_CATEGORIES]) }),
      purposes: fc.oneof({ weight: 3, arbitrary: fc.constant([] as AccessPurpose[]) }, { weight: 1, arbitrary: fc.subarray([...PURPOSES], { minLength: 1 }) }),
      decision: fc.constantFrom('permit', 'permit', 'permit', 'permit', 'deny'),
      expiresSoon: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  joins: fc.uniqueArray(
    fc.record({
      unit: fc.constantFrom(...unitKeys),
      consented: fc.integer({ min: 0, max: 7 }).map((n) => n !== 0),
      moreCategories: fc.subarray(['observation', 'measure', 'meeting', 'agreement', 'police'] as InformationCategory[], { maxLength: 2 }),
      purposes: fc.oneof({ weight: 3, arbitrary: fc.constant([] as AccessPurpose[]) }, { weight: 1, arbitrary: fc.subarray([...PURPOSES], { minLength: 1 }) }),
      expiresSoon: fc.boolean(),
    }),
    { selector: (join) => join.unit, maxLength: 3 },
  ),
  entries: fc.array(fc.record({ by: fc.oneof(fc.constant('owner' as const), fc.nat(2)), kind: fc.constantFrom<EntryKind>('agreement', 'measure', 'meeting', 'goal'), sensitive: fc.boolean() }), { maxLength: 5 }),
  handoverTo: fc.option(fc.nat(2), { nil: undefined }),
  fileReport: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
  withdraw: fc.subarray([0, 1, 2, 3, 4], { maxLength: 2 }),
  advance: fc.integer({ min: 0, max: 11 }).map((n) => n === 0),
  viewers: fc.uniqueArray(fc.nat(VIEWERS.length - 1), { minLength: 3, maxLength: 4 }),
});
