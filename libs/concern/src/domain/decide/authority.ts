import type { ConcernCommand } from '../concern.commands';
import type { ConcernDecisionContext } from '../concern.context';
import { NotOwningUnitError, NotOwnUnitForbiddenError, NotStafettholderError, ParticipationLapsedForbiddenError, type CoordinatorAction } from '../concern-authority.refusals';
import type { ConcernRules } from '../concern.rules';
import type { ClosedCase, OpenCase } from '../concern.state';
import type { PractitionerActor } from '../concern.values';
import { consentCovers, type ConsentDecision } from '../consent-check.port';

// Authority to write (issue 10 item 3), decided before the command itself: a unit acts only in its
// own name; the stafettholder (or, where the municipality's rules say so, a leader of the owning
// unit) coordinates; a unit whose joining consent is gone writes nothing.

/** Commands only the coordinator gives, and how the refusal names them. */
const COORDINATOR_ACTIONS: Partial<Record<ConcernCommand['type'], CoordinatorAction>> = {
  ChangeLevel: 'level',
  ProposeHandover: 'handover',
  WithdrawHandover: 'handover',
  CloseCase: 'close',
  ReopenCase: 'reopen',
  AddParticipatingService: 'participants',
  OpenStafettlogg: 'stafettlogg',
};

/** Level-0 decisions, before anyone holds the baton: the owning unit's. */
const OWNING_UNIT_COMMANDS: ReadonlySet<ConcernCommand['type']> = new Set(['DecideAtLevelZero', 'AppointStafettholder']);

/**
 * The units that joined on a consent and are no longer covered by one. Fails closed: a unit with no
 * answer, or an answer to another question, has lapsed.
 */
export function lapsedParticipants(state: OpenCase | ClosedCase, participation: readonly ConsentDecision[] | undefined): Set<string> {
  const lapsed = new Set<string>();
  for (const service of state.participants.values()) {
    if (service.unitId === state.owningUnit.unitId) continue;
    const answered = (participation ?? []).some((answer) =>
      consentCovers(answer, { childId: state.childId, service: { unitId: service.unitId, serviceType: service.serviceType }, purpose: 'join-case' }),
    );
    if (!answered) lapsed.add(service.unitId);
  }
  return lapsed;
}

/** Throws the refusal when the actor may not give this command on this case; a guardian's closing has rules of its own. */
export function requireAuthority(command: ConcernCommand, state: OpenCase | ClosedCase, context: ConcernDecisionContext, rules: ConcernRules): void {
  if (command.type === 'RegisterConcern' || command.actor.kind !== 'practitioner') return;
  const actor = command.actor;
  const lapsed = lapsedParticipants(state, context.participation);
  if (lapsed.has(actor.unitId)) throw new ParticipationLapsedForbiddenError(state.caseId, actor.unitId);

  const action = COORDINATOR_ACTIONS[command.type];
  if (action && !mayCoordinate(actor, state, context, rules, lapsed)) {
    if (state.stafettholder === undefined) throw new NotOwningUnitError(state.caseId);
    throw new NotStafettholderError(state.caseId, action);
  }
  if (OWNING_UNIT_COMMANDS.has(command.type) && actor.unitId !== state.owningUnit.unitId) throw new NotOwningUnitError(state.caseId);
}

/**
 * A measure is added, evaluated and ended by the unit that owns it, with a responsible person of its
 * own. Checked by the measure deciders once the fields are sound; an unknown responsible person
 * (no answer from the organisation) fails closed.
 */
export function requireOwnMeasure(caseId: string, actor: PractitionerActor, owner: { unitId: string }, responsibleUnitId: string | undefined): void {
  if (owner.unitId !== actor.unitId) throw new NotOwnUnitForbiddenError(caseId, actor.unitId, 'measure-owner');
  if (responsibleUnitId !== actor.unitId) throw new NotOwnUnitForbiddenError(caseId, actor.unitId, 'responsible');
}

export function requireOwnExistingMeasure(caseId: string, actor: PractitionerActor, owner: { unitId: string }): void {
  if (owner.unitId !== actor.unitId) throw new NotOwnUnitForbiddenError(caseId, actor.unitId, 'measure');
}

/**
 * The stafettholder coordinates while their unit takes part. Before there is one (level 0), the
 * owning unit does. A leader of the owning unit does where the rules say so, and always when the
 * stafettholder's own unit has lapsed, so that the group is never left without anyone to act.
 */
function mayCoordinate(actor: PractitionerActor, state: OpenCase | ClosedCase, context: ConcernDecisionContext, rules: ConcernRules, lapsed: ReadonlySet<string>): boolean {
  const holder = state.stafettholder;
  if (holder === undefined) return actor.unitId === state.owningUnit.unitId;
  if (holder.practitionerId === actor.practitionerId && !lapsed.has(holder.unitId)) return true;
  const owningLeader = actor.unitId === state.owningUnit.unitId && (context.actorRoles ?? []).includes('leader');
  return owningLeader && (rules.leaderMayCoordinate || lapsed.has(holder.unitId));
}
