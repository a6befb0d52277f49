import type * as C from '../concern.commands';
import { reportLinkable, type ConcernDecisionContext } from '../concern.context';
import { CaseAlreadyRegisteredError, CaseNotClosedError, ConsultationNotLinkableError, GuardianMayNotCloseError, LevelZeroDecisionPendingError, ReportNotLinkableError, UnitDoesNotServeMunicipalityError } from '../concern.refusals';
import type * as E from '../concern.events';
import type { ConcernRules } from '../concern.rules';
import type { ClosedCase, ConcernState, OpenCase } from '../concern.state';
import {
  checkDate,
  checkEntityId,
  checkKommunenummer,
  checkOptionalText,
  checkText,
  checkTextList,
  checkUuid,
  MAX_SHORT_TEXT_LENGTH,
} from '../concern.validation';
import { actorRef, addDays, dayOf, serviceRefOf } from '../concern.values';
import { envelopeProblems, stamp } from './common';

export function registerConcern(
  command: C.RegisterConcern,
  state: ConcernState,
  context: ConcernDecisionContext,
  rules: ConcernRules,
): E.ConcernRegistered[] {
  const problems = envelopeProblems(command);
  checkUuid(problems, 'caseId', command.caseId);
  checkUuid(problems, 'childId', command.childId);
  checkKommunenummer(problems, 'kommunenummer', command.kommunenummer);
  checkText(problems, 'concern.observations', command.concern?.observations);
  checkText(problems, 'concern.since', command.concern?.since, MAX_SHORT_TEXT_LENGTH);
  checkOptionalText(problems, 'concern.earlierConcerns', command.concern?.earlierConcerns);
  checkOptionalText(problems, 'concern.childsOwnWords', command.concern?.childsOwnWords);
  problems.throwIfAny(command.type);
  if (state.status !== 'unregistered') throw new CaseAlreadyRegisteredError(command.caseId);
  if (context.unitServesMunicipality !== true) throw new UnitDoesNotServeMunicipalityError(command.actor.unitId, command.kommunenummer);
  const { observations, since, earlierConcerns, childsOwnWords } = command.concern;
  return [
    {
      type: 'ConcernRegistered',
      data: {
        ...stamp(command),
        childId: command.childId,
        kommunenummer: command.kommunenummer,
        owningUnit: serviceRefOf(command.actor),
        concern: {
          observations,
          since,
          ...(earlierConcerns === undefined ? {} : { earlierConcerns }),
          ...(childsOwnWords === undefined ? {} : { childsOwnWords }),
        },
        decisionDueOn: addDays(dayOf(command.at), rules.decisionDeadlineDays),
      },
    },
  ];
}

export function recordNecessaryConversation(command: C.RecordNecessaryConversation): E.NecessaryConversationRecorded[] {
  const problems = envelopeProblems(command);
  const conversation = command.conversation ?? ({} as Partial<C.RecordNecessaryConversation['conversation']>);
  checkDate(problems, 'conversation.heldOn', conversation.heldOn);
  if (typeof conversation.heldOn === 'string' && typeof command.at === 'string' && conversation.heldOn > dayOf(command.at)) {
    problems.add('conversation.heldOn', 'must not be after the day of recording', 'Samtalen kan ikke registreres før den er holdt.');
  }
  checkTextList(problems, 'conversation.participants', conversation.participants, 'Oppgi hvem som deltok i samtalen.');
  for (const flag of ['summarySharedWithGuardians', 'guardiansInformed', 'childInformed'] as const) {
    if (typeof conversation[flag] !== 'boolean') problems.add(`conversation.${flag}`, 'must be yes or no', 'Svar ja eller nei.');
  }
  if (conversation.guardiansInformed === false || conversation.childInformed === false) {
    checkText(problems, 'conversation.notInformedReason', conversation.notInformedReason);
  } else {
    checkOptionalText(problems, 'conversation.notInformedReason', conversation.notInformedReason);
  }
  problems.throwIfAny(command.type);
  const { heldOn, participants, summarySharedWithGuardians, guardiansInformed, childInformed, notInformedReason } = command.conversation;
  return [
    {
      type: 'NecessaryConversationRecorded',
      data: {
        ...stamp(command),
        heldOn,
        participants: [...participants],
        summarySharedWithGuardians,
        guardiansInformed,
        childInformed,
        ...(notInformedReason === undefined ? {} : { notInformedReason }),
      },
    },
  ];
}

/** Links a report to child welfare at any level. The duty to inform overrides confidentiality: no consent is asked. */
export function linkReportToChildWelfare(command: C.LinkReportToChildWelfare, state: OpenCase, context: ConcernDecisionContext): E.ReportToChildWelfareLinked[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'reportId', command.reportId);
  problems.throwIfAny(command.type);
  if (state.reportIds.has(command.reportId)) return [];
  if (!reportLinkable(context.report, command.reportId, state.childId, command.actor.unitId)) throw new ReportNotLinkableError(state.caseId, command.reportId);
  return [{ type: 'ReportToChildWelfareLinked', data: { ...stamp(command), reportId: command.reportId, level: state.level } }];
}

export function linkConsultationToCase(
  command: C.LinkConsultationToCase,
  state: OpenCase,
  context: ConcernDecisionContext,
): E.ConsultationLinked[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'consultationId', command.consultationId);
  problems.throwIfAny(command.type);
  if (state.consultationIds.has(command.consultationId)) return [];
  const consultation = context.consultation;
  if (consultation?.consultationId !== command.consultationId || consultation.recordedBy.unitId !== command.actor.unitId) {
    throw new ConsultationNotLinkableError(state.caseId, command.consultationId);
  }
  return [{ type: 'ConsultationLinked', data: { ...stamp(command), consultationId: command.consultationId } }];
}

export function closeCase(command: C.CloseCase, state: OpenCase, context: ConcernDecisionContext): E.CaseClosed[] {
  const problems = envelopeProblems(command);
  checkText(problems, 'closingNote', command.closingNote);
  problems.throwIfAny(command.type);
  if (command.actor.kind === 'guardian') {
    if (state.level === 0) throw new GuardianMayNotCloseError(state.caseId, 'level-zero');
    if (context.guardianHoldsParentalResponsibility !== true) throw new GuardianMayNotCloseError(state.caseId, 'not-guardian');
  } else if (state.level === 0 && state.levelZeroOutcome === undefined) {
    throw new LevelZeroDecisionPendingError(state.caseId, command.type);
  }
  return [
    {
      type: 'CaseClosed',
      data: { caseId: command.caseId, by: actorRef(command.actor), at: command.at, level: state.level, closingNote: command.closingNote },
    },
  ];
}

export function reopenCase(command: C.ReopenCase, state: OpenCase | ClosedCase, rules: ConcernRules): E.CaseReopened[] {
  const problems = envelopeProblems(command);
  checkText(problems, 'reason', command.reason);
  problems.throwIfAny(command.type);
  if (state.status !== 'closed') throw new CaseNotClosedError(state.caseId);
  // Reopened at level 0 the case is a new undring: a new decision, with a new deadline.
  const deadline = state.level === 0 ? { decisionDueOn: addDays(dayOf(command.at), rules.decisionDeadlineDays) } : {};
  return [{ type: 'CaseReopened', data: { ...stamp(command), level: state.level, reason: command.reason, ...deadline } }];
}
