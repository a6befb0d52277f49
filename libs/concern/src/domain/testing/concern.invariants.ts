import { isLevel } from '../concern.values';
import type { ConcernState } from '../concern.state';

/** The case's invariants as readable sentences; empty when the state keeps them all. */
export function invariantViolations(state: ConcernState): string[] {
  if (state.status === 'unregistered') return [];
  const problems: string[] = [];
  if (!isLevel(state.level)) problems.push(`level ${String(state.level)} is outside 0-3`);
  if (state.status === 'open' && state.level >= 1) {
    if (state.stafettholder === undefined) problems.push(`open at level ${state.level} without a stafettholder`);
    else if (!state.participants.has(state.stafettholder.unitId)) problems.push('the stafettholder’s service does not take part');
  }
  const pending = state.pendingHandover;
  if (pending !== undefined) {
    if (state.stafettholder?.practitionerId !== pending.from.practitionerId) problems.push('a pending handover from someone who is not the holder');
    if (pending.to.practitionerId === pending.from.practitionerId) problems.push('a pending handover to the holder');
  }
  if (state.status === 'closed' && (pending !== undefined || state.stafettloggOpen)) problems.push('a closed case with a pending handover or an open log');
  if (state.stafettloggOpen && state.level < 1) problems.push('an open stafettlogg at level 0');
  for (const [id, measure] of state.measures) {
    if (!measure.owner?.unitId || !measure.owner.serviceType) problems.push(`measure ${id} has no owner service`);
    if (!measure.responsiblePractitionerId) problems.push(`measure ${id} has no responsible person`);
    if (measure.evaluationDates.length === 0) problems.push(`measure ${id} has no evaluation date`);
  }
  return problems;
}
