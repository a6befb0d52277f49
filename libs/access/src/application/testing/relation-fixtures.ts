import type { Principal } from '@stafett/kernel';
import type { ChildRelation } from '../relations/child-relation';
import type { ChildContext } from '../relations/child-relations';
import type { RelationSource } from '../relations/relation-source';

export const CHILD = '0b5c2b3e-7a51-4c36-9d2e-3f1a2b3c4d5e';
export const NOW = new Date('2026-03-20T10:00:00.000Z');
export const principalOf = (practitionerId: string, unitId: string, serviceType: string): Principal => ({ practitionerId, unitId, serviceType, roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') });

/** No relation at all: what a unit outside every case of the child has. */
export const NO_RELATION: ChildRelation = { childId: CHILD, homeMunicipality: '5029', cases: [], childWelfareReport: false, reportFeedback: false, namedByConsent: false };

/** The owner of an open case of the child. */
export const OWNER: ChildRelation = { ...NO_RELATION, cases: [{ caseId: 'sak-1', owns: true, holdsBaton: false, takesPart: true, lapsed: false, personal: true, open: true }] };

/** A relation source answering each unit as given (a unit not listed: an unknown child). */
export function relationsBy(byUnit: Readonly<Record<string, ChildRelation>>, consents: ChildContext['consents'] = []): RelationSource {
  return { of: async (principal) => (byUnit[principal.unitId] ? { relation: byUnit[principal.unitId], consents } : undefined) };
}
