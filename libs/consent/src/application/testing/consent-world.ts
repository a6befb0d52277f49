import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { Principal } from '@stafett/kernel';
import type { ConsentOrganisation } from '../../domain/consent.decide';
import { DEFAULT_CONSENT_RULES } from '../../domain/consent.values';
import type { ConsentChild } from '../consent-child';
import type { ConsentOrganisationAnswers } from '../consent-organisation';

// The child's registration and cases are the organisation's and concern's; stood in for here so that
// the handlers are specified alone. The e2e tests (test/e2e/consent.e2e.spec.ts) run them for real.
export const CHILD = '0b5c2b3e-7a51-4c36-9d2e-3f1a2b3c4d5e';
export const NOW = new Date('2026-03-02T08:15:00Z');
export const teacher: Principal = { practitionerId: 'laerer-1', unitId: 'skole-a', serviceType: 'skole', roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') };
export const nurse: Principal = { practitionerId: 'helsesykepleier-1', unitId: 'helsestasjon-b', serviceType: 'helsestasjon', roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') };

export const organisation: ConsentOrganisation = {
  unitServiceType: (unitId) => ({ 'skole-a': 'skole', 'helsestasjon-b': 'helsestasjon' })[unitId],
  isServiceType: (code) => ['skole', 'helsestasjon'].includes(code),
  practitionerUnit: (practitionerId) => ({ 'laerer-1': 'skole-a', 'helsesykepleier-1': 'helsestasjon-b' })[practitionerId],
};

/** A world with one registered child (one guardian with parental responsibility, born on `birthDate`) whose case the caller coordinates. */
export function consentWorld(options: { birthDate?: string; coordinates?: boolean } = {}) {
  const store = new InMemoryEventStore();
  const child = {
    accessible: async (childId: string) => ({ childId: childId.toLowerCase(), registration: {}, coordinates: options.coordinates ?? true }),
    parties: async (childId: string) => ({ childId, guardians: [{ holdsParentalResponsibility: true }], childBirthDate: options.birthDate ?? '2020-05-01' }),
  } as unknown as ConsentChild;
  const answers = { current: async () => organisation } as unknown as ConsentOrganisationAnswers;
  return { store, child, answers, rules: DEFAULT_CONSENT_RULES, clock: { now: () => NOW } };
}

export const consentInput = {
  grantors: [{ kind: 'guardian', guardianIndex: 0 }],
  grantees: [{ unitId: 'helsestasjon-b' }],
  decision: 'permit',
  period: { from: '2026-03-01', to: '2027-03-01' },
  provision: { categories: ['coordination'], purposes: ['coordination'] },
  form: { kind: 'paper', verifiedBy: 'laerer-1', verifiedAt: '2026-03-01', reference: `arkiv-${randomUUID().slice(0, 8)}` },
} as const;
