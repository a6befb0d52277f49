import type * as C from '../concern.commands';
import type { ConcernDecisionContext } from '../concern.context';
import { NotStafettholderError } from '../concern-authority.refusals';
import { HandoverAlreadyPendingError, HandoverToSelfError, NoPendingHandoverError, NotProposedReceiverError } from '../concern.refusals';
import type * as E from '../concern.events';
import type { OpenCase, PendingHandover } from '../concern.state';
import { checkOptionalText, checkPractitionerRef, checkText } from '../concern.validation';
import { practitionerRef, serviceRefOf } from '../concern.values';
import { envelopeProblems, requireConsent, samePractitioner, stamp } from './common';

// The holder keeps the baton until the new holder has received and accepted it (domain.md section 2).

export function proposeHandover(command: C.ProposeHandover, state: OpenCase): E.HandoverProposed[] {
  const problems = envelopeProblems(command);
  checkPractitionerRef(problems, 'to', command.to);
  checkText(problems, 'familyWish', command.familyWish);
  checkOptionalText(problems, 'reason', command.reason);
  problems.throwIfAny(command.type);
  // Who may propose (the holder, or where the rules say so the owning unit's leader) is decide/authority's.
  const holder = state.stafettholder;
  if (holder === undefined) throw new NotStafettholderError(state.caseId);
  if (samePractitioner(holder, command.to)) throw new HandoverToSelfError(state.caseId);
  if (state.pendingHandover !== undefined) throw new HandoverAlreadyPendingError(state.caseId);
  return [
    {
      type: 'HandoverProposed',
      data: {
        ...stamp(command),
        from: holder,
        to: practitionerRef(command.to),
        familyWish: command.familyWish,
        ...(command.reason === undefined ? {} : { reason: command.reason }),
      },
    },
  ];
}

function pendingFor(state: OpenCase, actor: { practitionerId: string }): PendingHandover {
  const pending = state.pendingHandover;
  if (pending === undefined) throw new NoPendingHandoverError(state.caseId);
  if (!samePractitioner(pending.to, actor)) throw new NotProposedReceiverError(state.caseId);
  return pending;
}

/** A receiver from a service not yet in the case takes the log over: that needs the guardians' consent for that service. */
export function acceptHandover(
  command: C.AcceptHandover,
  state: OpenCase,
  context: ConcernDecisionContext,
): Array<E.ServiceJoined | E.HandoverAccepted> {
  envelopeProblems(command).throwIfAny(command.type);
  const { from, to } = pendingFor(state, command.actor);
  const accepted: E.HandoverAccepted = { type: 'HandoverAccepted', data: { ...stamp(command), from, to } };
  if (state.participants.has(to.unitId)) return [accepted];
  const service = serviceRefOf(to);
  const consentId = requireConsent(state, context, service, 'take-over-stafettlogg');
  return [{ type: 'ServiceJoined', data: { ...stamp(command), service, purpose: 'take-over-stafettlogg', consentId } }, accepted];
}

export function declineHandover(command: C.DeclineHandover, state: OpenCase): E.HandoverDeclined[] {
  const problems = envelopeProblems(command);
  checkText(problems, 'reason', command.reason);
  problems.throwIfAny(command.type);
  const { from, to } = pendingFor(state, command.actor);
  return [{ type: 'HandoverDeclined', data: { ...stamp(command), from, to, reason: command.reason } }];
}

export function withdrawHandover(command: C.WithdrawHandover, state: OpenCase): E.HandoverWithdrawn[] {
  const problems = envelopeProblems(command);
  checkOptionalText(problems, 'reason', command.reason);
  problems.throwIfAny(command.type);
  const pending = state.pendingHandover;
  if (pending === undefined) throw new NoPendingHandoverError(state.caseId);
  const { from, to } = pending;
  return [{ type: 'HandoverWithdrawn', data: { ...stamp(command), from, to, ...(command.reason === undefined ? {} : { reason: command.reason }) } }];
}
