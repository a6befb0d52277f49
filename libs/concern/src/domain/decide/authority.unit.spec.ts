import { deciderSpec } from '@stafett/kernel/testing';
import { NotOwningUnitError, NotOwnUnitForbiddenError, NotStafettholderError, ParticipationLapsedForbiddenError } from '../concern-authority.refusals';
import { createConcernDecider } from '../concern.decide';
import { concernRules } from '../concern.rules';
import type { PractitionerActor } from '../concern.values';
import {
  allowed,
  AT,
  by,
  caseId,
  clinic,
  measureAdded,
  nurse,
  otherTeacher,
  registered,
  school,
  stillCovered,
  teacher,
  withClinic,
} from '../testing/concern.fixtures';

// Authority to write (issue 10 item 3; docs/confidentiality.md, "Who may write").
const decider = createConcernDecider();
const spec = deciderSpec(decider, allowed);
const leader: PractitionerActor = { ...otherTeacher, practitionerId: 'rektor-1' };
const clinicMeasure = { ...measureAdded('tiltak-h', clinic), data: { ...measureAdded('tiltak-h', clinic).data, responsiblePractitionerId: nurse.practitionerId } };
const raise = (actor: PractitionerActor) => ({ type: 'ChangeLevel', caseId, actor, at: AT, to: 3, reason: 'SECRET: flere må inn' }) as const;

describe('when a unit acts in another unit’s name', () => {
  it('refuses a measure owned by another unit', () =>
    spec.given(withClinic).when({ type: 'AddMeasure', caseId, actor: teacher, at: AT, measureId: 'tiltak-x', owner: clinic, responsiblePractitionerId: nurse.practitionerId, goal: 'SECRET', startsOn: '2026-03-05', evaluationDates: ['2026-04-01'] }).thenThrows(NotOwnUnitForbiddenError, (e) => expect(e.code).toBe('not-own-unit')));

  it('refuses a responsible person from another unit, and one the organisation does not know', () => {
    const add = { type: 'AddMeasure', caseId, actor: teacher, at: AT, measureId: 'tiltak-x', owner: school, responsiblePractitionerId: nurse.practitionerId, goal: 'SECRET', startsOn: '2026-03-05', evaluationDates: ['2026-04-01'] } as const;
    deciderSpec(decider, { ...allowed, responsibleUnitId: clinic.unitId }).given(withClinic).when(add).thenThrows(NotOwnUnitForbiddenError);
    deciderSpec(decider, { ...allowed, responsibleUnitId: undefined }).given(withClinic).when(add).thenThrows(NotOwnUnitForbiddenError);
  });

  it('refuses evaluating or ending another unit’s measure', () => {
    spec.given([...withClinic, clinicMeasure]).when({ type: 'EvaluateMeasure', caseId, actor: teacher, at: AT, measureId: 'tiltak-h', evaluatedOn: '2026-04-01', effect: 'better', note: 'SECRET' }).thenThrows(NotOwnUnitForbiddenError);
    spec.given([...withClinic, clinicMeasure]).when({ type: 'EndMeasure', caseId, actor: teacher, at: AT, measureId: 'tiltak-h', endedOn: '2026-04-01', reason: 'SECRET' }).thenThrows(NotOwnUnitForbiddenError);
  });
});

describe('when someone without the baton coordinates', () => {
  it('refuses a participant changing the level, handing over, taking services in or closing', () => {
    spec.given(withClinic).when(raise(nurse)).thenThrows(NotStafettholderError, (e) => expect(e.userMessage).toBe('Bare stafettholderen kan endre nivået i saken.'));
    spec.given(withClinic).when({ type: 'CloseCase', caseId, actor: nurse, at: AT, closingNote: 'SECRET' }).thenThrows(NotStafettholderError);
    spec.given(withClinic).when({ type: 'AddParticipatingService', caseId, actor: nurse, at: AT, service: school }).thenThrows(NotStafettholderError);
    spec.given(withClinic).when({ type: 'ProposeHandover', caseId, actor: otherTeacher, at: AT, to: { ...nurse }, familyWish: 'SECRET' }).thenThrows(NotStafettholderError);
  });

  it('refuses the owning unit’s leader unless the municipality’s rules let leaders coordinate', () => {
    deciderSpec(decider, { ...allowed, actorRoles: ['leader'] }).given(withClinic).when(raise(leader)).thenThrows(NotStafettholderError);
    deciderSpec(createConcernDecider(concernRules({ leaderMayCoordinate: true })), { ...allowed, actorRoles: ['leader'] })
      .given(withClinic)
      .when(raise(leader))
      .then([{ type: 'LevelChanged', data: { ...by(leader), from: 2, to: 3, reason: 'SECRET: flere må inn' } }]);
  });

  it('leaves the level-0 decision to the unit that registered the concern', () =>
    spec.given([registered]).when({ type: 'DecideAtLevelZero', caseId, actor: nurse, at: AT, decision: { outcome: 'close', reason: 'SECRET' } }).thenThrows(NotOwningUnitError));
});

describe('when the consent a unit joined on is withdrawn or expired', () => {
  const lapsed = { ...allowed, participation: [] };
  it('refuses that unit every write', () => {
    deciderSpec(decider, lapsed).given(withClinic).when({ type: 'RecordAgreement', caseId, actor: nurse, at: AT, agreementId: 'avtale-1', text: 'SECRET' }).thenThrows(ParticipationLapsedForbiddenError, (e) => expect(e.code).toBe('participation-lapsed'));
  });

  it('leaves the owning unit, which joined on nobody’s consent, free to act', () =>
    deciderSpec(decider, lapsed)
      .given(withClinic)
      .when({ type: 'RecordAgreement', caseId, actor: teacher, at: AT, agreementId: 'avtale-1', text: 'SECRET: avtale' })
      .then([{ type: 'AgreementRecorded', data: { ...by(teacher), agreementId: 'avtale-1', text: 'SECRET: avtale' } }]));

  it('lets the owning unit’s leader coordinate when the stafettholder’s own unit has lapsed', () => {
    const handedToClinic = [...withClinic, { type: 'HandoverProposed', data: { ...by(), from: { practitionerId: 'laerer-1', unitId: 'skole-a', serviceType: 'skole' }, to: { practitionerId: nurse.practitionerId, unitId: clinic.unitId, serviceType: clinic.serviceType }, familyWish: 'SECRET' } }, { type: 'HandoverAccepted', data: { ...by(nurse), from: { practitionerId: 'laerer-1', unitId: 'skole-a', serviceType: 'skole' }, to: { practitionerId: nurse.practitionerId, unitId: clinic.unitId, serviceType: clinic.serviceType } } }] as const;
    deciderSpec(decider, { ...lapsed, actorRoles: ['leader'] }).given([...handedToClinic]).when(raise(leader)).then([{ type: 'LevelChanged', data: { ...by(leader), from: 2, to: 3, reason: 'SECRET: flere må inn' } }]);
    deciderSpec(decider, { ...allowed, participation: stillCovered(clinic), actorRoles: ['leader'] }).given([...handedToClinic]).when(raise(leader)).thenThrows(NotStafettholderError);
  });
});
