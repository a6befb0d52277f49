import { assertNever, type Decider } from '../../../organisation/src/domain/domain-event';
import { FieldProblems } from '../../../organisation/src/domain/domain-error';
import type { ConsentCommand, RecordConsent, WithdrawConsent } from './consent.commands';
import { ConsentAlreadyRecordedError, ConsentAlreadyWithdrawnError, ConsentNotFoundError, ConsentPartyMissingError } from './consent.errors';
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

export interface ConsentDecisionContext {
  readonly rules: ConsentRules;
  /** RecordConsent: the child's registration; absent when the child is unknown (fails closed). */
  readonly parties?: ConsentParties;
}

/** Who must grant: every guardian with parental responsibility, and the child from the configured age. */
export function requiredParties(parties: ConsentParties, rules: ConsentRules, today: string): GrantorRef[] {
  const guardians: GrantorRef[] = parties.guardians.flatMap((g, guardianIndex) => (g.holdsParentalResponsibility ? [{ kind: 'guardian' as const, guardianIndex }] : []));
  const childConsents = parties.childBirthDate !== undefined && ageOn(parties.childBirthDate, today) >= rules.childConsentAge;
  return childConsents ? [...guardians, { kind: 'child' }] : guardians;
}

export function recordConsent(command: RecordConsent, state: ConsentState, context: ConsentDecisionContext): ConsentRecorded[] {
  if (state.status !== 'none') throw new ConsentAlreadyRecordedError(command.consentId);
  const { parties, rules } = context;
  const today = command.at.slice(0, 10);
  const problems = new FieldProblems();
  if (!parties || parties.childId !== command.childId) problems.add('childId', 'the child is not registered', 'Barnet er ikke registrert.');
  checkRecordConsentShape(command, problems);
  problems.throwIfAny(command.type);
  const known = parties as ConsentParties;

  const required = requiredParties(known, rules, today);
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
        form: command.form.kind === 'paper' ? { kind: 'paper', verifiedBy: command.form.verifiedBy.trim(), verifiedAt: command.form.verifiedAt } : { kind: 'digital' },
        recordedBy: { ...command.actor },
        recordedAt: command.at,
      },
    },
  ];
}

export function withdrawConsent(command: WithdrawConsent, state: ConsentState): ConsentWithdrawn[] {
  if (state.status === 'none') throw new ConsentNotFoundError(command.consentId);
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
      return withdrawConsent(command, state);
    default:
      return assertNever(command, 'consent command');
  }
}

export type ConsentDecider = Decider<ConsentCommand, ConsentEvent, ConsentState, ConsentDecisionContext>;

export const consentDecider: ConsentDecider = { decide: decideConsent, evolve: evolveConsent, initialState: initialConsentState };
