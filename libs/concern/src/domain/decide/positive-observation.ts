import { levelLabel, type ConcernRules } from '../concern.rules';
import type { OpenCase } from '../concern.state';
import { checkDate, checkEntityId, checkOptionalText, checkText } from '../concern.validation';
import { dayOf } from '../concern.values';
import type { PositiveObservationRecorded, RecordPositiveObservation } from '../positive-observation';
import { PositiveObservationOutsideLogError } from '../concern.refusals';
import { envelopeProblems, requireOpenLog, stamp } from './common';

/**
 * Lysglimt (BTI's strength-based practice): a unit in the case writes down what went well for the
 * child, in the open stafettlogg. Who may write (a unit taking part, its joining consent in force)
 * and the closed case are decided before this, as for every log entry.
 */
export function recordPositiveObservation(command: RecordPositiveObservation, state: OpenCase, rules: ConcernRules): PositiveObservationRecorded[] {
  const problems = envelopeProblems(command);
  checkEntityId(problems, 'observationId', command.observationId);
  checkDate(problems, 'observedOn', command.observedOn);
  if (typeof command.observedOn === 'string' && typeof command.at === 'string' && command.observedOn > dayOf(command.at)) {
    problems.add('observedOn', 'must not be after the day of recording', 'Et lysglimt kan ikke registreres før det har skjedd.');
  }
  checkText(problems, 'text', command.text);
  checkOptionalText(problems, 'childsOwnWords', command.childsOwnWords);
  problems.throwIfAny(command.type);
  if (state.level === 0) throw new PositiveObservationOutsideLogError(state.caseId, state.level, levelLabel(rules, state.level));
  requireOpenLog(state, rules, 'log-entry');
  const { observationId, observedOn, text, childsOwnWords } = command;
  return [
    {
      type: 'PositiveObservationRecorded',
      data: { ...stamp(command), observationId, observedOn, text, ...(childsOwnWords === undefined ? {} : { childsOwnWords }) },
    },
  ];
}
