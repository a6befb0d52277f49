import type { ClosedCase, OpenCase } from './concern.state';

/** How the viewer's unit, and the viewer personally, stand to one BTI case of the child. */
export interface CaseRelation {
  readonly caseId: string;
  /** The viewer's unit registered the concern. */
  readonly owns: boolean;
  /** The viewer's unit holds the baton. */
  readonly holdsBaton: boolean;
  /** Owner, or a unit in the case whose participation still rests on a consent in force. */
  readonly takesPart: boolean;
  /** The unit joined on a consent that is withdrawn or expired: it sees its own entries, nothing more. */
  readonly lapsed: boolean;
  /** The viewer personally works on the case: holds or is offered the baton, registered it, wrote in it, or is responsible for a measure. */
  readonly personal: boolean;
  readonly open: boolean;
}

type Case = OpenCase | ClosedCase;
interface CaseEventLike {
  readonly type: string;
  readonly data: unknown;
}

/** The viewer's relation to one case, from its state and events (texts never read); undefined when there is none. */
export function caseRelationOf(
  state: Case,
  events: readonly CaseEventLike[],
  viewer: { readonly unitId: string; readonly practitionerId: string },
  lapsedUnits: ReadonlySet<string>,
): CaseRelation | undefined {
  const { unitId, practitionerId } = viewer;
  const owns = state.owningUnit.unitId === unitId;
  const holdsBaton = state.stafettholder?.unitId === unitId;
  const inCase = owns || holdsBaton || state.participants.has(unitId);
  const offered = state.pendingHandover?.to.unitId === unitId;
  if (!inCase && !offered) return undefined;
  const lapsed = !owns && lapsedUnits.has(unitId);
  const personal =
    state.stafettholder?.practitionerId === practitionerId ||
    state.pendingHandover?.to.practitionerId === practitionerId ||
    events.some((event) => {
      const data = event.data as { by?: { practitionerId?: unknown }; responsiblePractitionerId?: unknown } | null;
      return data?.by?.practitionerId === practitionerId || (event.type === 'MeasureAdded' && data?.responsiblePractitionerId === practitionerId);
    });
  return { caseId: state.caseId, owns, holdsBaton, takesPart: inCase && !lapsed, lapsed, personal, open: state.status === 'open' };
}

/** The owner or the stafettholder's unit of an open case, its participation in force: records and sees every consent for the child. */
export function coordinatesACase(cases: readonly CaseRelation[]): boolean {
  return cases.some((c) => c.open && c.takesPart && (c.owns || c.holdsBaton));
}
