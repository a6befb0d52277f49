import type { Principal } from '@stafett/auth';
import type { ChildContext } from './child-relations';

/** How the caller relates to a named child, and the child's consents; undefined for an unknown child. A port so handlers test without a database. */
export interface RelationSource {
  of(principal: Principal, childId: string, at: Date): Promise<ChildContext | undefined>;
}

export const RELATION_SOURCE = Symbol('RELATION_SOURCE');
