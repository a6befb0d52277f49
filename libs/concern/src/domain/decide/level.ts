import type * as C from '../concern.commands';
import { reportLinkable, type ConcernDecisionContext } from '../concern.context';
import { LevelUnchangedError, LevelZeroAlreadyDecidedError, LevelZeroDecisionPendingError, ReportNotLinkableError, StafettholderAlreadyAppointedError, StafettholderRequiredError, StafettloggAlreadyOpenError } from '../concern.refusals';
import type * as E from '../concern.events';
import { levelLabel, type ConcernRules } from '../concern.rules';
import type { OpenCase } from '../concern.state';
import { checkEntityId, checkOptionalText, checkPractitionerRef, checkServiceRef, checkText } from '../concern.validation';
import { actorRef, dayOf, isLevel, practitionerRef, serviceRefOf, type Level, type PractitionerActor, type PractitionerRef } from '../concern.values';
import { envelopeProblems, requireConsent, requireLevel, requireParticipating, stamp } from './common';

type Stamped = { caseId: string; actor: PractitionerActor; at: string };

/** The first stafettholder, from the command or already appointed; a case never has two. */
function firstHolder(state: OpenCase, command: Stamped, holder: PractitionerRef | undefined, familyWish: string | undefined): E.StafettholderAppointed[] {
  if (state.stafettholder !== undefined) {
    if (holder !== undefined) throw new StafettholderAlreadyAppointedError(state.caseId);
    return [];
  }
  if (holder === undefined) throw new StafettholderRequiredError(state.caseId);
  requireParticipating(state, holder.unitId, 'stafettholder');
  return [
    {
      type: 'StafettholderAppointed',
      data: { ...stamp(command), holder: practitionerRef(holder), ...(familyWish === undefined ? {} : { familyWish }) },
    },
  ];
}

const LEVEL_ZERO_OUTCOMES = ['close', 'level-1', 'level-2', 'report-to-child-welfare'] as const;

export function decideAtLevelZero(command: C.DecideAtLevelZero, state: OpenCase, context: ConcernDecisionContext): E.ConcernEvent[] {
  const problems = envelopeProblems(command);
  const decision = command.decision ?? ({} as Partial<C.LevelZeroDecision>);
  if (!(LEVEL_ZERO_OUTCOMES as readonly unknown[]).includes(decision.outcome)) {
    problems.add('decision.outcome', `must be one of ${LEVEL_ZERO_OUTCOMES.join(', ')}`, 'Velg en av beslutningene.');
  }
  checkText(problems, 'decision.reason', decision.reason);
  if (decision.outcome === 'level-1' || decision.outcome === 'level-2') {
    if (decision.stafettholder !== undefined) checkPractitionerRef(problems, 'decision.stafettholder', decision.stafettholder);
    checkOptionalText(problems, 'decision.familyWish', decision.familyWish);
  }
  if (decision.outcome === 'report-to-child-welfare' && decision.reportId !== undefined) checkEntityId(problems, 'decision.reportId', decision.reportId);
  problems.throwIfAny(command.type);
  if (state.level !== 0 || state.levelZeroOutcome !== undefined) throw new LevelZeroAlreadyDecidedError(state.caseId);
  const named = decision.outcome === 'report-to-child-welfare' ? decision.reportId : undefined;
  if (named !== undefined && !state.reportIds.has(named) && !reportLinkable(context.report, named, state.childId, command.actor.unitId)) {
    throw new ReportNotLinkableError(state.caseId, named);
  }

  const valid = command.decision;
  const decided: E.LevelZeroDecided = {
    type: 'LevelZeroDecided',
    data: {
      ...stamp(command),
      outcome: valid.outcome,
      reason: valid.reason,
      decisionDueOn: state.decisionDueOn,
      withinDeadline: dayOf(command.at) <= state.decisionDueOn,
    },
  };
  switch (valid.outcome) {
    case 'close':
      return [
        decided,
        { type: 'CaseClosed', data: { caseId: command.caseId, by: actorRef(command.actor), at: command.at, level: 0, closingNote: valid.reason } },
      ];
    case 'level-1':
    case 'level-2': {
      const to: Level = valid.outcome === 'level-1' ? 1 : 2;
      const appointed = firstHolder(state, command, valid.stafettholder, valid.familyWish);
      return [decided, ...appointed, { type: 'LevelChanged', data: { ...stamp(command), from: 0, to, reason: valid.reason } }];
    }
    case 'report-to-child-welfare': {
      // The reporter keeps following the child up (samtidighetsansvar): the case stays open at level 0.
      const reportId = valid.reportId;
      if (reportId === undefined || state.reportIds.has(reportId)) return [decided];
      return [decided, { type: 'ReportToChildWelfareLinked', data: { ...stamp(command), reportId, level: 0 } }];
    }
    default: {
      const unhandled: never = valid;
      return unhandled;
    }
  }
}

/** Within 1-3; leaving level 0 is possible only after the decision there was to report to child welfare. */
export function changeLevel(command: C.ChangeLevel, state: OpenCase, rules: ConcernRules): E.ConcernEvent[] {
  const problems = envelopeProblems(command);
  if (!isLevel(command.to)) {
    problems.add('to', 'must be a level from 1 to 3', 'Velg et nivå fra 1 til 3.');
  } else if (command.to === 0) {
    problems.add('to', 'a case cannot go back to level 0', 'Saken kan ikke flyttes tilbake til nivå 0. Avslutt saken i stedet.');
  }
  checkText(problems, 'reason', command.reason);
  if (command.stafettholder !== undefined) checkPractitionerRef(problems, 'stafettholder', command.stafettholder);
  checkOptionalText(problems, 'familyWish', command.familyWish);
  problems.throwIfAny(command.type);
  if (state.level === 0 && state.levelZeroOutcome === undefined) throw new LevelZeroDecisionPendingError(state.caseId, command.type);
  if (command.to === state.level) throw new LevelUnchangedError(state.caseId, levelLabel(rules, state.level));
  const appointed =
    state.level === 0 ? firstHolder(state, command, command.stafettholder, command.familyWish) : refuseSecondHolder(state, command.stafettholder);
  return [...appointed, { type: 'LevelChanged', data: { ...stamp(command), from: state.level, to: command.to, reason: command.reason } }];
}

function refuseSecondHolder(state: OpenCase, holder: PractitionerRef | undefined): [] {
  if (holder !== undefined) throw new StafettholderAlreadyAppointedError(state.caseId);
  return [];
}

export function appointStafettholder(command: C.AppointStafettholder, state: OpenCase): E.StafettholderAppointed[] {
  const problems = envelopeProblems(command);
  checkPractitionerRef(problems, 'holder', command.holder);
  checkOptionalText(problems, 'familyWish', command.familyWish);
  problems.throwIfAny(command.type);
  if (state.stafettholder !== undefined) throw new StafettholderAlreadyAppointedError(state.caseId);
  return firstHolder(state, command, command.holder, command.familyWish);
}

/** The holder's service keeps the log; the guardians' consent must cover it. */
export function openStafettlogg(
  command: C.OpenStafettlogg,
  state: OpenCase,
  context: ConcernDecisionContext,
  rules: ConcernRules,
): E.StafettloggOpened[] {
  envelopeProblems(command).throwIfAny(command.type);
  requireLevel(state, rules, 'stafettlogg');
  if (state.stafettloggOpen) throw new StafettloggAlreadyOpenError(state.caseId);
  const holder = state.stafettholder;
  if (holder === undefined) throw new StafettholderRequiredError(state.caseId);
  const consentId = requireConsent(state, context, holder, 'open-stafettlogg');
  return [{ type: 'StafettloggOpened', data: { ...stamp(command), keptBy: serviceRefOf(holder), consentId } }];
}

/** Joining at level 2 or 3 needs a consent that covers the joining service. Joining twice changes nothing. */
export function addParticipatingService(
  command: C.AddParticipatingService,
  state: OpenCase,
  context: ConcernDecisionContext,
  rules: ConcernRules,
): E.ServiceJoined[] {
  const problems = envelopeProblems(command);
  checkServiceRef(problems, 'service', command.service);
  checkOptionalText(problems, 'task', command.task);
  problems.throwIfAny(command.type);
  requireLevel(state, rules, 'join-service');
  if (state.participants.has(command.service.unitId)) return [];
  const service = serviceRefOf(command.service);
  const consentId = requireConsent(state, context, service, 'join-case');
  return [
    {
      type: 'ServiceJoined',
      data: { ...stamp(command), service, purpose: 'join-case', consentId, ...(command.task === undefined ? {} : { task: command.task }) },
    },
  ];
}
