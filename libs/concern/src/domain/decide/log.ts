import { InvalidCommandError } from '@stafett/kernel';
import { MEASURE_EFFECTS, type ChildsVoice } from '../concern.commands';
import type * as C from '../concern.commands';
import { DuplicateEntryError, MeasureEndedError, MeasureNotFoundError } from '../concern.refusals';
import type * as E from '../concern.events';
import type { ConcernRules } from '../concern.rules';
import type { MeasureState, OpenCase } from '../concern.state';
import {
  checkDate,
  checkDateList,
  checkEntityId,
  checkOptionalDate,
  checkOptionalText,
  checkServiceRef,
  checkText,
  checkTextList,
  MAX_SHORT_TEXT_LENGTH,
} from '../concern.validation';
import { serviceRefOf } from '../concern.values';
import type { ConcernDecisionContext } from '../concern.context';
import { requireOwnExistingMeasure, requireOwnMeasure } from './authority';
import { envelopeProblems, requireOpenLog, requireParticipating, stamp } from './common';

// The stafettlogg's content (domain.md section 3): goals, measures, meetings, agreements.

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** The mark as events keep it: present only when set. */
const marked = (command: { investigationSensitive?: boolean }): { investigationSensitive?: true } =>
  command.investigationSensitive === true ? { investigationSensitive: true } : {};

function checkMark(problems: ReturnType<typeof envelopeProblems>, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') problems.add('investigationSensitive', 'must be true or false', 'Svar ja eller nei.');
}

function refuseField(commandType: string, field: string, message: string, userMessage: string): never {
  throw new InvalidCommandError(commandType, [{ field, message, userMessage }]);
}

export function setGoal(command: C.SetGoal, state: OpenCase, rules: ConcernRules): E.GoalSet[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'goalId', command.goalId);
  checkText(problems, 'description', command.description);
  checkMark(problems, command.investigationSensitive);
  problems.throwIfAny(command.type);
  requireOpenLog(state, rules, 'log-entry');
  return [{ type: 'GoalSet', data: { ...stamp(command), goalId: command.goalId, description: command.description, ...marked(command) } }];
}

/** No measure without an owning service, a responsible person and at least one evaluation date. */
export function addMeasure(command: C.AddMeasure, state: OpenCase, context: ConcernDecisionContext, rules: ConcernRules): E.MeasureAdded[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'measureId', command.measureId);
  checkServiceRef(problems, 'owner', command.owner);
  checkEntityId(problems, 'responsiblePractitionerId', command.responsiblePractitionerId);
  checkText(problems, 'goal', command.goal);
  if (command.goalId !== undefined) checkEntityId(problems, 'goalId', command.goalId);
  checkDate(problems, 'startsOn', command.startsOn);
  checkDateList(problems, 'evaluationDates', command.evaluationDates, command.startsOn);
  checkMark(problems, command.investigationSensitive);
  problems.throwIfAny(command.type);
  requireOpenLog(state, rules, 'measure');
  if (state.measures.has(command.measureId)) throw new DuplicateEntryError(state.caseId, 'measure', command.measureId);
  requireOwnMeasure(state.caseId, command.actor, command.owner, context.responsibleUnitId);
  requireParticipating(state, command.owner.unitId, 'measure-owner');
  if (command.goalId !== undefined && !state.goalIds.has(command.goalId)) {
    refuseField(command.type, 'goalId', 'no such goal in the log', 'Målet finnes ikke i stafettloggen.');
  }
  return [
    {
      type: 'MeasureAdded',
      data: {
        ...stamp(command),
        measureId: command.measureId,
        owner: serviceRefOf(command.owner),
        responsiblePractitionerId: command.responsiblePractitionerId,
        goal: command.goal,
        ...optional('goalId', command.goalId),
        startsOn: command.startsOn,
        evaluationDates: [...command.evaluationDates].sort(),
        ...marked(command),
      },
    },
  ];
}

/** A measure that exists, is owned by the actor's unit, and has not ended. */
function runningMeasure(state: OpenCase, measureId: string, actor: C.EvaluateMeasure['actor']): MeasureState {
  const measure = state.measures.get(measureId);
  if (measure === undefined) throw new MeasureNotFoundError(state.caseId, measureId);
  requireOwnExistingMeasure(state.caseId, actor, measure.owner);
  if (measure.endedOn !== undefined) throw new MeasureEndedError(state.caseId, measureId, measure.endedOn);
  return measure;
}

export function evaluateMeasure(command: C.EvaluateMeasure, state: OpenCase, rules: ConcernRules): E.MeasureEvaluated[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'measureId', command.measureId);
  checkDate(problems, 'evaluatedOn', command.evaluatedOn);
  if (!(MEASURE_EFFECTS as readonly unknown[]).includes(command.effect)) {
    problems.add('effect', `must be one of ${MEASURE_EFFECTS.join(', ')}`, 'Velg om det har blitt bedre, er uendret eller har blitt verre.');
  }
  checkText(problems, 'note', command.note);
  checkOptionalDate(problems, 'nextEvaluationOn', command.nextEvaluationOn);
  if (command.nextEvaluationOn !== undefined && command.nextEvaluationOn <= command.evaluatedOn) {
    problems.add('nextEvaluationOn', 'must be after the evaluation', 'Neste evaluering må være etter denne.');
  }
  checkMark(problems, command.investigationSensitive);
  problems.throwIfAny(command.type);
  requireOpenLog(state, rules, 'measure');
  const measure = runningMeasure(state, command.measureId, command.actor);
  if (command.evaluatedOn < measure.startsOn) {
    refuseField(command.type, 'evaluatedOn', 'before the measure started', 'Tiltaket kan ikke evalueres før det har startet.');
  }
  const { measureId, evaluatedOn, effect, note, nextEvaluationOn } = command;
  return [
    { type: 'MeasureEvaluated', data: { ...stamp(command), measureId, evaluatedOn, effect, note, ...optional('nextEvaluationOn', nextEvaluationOn), ...marked(command) } },
  ];
}

export function endMeasure(command: C.EndMeasure, state: OpenCase, rules: ConcernRules): E.MeasureEnded[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'measureId', command.measureId);
  checkDate(problems, 'endedOn', command.endedOn);
  checkText(problems, 'reason', command.reason);
  problems.throwIfAny(command.type);
  requireOpenLog(state, rules, 'measure');
  const measure = runningMeasure(state, command.measureId, command.actor);
  if (command.endedOn < measure.startsOn) {
    refuseField(command.type, 'endedOn', 'before the measure started', 'Tiltaket kan ikke avsluttes før det har startet.');
  }
  const { measureId, endedOn, reason } = command;
  return [{ type: 'MeasureEnded', data: { ...stamp(command), measureId, endedOn, reason } }];
}

function checkChildsVoice(problems: ReturnType<typeof envelopeProblems>, voice: ChildsVoice | undefined): void {
  if (voice?.kind === 'heard') checkText(problems, 'childsVoice.said', voice.said);
  else if (voice?.kind === 'not-heard') checkText(problems, 'childsVoice.reason', voice.reason);
  else {
    problems.add(
      'childsVoice',
      'must say what the child said or why the child was not heard',
      'Barnets stemme må dokumenteres: hva barnet sa, eller hvorfor barnet ikke ble hørt.',
    );
  }
}

export function recordMeeting(command: C.RecordMeeting, state: OpenCase, rules: ConcernRules): E.MeetingRecorded[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'meetingId', command.meetingId);
  checkDate(problems, 'heldOn', command.heldOn);
  checkTextList(problems, 'participants', command.participants, 'Oppgi hvem som deltok i møtet.');
  if (!Array.isArray(command.decisions)) problems.add('decisions', 'must be a list', 'Beslutningene må være en liste.');
  else command.decisions.forEach((decision, i) => checkText(problems, `decisions[${i}]`, decision));
  checkOptionalDate(problems, 'nextMeetingOn', command.nextMeetingOn);
  if (command.nextMeetingOn !== undefined && command.nextMeetingOn <= command.heldOn) {
    problems.add('nextMeetingOn', 'must be after the meeting', 'Neste møte må være etter dette møtet.');
  }
  checkChildsVoice(problems, command.childsVoice);
  checkMark(problems, command.investigationSensitive);
  problems.throwIfAny(command.type);
  requireOpenLog(state, rules, 'log-entry');
  if (state.meetingIds.has(command.meetingId)) throw new DuplicateEntryError(state.caseId, 'meeting', command.meetingId);
  const { meetingId, heldOn, participants, decisions, nextMeetingOn, childsVoice } = command;
  return [
    {
      type: 'MeetingRecorded',
      data: {
        ...stamp(command),
        meetingId,
        heldOn,
        participants: [...participants],
        decisions: [...decisions],
        ...optional('nextMeetingOn', nextMeetingOn),
        childsVoice: childsVoice.kind === 'heard' ? { kind: 'heard', said: childsVoice.said } : { kind: 'not-heard', reason: childsVoice.reason },
        ...marked(command),
      },
    },
  ];
}

export function recordAgreement(command: C.RecordAgreement, state: OpenCase, rules: ConcernRules): E.AgreementRecorded[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'agreementId', command.agreementId);
  checkText(problems, 'text', command.text);
  checkOptionalText(problems, 'responsible', command.responsible, MAX_SHORT_TEXT_LENGTH);
  checkOptionalDate(problems, 'dueOn', command.dueOn);
  checkMark(problems, command.investigationSensitive);
  problems.throwIfAny(command.type);
  requireOpenLog(state, rules, 'log-entry');
  if (state.agreementIds.has(command.agreementId)) throw new DuplicateEntryError(state.caseId, 'agreement', command.agreementId);
  const { agreementId, text, responsible, dueOn } = command;
  return [
    { type: 'AgreementRecorded', data: { ...stamp(command), agreementId, text, ...optional('responsible', responsible), ...optional('dueOn', dueOn), ...marked(command) } },
  ];
}
