import { FieldProblems, InvalidCommandError } from '@stafett/kernel';
import { assertNever, type Decider } from '@stafett/kernel';
import type { AnonymousConsultationCommand, RecordAnonymousConsultation } from './anonymous-consultation.commands';
import type { AnonymousConsultationEvent, AnonymousConsultationRecorded } from './anonymous-consultation.events';
import {
  evolveAnonymousConsultation,
  initialAnonymousConsultationState,
  type AnonymousConsultationState,
} from './anonymous-consultation.state';
import type { ConsultationFacts } from './concern.context';
import { ConsultationAlreadyRecordedError } from './concern.refusals';
import { checkActor, checkDate, checkEntityId, checkServiceType, checkText, checkTimestamp, checkUuid, MAX_TEXT_LENGTH } from './concern.validation';
import { dayOf, practitionerRef } from './concern.values';

/** Eleven digits in a row, allowing one space after the birth date: what a fødselsnummer or D-number looks like. */
const LOOKS_LIKE_NATIONAL_ID = /(?<!\d)\d{6}\s?\d{5}(?!\d)/;

export function recordAnonymousConsultation(
  command: RecordAnonymousConsultation,
  state: AnonymousConsultationState,
): AnonymousConsultationRecorded[] {
  const problems = new FieldProblems();
  checkTimestamp(problems, 'at', command.at);
  checkActor(problems, 'actor', command.actor, false);
  checkUuid(problems, 'consultationId', command.consultationId);
  const consulted = command.consultedService ?? {};
  checkServiceType(problems, 'consultedService.serviceType', consulted.serviceType);
  if (consulted.unitId !== undefined) checkEntityId(problems, 'consultedService.unitId', consulted.unitId);
  checkDate(problems, 'heldOn', command.heldOn);
  if (typeof command.heldOn === 'string' && typeof command.at === 'string' && command.heldOn > dayOf(command.at)) {
    problems.add('heldOn', 'must not be after the day of recording', 'Drøftingen kan ikke registreres før den er holdt.');
  }
  for (const field of ['topic', 'advice'] as const) {
    checkText(problems, field, command[field], MAX_TEXT_LENGTH);
    if (typeof command[field] === 'string' && LOOKS_LIKE_NATIONAL_ID.test(command[field])) {
      problems.add(field, 'looks like it contains a national id', 'Teksten ser ut til å inneholde et fødselsnummer. En anonym drøfting skal ikke kunne identifisere barnet.');
    }
  }
  problems.throwIfAny(command.type);
  if (consulted.unitId !== undefined && consulted.unitId === command.actor.unitId) {
    throw new InvalidCommandError(command.type, [
      { field: 'consultedService.unitId', message: 'must be another unit than the actor’s', userMessage: 'En anonym drøfting er med en annen tjeneste enn din egen.' },
    ]);
  }
  if (state.status === 'recorded') throw new ConsultationAlreadyRecordedError(state.consultationId);
  const { consultationId, at, heldOn, topic, advice } = command;
  return [
    {
      type: 'AnonymousConsultationRecorded',
      data: {
        consultationId,
        by: practitionerRef(command.actor),
        at,
        consultedService: { serviceType: consulted.serviceType, ...(consulted.unitId === undefined ? {} : { unitId: consulted.unitId }) },
        heldOn,
        topic,
        advice,
      },
    },
  ];
}

export function decideAnonymousConsultation(command: AnonymousConsultationCommand, state: AnonymousConsultationState): AnonymousConsultationEvent[] {
  switch (command.type) {
    case 'RecordAnonymousConsultation':
      return recordAnonymousConsultation(command, state);
    default:
      return assertNever(command.type, 'anonymous consultation command');
  }
}

export type AnonymousConsultationDecider = Decider<AnonymousConsultationCommand, AnonymousConsultationEvent, AnonymousConsultationState, void>;

export const anonymousConsultationDecider: AnonymousConsultationDecider = {
  decide: (command, state) => decideAnonymousConsultation(command, state),
  evolve: evolveAnonymousConsultation,
  initialState: initialAnonymousConsultationState,
};

/** What the case decider needs to link this consultation (ConcernDecisionContext.consultation); undefined if none was recorded. */
export function consultationFacts(state: AnonymousConsultationState): ConsultationFacts | undefined {
  return state.status === 'recorded' ? { consultationId: state.consultationId, recordedBy: state.recordedBy } : undefined;
}
