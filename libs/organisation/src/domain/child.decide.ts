import type { EncryptedField, LookupHash } from '@stafett/identity';
import type { ChildCommand, RegisterChild } from './child.commands';
import { ChildAlreadyRegisteredError } from './organisation.refusals';
import type { ChildEvent, ChildRegistered, EncryptedChildSubject } from './child.events';
import { evolveChild, initialChildState, type ChildState } from './child.state';
import { validateRegisterChild, type ChildValidationContext, type ValidChildRegistration } from './child.validation';
import { assertNever, type Decider } from '@stafett/kernel';

/**
 * Injected so that the decider stays pure: `encrypt` is the child's cipher (PersonalDataVault's
 * ChildCipher.encrypt, fetched by the handler before deciding), `lookupHash` the keyed hash
 * (NationalIdHasher.hash). Neither is ever given clear text to keep.
 */
export interface PersonalDataProtection {
  encrypt(plaintext: string): EncryptedField;
  lookupHash(nationalId: string): LookupHash;
}

export interface ChildDecisionContext extends ChildValidationContext {
  readonly protection: PersonalDataProtection;
}

/** Builds the event from a validated registration: every personal value encrypted, ids hashed. */
export function buildChildRegistered(registration: ValidChildRegistration, protection: PersonalDataProtection): ChildRegistered {
  const { encrypt, lookupHash } = protection;
  const { subject } = registration;
  const encryptedSubject: EncryptedChildSubject =
    subject.kind === 'born'
      ? {
          kind: 'born',
          nationalId: encrypt(subject.nationalId),
          nationalIdLookup: lookupHash(subject.nationalId),
          birthDate: encrypt(subject.birthDate),
          ...(subject.name === undefined ? {} : { name: encrypt(subject.name) }),
        }
      : {
          kind: 'unborn',
          motherNationalId: encrypt(subject.motherNationalId),
          motherNationalIdLookup: lookupHash(subject.motherNationalId),
          expectedDate: encrypt(subject.expectedDate),
        };
  return {
    type: 'ChildRegistered',
    data: {
      childId: registration.childId,
      subject: encryptedSubject,
      homeMunicipality: registration.homeMunicipality,
      guardians: registration.guardians.map((guardian) => ({
        nationalId: encrypt(guardian.nationalId),
        nationalIdLookup: lookupHash(guardian.nationalId),
        name: encrypt(guardian.name),
        holdsParentalResponsibility: guardian.holdsParentalResponsibility,
      })),
    },
  };
}

/**
 * Registers a child once. That no other child id already holds the same national id is checked
 * by the handler against the look-up index (it spans streams), not here.
 */
export function registerChild(command: RegisterChild, state: ChildState, context: ChildDecisionContext): ChildRegistered[] {
  if (state.status === 'registered') throw new ChildAlreadyRegisteredError(state.childId);
  return [buildChildRegistered(validateRegisterChild(command, context), context.protection)];
}

export function decideChild(command: ChildCommand, state: ChildState, context: ChildDecisionContext): ChildEvent[] {
  switch (command.type) {
    case 'RegisterChild':
      return registerChild(command, state, context);
    default:
      return assertNever(command.type, 'child command');
  }
}

export type ChildDecider = Decider<ChildCommand, ChildEvent, ChildState, ChildDecisionContext>;

export const childDecider: ChildDecider = {
  decide: decideChild,
  evolve: evolveChild,
  initialState: initialChildState,
};
