import { assertNever, type Decider, FieldProblems } from '@stafett/kernel';
import type { ConsentCommand, RecordConsent, WithdrawConsent } from './consent.commands';
import {
  ConsentAlreadyRecordedError,
  ConsentAlreadyWithdrawnError,
  ConsentNotFoundError,
  ConsentPartyMissingError,
  ConsentRecorderForbiddenError,
  DigitalConsentFromStaffForbiddenError,
} from './consent.refusals';
import type { ConsentEvent, ConsentRecorded, ConsentWithdrawn } from './consent.events';
import { evolveConsent, initialConsentState, type ConsentState } from './consent.state';
import { checkRecordConsentShape, isGrantorRef } from './consent.validation';
import { ageOn, sameGrantor, type ConsentRules, type GrantorRef, type RecordedGrantor } from './consent.values';

/** The child's registration as far as consent needs it, looked up by the application before deciding. */
export interface ConsentParties {
  readonly childId: string;
  /** In registration order: `guardianIndex` is the position here. */
  readonly guardians: ReadonlyArray<{ readonly holdsParentalResponsibility: boolean }>;
  /** Absent for an unborn child. */
  readonly childBirthDate?: string;
}

/** What the organisation knows, for checking the grantees and who verified a consent. */
export interface ConsentOrganisation {
  /** The unit's service type, or undefined for a unit that does not exist. */
  unitServiceType(unitId: string): string | undefined;
  isServiceType(code: string): boolean;
  /** The practitioner's unit, or undefined for someone the organisation does not know. */
  practitionerUnit(practitionerId: string): string | undefined;
}

export interface ConsentDecisionContext {
  readonly rules: ConsentRules;
  /** RecordConsent: the child's registration; absent when the child is unknown (fails closed). */
  readonly parties?: ConsentParties;
  /**
   * The recorder's unit owns an open case of the child, or holds its baton, with its participation
   * in force (issue 10 item 4). Absent: refused.
   */
  readonly recorderCoordinates?: boolean;
  /** RecordConsent: the organisation's answers; absent, no grantee and no verifier is known. */
  readonly organisation?: ConsentOrganisation;
}

/**
 * Who must grant: every guardian with parental responsibility, and the child from the configured
 * age. A consent to share health information only is the child's alone from the health consent age
 * (pasient- og brukerrettighetsloven § 4-3): the guardians may sign too, but need not.
 */
export function requiredParties(parties: ConsentParties, rules: ConsentRules, today: string, provision?: RecordConsent['provision']): GrantorRef[] {
  const age = parties.childBirthDate === undefined ? undefined : ageOn(parties.childBirthDate, today);
  const categories = provision?.categories ?? [];
  const healthOnly = categories.length > 0 && categories.every((category) => category === 'health');
  if (healthOnly && age !== undefined && age >= rules.healthConsentAge) return [{ kind: 'child' }];
  const guardians: GrantorRef[] = parties.guardians.flatMap((g, guardianIndex) => (g.holdsParentalResponsibility ? [{ kind: 'guardian' as const, guardianIndex }] : []));
  return age !== undefined && age >= rules.childConsentAge ? [...guardians, { kind: 'child' }] : guardians;
}

/** Grantees must be units or service types that exist, and a unit named with a type must be of it. */
function checkGrantees(command: RecordConsent, organisation: ConsentOrganisation | undefined, problems: FieldProblems): void {
  command.grantees.forEach((grantee, index) => {
    const unitType = grantee.unitId === undefined ? undefined : organisation?.unitServiceType(grantee.unitId);
    if (grantee.unitId !== undefined && unitType === undefined) {
      problems.add(`grantees[${index}].unitId`, 'no such unit', 'Enheten finnes ikke i organisasjonen.');
    }
    if (grantee.serviceType !== undefined && organisation?.isServiceType(grantee.serviceType) !== true) {
      problems.add(`grantees[${index}].serviceType`, 'no such service type', 'Tjenestetypen finnes ikke.');
    } else if (grantee.serviceType !== undefined && unitType !== undefined && unitType !== grantee.serviceType) {
      problems.add(`grantees[${index}].serviceType`, 'the unit is of another service type', 'Enheten hører til en annen tjenestetype.');
    }
  });
}

/** The one who verified a paper or meeting consent works in the recording unit. */
function checkVerifier(command: RecordConsent, organisation: ConsentOrganisation | undefined, problems: FieldProblems): void {
  const form = command.form;
  if (form.kind === 'digital' || organisation?.practitionerUnit(form.verifiedBy.trim()) === command.actor.unitId) return;
  problems.add('form.verifiedBy', 'the verifier is not a practitioner of the recording unit', 'Den som kontrollerte samtykket, må være ansatt i enheten som registrerer det.');
}

export function recordConsent(command: RecordConsent, state: ConsentState, context: ConsentDecisionContext): ConsentRecorded[] {
  if (state.status !== 'none') throw new ConsentAlreadyRecordedError(command.consentId);
  const { parties, rules } = context;
  if (context.recorderCoordinates !== true) throw new ConsentRecorderForbiddenError(command.actor?.unitId ?? '', 'record');
  if ((command.form as { kind?: unknown } | undefined)?.kind === 'digital') throw new DigitalConsentFromStaffForbiddenError();
  const today = command.at.slice(0, 10);
  const problems = new FieldProblems();
  if (!parties || parties.childId !== command.childId) problems.add('childId', 'the child is not registered', 'Barnet er ikke registrert.');
  checkRecordConsentShape(command, problems);
  problems.throwIfAny(command.type);
  checkGrantees(command, context.organisation, problems);
  checkVerifier(command, context.organisation, problems);
  problems.throwIfAny(command.type);
  const known = parties as ConsentParties;

  const required = requiredParties(known, rules, today, command.provision);
  const grantors: RecordedGrantor[] = [];
  command.grantors.forEach((grantor, index) => {
    if (grantors.some((g) => sameGrantor(g, grantor))) problems.add(`grantors[${index}]`, 'grantor listed twice', 'Samme part er oppgitt to ganger.');
    else if (grantor.kind === 'child') {
      if (!required.some((p) => p.kind === 'child')) {
        problems.add(`grantors[${index}]`, 'the child is below the consent age', `Barnet samtykker selv først fra ${rules.childConsentAge} år.`);
      }
      grantors.push({ kind: 'child' });
    } else {
      const guardian = known.guardians[grantor.guardianIndex];
      if (!guardian) problems.add(`grantors[${index}]`, 'no such guardian in the registration', 'Den foresatte finnes ikke i registreringen av barnet.');
      else if (!guardian.holdsParentalResponsibility) {
        problems.add(`grantors[${index}]`, 'the guardian has no parental responsibility', 'Den foresatte har ikke foreldreansvar og kan ikke samtykke.');
      }
      grantors.push({ kind: 'guardian', guardianIndex: grantor.guardianIndex, holdsParentalResponsibility: guardian?.holdsParentalResponsibility ?? false });
    }
  });
  const missing = required.filter((party) => !command.grantors.some((g) => sameGrantor(g, party)));
  const reason = command.missingPartyReason;
  if (reason !== undefined) {
    if (!rules.acceptedMissingPartyReasons.includes(reason)) {
      problems.add('missingPartyReason', 'not an accepted reason', `Grunnen er ikke godkjent. Godkjente grunner: ${rules.acceptedMissingPartyReasons.join(', ')}.`);
    } else if (missing.length === 0) {
      problems.add('missingPartyReason', 'no required party is missing', 'Ingen part mangler, så det skal ikke oppgis en grunn.');
    }
  }
  problems.throwIfAny(command.type);
  if (missing.length > 0 && reason === undefined) throw new ConsentPartyMissingError(missing);

  return [
    {
      type: 'ConsentRecorded',
      data: {
        consentId: command.consentId,
        childId: command.childId,
        grantors,
        ...(missing.length > 0 ? { missingParties: missing, missingPartyReason: reason } : {}),
        grantees: command.grantees.map((g) => ({ ...(g.unitId === undefined ? {} : { unitId: g.unitId }), ...(g.serviceType === undefined ? {} : { serviceType: g.serviceType }) })),
        decision: command.decision,
        period: { from: command.period.from, ...(command.period.to === undefined ? {} : { to: command.period.to }) },
        provision: command.provision,
        form:
          command.form.kind === 'digital'
            ? { kind: 'digital' }
            : { kind: command.form.kind, verifiedBy: command.form.verifiedBy.trim(), verifiedAt: command.form.verifiedAt, reference: command.form.reference.trim() },
        recordedBy: { ...command.actor },
        recordedAt: command.at,
      },
    },
  ];
}

export function withdrawConsent(command: WithdrawConsent, state: ConsentState, context: ConsentDecisionContext): ConsentWithdrawn[] {
  if (state.status === 'none') throw new ConsentNotFoundError(command.consentId);
  // The family may tell any unit the consent names that they withdraw it; the case's coordinator too.
  const named = state.facts.grantees.some((g) => (g.unitId !== undefined ? g.unitId === command.actor.unitId : g.serviceType === command.actor.serviceType));
  if (context.recorderCoordinates !== true && !named) throw new ConsentRecorderForbiddenError(command.actor.unitId, 'withdraw');
  if (state.facts.withdrawnAt !== undefined) throw new ConsentAlreadyWithdrawnError(command.consentId);
  const by = command.withdrawnBy;
  const grantor = by?.kind === 'grantor' ? by.grantor : by?.kind === 'practitioner' ? by.onBehalfOf : undefined;
  if (!isGrantorRef(grantor) || !state.grantors.some((g) => sameGrantor(g, grantor))) {
    new FieldProblems().add('withdrawnBy', 'only a grantor of this consent can withdraw it', 'Bare en som har gitt samtykket, kan trekke det tilbake.').throwIfAny(command.type);
  }
  return [
    {
      type: 'ConsentWithdrawn',
      data: { consentId: state.facts.consentId, childId: state.facts.childId, withdrawnBy: by, recordedBy: { ...command.actor }, withdrawnAt: command.at },
    },
  ];
}

export function decideConsent(command: ConsentCommand, state: ConsentState, context: ConsentDecisionContext): ConsentEvent[] {
  switch (command.type) {
    case 'RecordConsent':
      return recordConsent(command, state, context);
    case 'WithdrawConsent':
      return withdrawConsent(command, state, context);
    default:
      return assertNever(command, 'consent command');
  }
}

export type ConsentDecider = Decider<ConsentCommand, ConsentEvent, ConsentState, ConsentDecisionContext>;

export const consentDecider: ConsentDecider = { decide: decideConsent, evolve: evolveConsent, initialState: initialConsentState };
