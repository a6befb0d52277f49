import { assertNever, type Decider } from '@stafett/kernel';
import type { ConcernCommand } from './concern.commands';
import type { ConcernDecisionContext } from './concern.context';
import { CaseClosedError, CaseNotFoundError } from './concern.refusals';
import type { ConcernEvent } from './concern.events';
import { DEFAULT_CONCERN_RULES, type ConcernRules } from './concern.rules';
import { evolveConcern, initialConcernState, type ConcernState, type OpenCase } from './concern.state';
import { closeCase, linkConsultationToCase, linkReportToChildWelfare, recordNecessaryConversation, registerConcern, reopenCase } from './decide/case';
import { requireAuthority } from './decide/authority';
import { acceptHandover, declineHandover, proposeHandover, withdrawHandover } from './decide/handover';
import { addParticipatingService, appointStafettholder, changeLevel, decideAtLevelZero, openStafettlogg } from './decide/level';
import { addMeasure, endMeasure, evaluateMeasure, recordAgreement, recordMeeting, setGoal } from './decide/log';
import { recordPositiveObservation } from './decide/positive-observation';

/** A closed case accepts nothing but reopening; every other command on it is refused with CaseClosedError. */
function openCase(state: ConcernState, command: ConcernCommand): OpenCase {
  if (state.status === 'unregistered') throw new CaseNotFoundError(command.caseId);
  if (state.status === 'closed') throw new CaseClosedError(state.caseId, command.type);
  return state;
}

export function decideConcern(
  command: ConcernCommand,
  state: ConcernState,
  context: ConcernDecisionContext,
  rules: ConcernRules = DEFAULT_CONCERN_RULES,
): ConcernEvent[] {
  if (command.type === 'RegisterConcern') {
    if (state.status === 'closed') throw new CaseClosedError(state.caseId, command.type);
    return registerConcern(command, state, context, rules);
  }
  if (command.type === 'ReopenCase') {
    if (state.status === 'unregistered') throw new CaseNotFoundError(command.caseId);
    requireAuthority(command, state, context, rules);
    return reopenCase(command, state, rules);
  }
  const open = openCase(state, command);
  requireAuthority(command, open, context, rules);
  switch (command.type) {
    case 'RecordNecessaryConversation':
      return recordNecessaryConversation(command);
    case 'DecideAtLevelZero':
      return decideAtLevelZero(command, open, context);
    case 'ChangeLevel':
      return changeLevel(command, open, rules);
    case 'AppointStafettholder':
      return appointStafettholder(command, open);
    case 'OpenStafettlogg':
      return openStafettlogg(command, open, context, rules);
    case 'AddParticipatingService':
      return addParticipatingService(command, open, context, rules);
    case 'ProposeHandover':
      return proposeHandover(command, open);
    case 'AcceptHandover':
      return acceptHandover(command, open, context);
    case 'DeclineHandover':
      return declineHandover(command, open);
    case 'WithdrawHandover':
      return withdrawHandover(command, open);
    case 'SetGoal':
      return setGoal(command, open, rules);
    case 'AddMeasure':
      return addMeasure(command, open, context, rules);
    case 'EvaluateMeasure':
      return evaluateMeasure(command, open, rules);
    case 'EndMeasure':
      return endMeasure(command, open, rules);
    case 'RecordMeeting':
      return recordMeeting(command, open, rules);
    case 'RecordAgreement':
      return recordAgreement(command, open, rules);
    case 'RecordPositiveObservation':
      return recordPositiveObservation(command, open, rules);
    case 'LinkReportToChildWelfare':
      return linkReportToChildWelfare(command, open, context);
    case 'LinkConsultationToCase':
      return linkConsultationToCase(command, open, context);
    case 'CloseCase':
      return closeCase(command, open, context);
    default:
      return assertNever(command, 'concern command');
  }
}

export type ConcernDecider = Decider<ConcernCommand, ConcernEvent, ConcernState, ConcernDecisionContext>;

/** The decider with the municipality's rules bound, in Emmett's shape. */
export function createConcernDecider(rules: ConcernRules = DEFAULT_CONCERN_RULES): ConcernDecider {
  return {
    decide: (command, state, context) => decideConcern(command, state, context, rules),
    evolve: evolveConcern,
    initialState: initialConcernState,
  };
}

export const concernDecider: ConcernDecider = createConcernDecider();
