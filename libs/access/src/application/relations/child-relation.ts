import { ForbiddenProblem } from '@stafett/auth';
import { coordinatesACase, type CaseRelation } from '@stafett/concern';

export type { CaseRelation };
import type { ConfidentialityFamily, Viewer } from '../../domain/timeline-entry';

/**
 * The viewer's relation to a named child, the one thing every child-facing read asks first
 * (docs/confidentiality.md, "Relation to the child").
 */
export interface ChildRelation {
  readonly childId: string;
  readonly homeMunicipality: string;
  /** Cases of the child the viewer's unit is or was in, or is offered the baton of. */
  readonly cases: readonly CaseRelation[];
  /** The viewer's unit is the child-welfare service that received a report about the child. */
  readonly childWelfareReport: boolean;
  /** The viewer's unit is owed the statutory feedback on a report it sent about the child. */
  readonly reportFeedback: boolean;
  /** A consent in force names the viewer's unit or its service type. */
  readonly namedByConsent: boolean;
}

/** One answer for every "no": an unknown child, no relation, a relation that lapsed. */
export const unknownChild = (): ForbiddenProblem => new ForbiddenProblem('child unknown, or no relation to it');

/** Who may see the child's registration: a unit in one of the child's cases (participation in force), or child welfare with a report about the child. */
export function mayReadRegistration(relation: ChildRelation): boolean {
  return relation.cases.some((c) => c.takesPart) || relation.childWelfareReport;
}

/** Whether the viewer has any relation at all; without one, a child is answered as unknown. */
export function hasRelation(relation: ChildRelation): boolean {
  return mayReadRegistration(relation) || relation.cases.length > 0 || relation.reportFeedback || relation.namedByConsent;
}

/** The owner or the stafettholder's unit of an open case of the child: they see every consent, and record them. */
export function coordinatesFor(relation: ChildRelation): boolean {
  return coordinatesACase(relation.cases);
}

/** The viewer as the policy sees them, from the token and the relation. */
export function viewerOf(
  principal: { readonly practitionerId: string; readonly unitId: string; readonly serviceType: string; readonly roles: readonly string[] },
  family: ConfidentialityFamily,
  cases: readonly CaseRelation[],
): Viewer {
  return {
    practitionerId: principal.practitionerId,
    unitId: principal.unitId,
    serviceType: principal.serviceType,
    family,
    roles: principal.roles,
    participatingCaseIds: cases.filter((c) => c.takesPart).map((c) => c.caseId),
    personalCaseIds: cases.filter((c) => c.personal).map((c) => c.caseId),
    // TODO(assigned-to-child): no event records who in a unit is assigned to a child yet; false never widens access.
    assignedToChild: false,
  };
}
