import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import { NotStafettholderError } from '../concern-authority.refusals';
import { createConcernDecider } from '../concern.decide';
import { HandoverAlreadyPendingError, HandoverToSelfError, NoPendingHandoverError, NotProposedReceiverError } from '../concern.refusals';
import { ConsentMissingError } from '../concern-authority.refusals';
import {
  allowed,
  AT,
  atLevelOne,
  by,
  caseId,
  clinic,
  consentFor,
  joined,
  nurse,
  otherTeacher,
  proposed,
  ref,
  teacher,
  withClinic,
} from '../testing/concern.fixtures';

const spec = deciderSpec(createConcernDecider(), allowed);
const familyWish = 'SECRET: ønsker helsesykepleier';

describe('ProposeHandover', () => {
  const propose = { type: 'ProposeHandover', caseId, actor: teacher, at: AT, to: ref(nurse), familyWish } as const;

  it('proposes a new holder in another service and records the family’s wish', () =>
    spec.given(withClinic).when(propose).then([proposed(nurse)]));

  it('refuses anyone but the stafettholder', () =>
    spec.given(withClinic).when({ ...propose, actor: otherTeacher }).thenThrows(NotStafettholderError, (e) => expect(e.userMessage).toBe('Bare stafettholderen kan overlevere stafetten.')));

  it('refuses a handover to oneself', () =>
    spec.given(atLevelOne).when({ ...propose, to: ref(teacher) }).thenThrows(HandoverToSelfError, (e) => expect(e.userMessage).toBe('Du kan ikke overlevere stafetten til deg selv.')));

  it('refuses a second proposal while one is pending', () =>
    spec.given([...withClinic, proposed(nurse)]).when({ ...propose, to: ref(otherTeacher) }).thenThrows(HandoverAlreadyPendingError));

  it('refuses when the case has no stafettholder yet', () =>
    spec.given(atLevelOne.slice(0, 1)).when(propose).thenThrows(NotStafettholderError));

  it('requires the family’s wish', () =>
    spec.given(atLevelOne).when({ ...propose, familyWish: ' ' }).thenThrows(InvalidCommandError, (e) => expect(e.problems[0].field).toBe('familyWish')));
});

describe('AcceptHandover', () => {
  const accept = { type: 'AcceptHandover', caseId, actor: nurse, at: AT } as const;

  it('moves the baton when the receiver in a participating service accepts', () =>
    spec
      .given([...withClinic, proposed(nurse)])
      .when(accept)
      .then([{ type: 'HandoverAccepted', data: { ...by(nurse), from: ref(teacher), to: ref(nurse) } }]));

  it('lets a receiver from a new service take the log over with a consent covering that service', () =>
    deciderSpec(createConcernDecider(), consentFor(clinic, 'take-over-stafettlogg', 'samtykke-2'))
      .given([...atLevelOne, proposed(nurse)])
      .when(accept)
      .then([
        { ...joined(clinic, 'take-over-stafettlogg'), data: { ...joined(clinic, 'take-over-stafettlogg').data, by: ref(nurse) } },
        { type: 'HandoverAccepted', data: { ...by(nurse), from: ref(teacher), to: ref(nurse) } },
      ]));

  it('refuses a receiver from a new service without consent', () =>
    spec.given([...atLevelOne, proposed(nurse)]).when(accept).thenThrows(ConsentMissingError, (e) => expect(e.purpose).toBe('take-over-stafettlogg')));

  it('refuses anyone but the proposed receiver, the old holder included', () => {
    spec.given([...withClinic, proposed(nurse)]).when({ ...accept, actor: otherTeacher }).thenThrows(NotProposedReceiverError);
    spec.given([...withClinic, proposed(nurse)]).when({ ...accept, actor: teacher }).thenThrows(NotProposedReceiverError);
  });

  it('refuses when nothing is proposed', () => spec.given(withClinic).when(accept).thenThrows(NoPendingHandoverError));
});

describe('DeclineHandover', () => {
  const decline = { type: 'DeclineHandover', caseId, actor: nurse, at: AT, reason: 'SECRET: for mange saker' } as const;

  it('keeps the old holder and records why', () =>
    spec
      .given([...withClinic, proposed(nurse)])
      .when(decline)
      .then([{ type: 'HandoverDeclined', data: { ...by(nurse), from: ref(teacher), to: ref(nurse), reason: 'SECRET: for mange saker' } }]));

  it('refuses anyone but the proposed receiver', () =>
    spec.given([...withClinic, proposed(nurse)]).when({ ...decline, actor: teacher }).thenThrows(NotProposedReceiverError));

  it('refuses when nothing is proposed', () => spec.given(withClinic).when(decline).thenThrows(NoPendingHandoverError));

  it('requires a reason', () =>
    spec.given([...withClinic, proposed(nurse)]).when({ ...decline, reason: '' }).thenThrows(InvalidCommandError));
});

describe('WithdrawHandover', () => {
  const withdraw = { type: 'WithdrawHandover', caseId, actor: teacher, at: AT } as const;

  it('lets the holder withdraw an unanswered proposal', () =>
    spec.given([...withClinic, proposed(nurse)]).when(withdraw).then([{ type: 'HandoverWithdrawn', data: { ...by(), from: ref(teacher), to: ref(nurse) } }]));

  it('refuses the receiver', () =>
    spec.given([...withClinic, proposed(nurse)]).when({ ...withdraw, actor: nurse }).thenThrows(NotStafettholderError));

  it('refuses when nothing is proposed', () => spec.given(withClinic).when(withdraw).thenThrows(NoPendingHandoverError));
});
