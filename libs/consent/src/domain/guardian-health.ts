import type { DomainEvent } from '@stafett/kernel';
import { ChildTooYoungError, HealthServiceOnlyForbiddenError } from './consent.refusals';
import { ageOn, type ConsentRecorder, type ConsentRules } from './consent.values';

// Pasient- og brukerrettighetsloven § 3-4: from 12 the child may ask that health information is not
// given to the guardians. A health service the child sees records the wish; what the guardians see
// (the access report, later their portal) honours it until the wish is lifted.

/** One stream per child. */
export const guardianHealthStreamId = (childId: string): string => `guardian-health-${childId.toLowerCase()}`;

export type HealthInformationWithheldFromGuardians = DomainEvent<'HealthInformationWithheldFromGuardians', { childId: string; recordedBy: ConsentRecorder; recordedAt: string }>;
export type HealthInformationReleasedToGuardians = DomainEvent<'HealthInformationReleasedToGuardians', { childId: string; recordedBy: ConsentRecorder; recordedAt: string }>;
export type GuardianHealthEvent = HealthInformationWithheldFromGuardians | HealthInformationReleasedToGuardians;

export interface GuardianHealthCommand {
  readonly type: 'WithholdHealthInformationFromGuardians' | 'ReleaseHealthInformationToGuardians';
  readonly childId: string;
  readonly actor: ConsentRecorder;
  readonly at: string;
}

export interface GuardianHealthContext {
  readonly rules: ConsentRules;
  /** The child's birth date; absent for an unborn child. */
  readonly childBirthDate?: string;
  /** The recorder's unit is a health service in one of the child's cases. Absent: refused. */
  readonly recorderIsHealthServiceOfChild?: boolean;
}

/** The stream folded: whether the guardians are to see nothing of the child's health services. */
export const guardianHealthModel = {
  initialState: (): boolean => false,
  evolve: (withheld: boolean, event: { readonly type: string }): boolean =>
    event.type === 'HealthInformationWithheldFromGuardians' ? true : event.type === 'HealthInformationReleasedToGuardians' ? false : withheld,
};

export function guardianHealthWithheld(events: readonly { type: string }[]): boolean {
  return events.reduce(guardianHealthModel.evolve, guardianHealthModel.initialState());
}

/** Records the child's wish, or lifts it; a wish already in the wanted state appends nothing. */
export function decideGuardianHealth(command: GuardianHealthCommand, withheld: boolean, context: GuardianHealthContext): GuardianHealthEvent[] {
  if (context.recorderIsHealthServiceOfChild !== true) throw new HealthServiceOnlyForbiddenError();
  const minimum = context.rules.guardianHealthRestrictionAge;
  if (context.childBirthDate === undefined || ageOn(context.childBirthDate, command.at.slice(0, 10)) < minimum) throw new ChildTooYoungError(minimum);
  const data = { childId: command.childId, recordedBy: { ...command.actor }, recordedAt: command.at };
  if (command.type === 'WithholdHealthInformationFromGuardians') return withheld ? [] : [{ type: 'HealthInformationWithheldFromGuardians', data }];
  return withheld ? [{ type: 'HealthInformationReleasedToGuardians', data }] : [];
}
