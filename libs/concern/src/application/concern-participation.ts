import type { ConcernCommandType } from '../domain/concern.commands';
import type { ConcernState } from '../domain/concern.state';

/**
 * Whether a unit takes part in the case: the owning unit, a participating service, the stafettholder's
 * unit, and, for answering a handover only, the unit of the proposed receiver. Everyone else is
 * answered as if the case did not exist.
 */
export function mayTakePartIn(state: ConcernState, unitId: string, commandType?: ConcernCommandType): boolean {
  if (state.status === 'unregistered') return false;
  if (state.participants.has(unitId) || state.owningUnit.unitId === unitId || state.stafettholder?.unitId === unitId) return true;
  const answersHandover = commandType === 'AcceptHandover' || commandType === 'DeclineHandover';
  return answersHandover && state.pendingHandover?.to.unitId === unitId;
}
