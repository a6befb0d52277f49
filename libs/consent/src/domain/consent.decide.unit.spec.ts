import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import type { RecordConsent, WithdrawConsent } from './consent.commands';
import { consentDecider, type ConsentDecisionContext, type ConsentOrganisation } from './consent.decide';
import {
  ConsentAlreadyRecordedError,
  ConsentAlreadyWithdrawnError,
  ConsentNotFoundError,
  ConsentPartyMissingError,
  ConsentRecorderForbiddenError,
  DigitalConsentFromStaffForbiddenError,
} from './consent.refusals';
import type { ConsentRecorded } from './consent.events';
import { DEFAULT_CONSENT_RULES } from './consent.values';

const consentId = '0b7c1c9e-6a0e-4a53-9d0f-5f1f6a2b3c4d';
const childId = '7d0c5e0e-3c55-4b8e-9d7e-2f0b1b6f7a01';
const actor = { practitionerId: 'demo-barnehage-pedagog', unitId: 'demo-barnehage', serviceType: 'barnehage' };
const at = '2026-03-02T09:15:00+01:00';
const organisation: ConsentOrganisation = {
  unitServiceType: (unitId) => ({ 'demo-skole': 'skole', 'demo-barnehage': 'barnehage', 'demo-nav': 'nav' })[unitId],
  isServiceType: (code) => ['skole', 'barnehage', 'helsestasjon', 'nav'].includes(code),
  practitionerUnit: (id) => ({ 'demo-barnehage-pedagog': 'demo-barnehage', 'demo-barnehage-leder': 'demo-barnehage', 'demo-nav-veileder': 'demo-nav' })[id],
};
const paper = { kind: 'paper' as const, verifiedBy: 'demo-barnehage-leder', verifiedAt: '2026-03-02', reference: '2026/1234-5' };
const twoParents: ConsentDecisionContext = {
  rules: DEFAULT_CONSENT_RULES,
  recorderCoordinates: true,
  organisation,
  parties: { childId, guardians: [{ holdsParentalResponsibility: true }, { holdsParentalResponsibility: true }, { holdsParentalResponsibility: false }], childBirthDate: '2019-05-17' },
};
const teenager: ConsentDecisionContext = { ...twoParents, parties: { childId, guardians: [{ holdsParentalResponsibility: true }], childBirthDate: '2011-03-02' } };
const spec = deciderSpec(consentDecider, twoParents);

const record: RecordConsent = {
  type: 'RecordConsent',
  consentId,
  childId,
  grantors: [
    { kind: 'guardian', guardianIndex: 0 },
    { kind: 'guardian', guardianIndex: 1 },
  ],
  grantees: [{ unitId: 'demo-skole' }, { serviceType: 'helsestasjon' }],
  decision: 'permit',
  period: { from: '2026-03-02', to: '2027-03-02' },
  provision: { exceptions: [{ categories: ['health'] }] },
  form: paper,
  actor,
  at,
};

const recorded: ConsentRecorded = {
  type: 'ConsentRecorded',
  data: {
    consentId,
    childId,
    grantors: [
      { kind: 'guardian', guardianIndex: 0, holdsParentalResponsibility: true },
      { kind: 'guardian', guardianIndex: 1, holdsParentalResponsibility: true },
    ],
    grantees: [{ unitId: 'demo-skole' }, { serviceType: 'helsestasjon' }],
    decision: 'permit',
    period: { from: '2026-03-02', to: '2027-03-02' },
    provision: { exceptions: [{ categories: ['health'] }] },
    form: paper,
    recordedBy: actor,
    recordedAt: at,
  },
};

const withdraw: WithdrawConsent = {
  type: 'WithdrawConsent',
  consentId,
  withdrawnBy: { kind: 'practitioner', onBehalfOf: { kind: 'guardian', guardianIndex: 1 } },
  actor,
  at: '2026-04-01T10:00:00+02:00',
};

const fieldsOf = (error: InvalidCommandError): string[] => error.problems.map((p) => p.field);

describe('consent decider', () => {
  describe('when both guardians with parental responsibility grant', () => {
    it('records the consent with positions only, no names', () => spec.given([]).when(record).then([recorded]));

    it('refuses recording the same consent twice', () => spec.given([recorded]).when(record).thenThrows(ConsentAlreadyRecordedError));
  });

  describe('when one guardian of two with parental responsibility grants', () => {
    const one: RecordConsent = { ...record, grantors: [{ kind: 'guardian', guardianIndex: 0 }] };

    it('refuses without a reason, naming the missing guardian', () =>
      spec
        .given([])
        .when(one)
        .thenThrows(ConsentPartyMissingError, (e) => {
          expect(e.missing).toEqual([{ kind: 'guardian', guardianIndex: 1 }]);
          expect(e.userMessage).toContain('foresatt nr. 2');
        }));

    it('records it with an accepted reason, and keeps who is missing', () =>
      spec
        .given([])
        .when({ ...one, missingPartyReason: 'guardian-unreachable' })
        .then([
          {
            type: 'ConsentRecorded',
            data: {
              ...recorded.data,
              grantors: [recorded.data.grantors[0]],
              missingParties: [{ kind: 'guardian', guardianIndex: 1 }],
              missingPartyReason: 'guardian-unreachable',
            },
          },
        ]));

    it('refuses a reason the configuration does not accept', () =>
      spec
        .given([])
        .when({ ...one, missingPartyReason: 'too-busy' })
        .thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['missingPartyReason'])));
  });

  it('refuses a reason when nobody is missing', () =>
    spec.given([]).when({ ...record, missingPartyReason: 'guardian-unreachable' }).thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['missingPartyReason'])));

  it('refuses a guardian without parental responsibility, an unknown guardian and a repeated grantor', () =>
    spec
      .given([])
      .when({ ...record, grantors: [...record.grantors, { kind: 'guardian', guardianIndex: 2 }, { kind: 'guardian', guardianIndex: 7 }, { kind: 'guardian', guardianIndex: 0 }] })
      .thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['grantors[2]', 'grantors[3]', 'grantors[4]'])));

  describe('when the child has reached the consent age', () => {
    const teen = deciderSpec(consentDecider, teenager);
    const parentOnly: RecordConsent = { ...record, grantors: [{ kind: 'guardian', guardianIndex: 0 }] };

    it('requires the child too', () => teen.given([]).when(parentOnly).thenThrows(ConsentPartyMissingError, (e) => expect(e.missing).toEqual([{ kind: 'child' }])));

    it('records the child as a grantor', () => {
      const [event] = consentDecider.decide({ ...parentOnly, grantors: [...parentOnly.grantors, { kind: 'child' }] }, consentDecider.initialState(), teenager);
      expect((event as ConsentRecorded).data.grantors).toEqual([{ kind: 'guardian', guardianIndex: 0, holdsParentalResponsibility: true }, { kind: 'child' }]);
    });

    it('follows the configured age', () => {
      const sixteen = deciderSpec(consentDecider, { ...teenager, rules: { ...DEFAULT_CONSENT_RULES, childConsentAge: 16 } });
      sixteen.given([]).when({ ...parentOnly, grantors: [...parentOnly.grantors, { kind: 'child' }] }).thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['grantors[1]']));
    });
  });

  it('refuses a younger child as a grantor', () =>
    spec.given([]).when({ ...record, grantors: [...record.grantors, { kind: 'child' }] }).thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['grantors[2]'])));

  it('refuses a child that is not registered (fails closed)', () =>
    deciderSpec(consentDecider, { rules: DEFAULT_CONSENT_RULES, recorderCoordinates: true, organisation }).given([]).when(record).thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toContain('childId')));

  describe('when it is on paper or given in a meeting', () => {
    it('requires who verified it, when, and the form’s reference', () =>
      spec
        .given([])
        .when({ ...record, form: { kind: 'paper' } as unknown as RecordConsent['form'] })
        .thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['form.verifiedBy', 'form.reference', 'form.verifiedAt'])));

    it('refuses a verification date in the future', () =>
      spec.given([]).when({ ...record, form: { ...paper, verifiedAt: '2026-03-03' } }).thenThrows(InvalidCommandError));

    it('refuses a verifier who does not work in the recording unit', () =>
      spec.given([]).when({ ...record, form: { ...paper, verifiedBy: 'demo-nav-veileder' } }).thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['form.verifiedBy'])));

    it('records who verified it, when, and the reference, for a consent given in a meeting too', () => {
      const form = { ...paper, kind: 'meeting' as const, verifiedAt: '2026-03-01' };
      spec.given([]).when({ ...record, form }).then([{ type: 'ConsentRecorded', data: { ...recorded.data, form } }]);
    });
  });

  describe('when the recorder has no authority (issue 10 item 4)', () => {
    it('refuses a unit that neither owns a case of the child nor holds its baton, even naming itself', () =>
      deciderSpec(consentDecider, { ...twoParents, recorderCoordinates: false })
        .given([])
        .when({ ...record, actor: { practitionerId: 'demo-nav-veileder', unitId: 'demo-nav', serviceType: 'nav' }, grantees: [{ unitId: 'demo-nav' }] })
        .thenThrows(ConsentRecorderForbiddenError));

    it('refuses a digital consent from staff', () =>
      spec.given([]).when({ ...record, form: { kind: 'digital' } }).thenThrows(DigitalConsentFromStaffForbiddenError));

    it('refuses grantees that are not units or service types of the organisation', () =>
      spec
        .given([])
        .when({ ...record, grantees: [{ unitId: 'demo-ukjent' }, { serviceType: 'spåkone' }, { unitId: 'demo-skole', serviceType: 'nav' }] })
        .thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['grantees[0].unitId', 'grantees[1].serviceType', 'grantees[2].serviceType'])));

    it('lets a unit the consent names record its withdrawal, and refuses any other unit without authority', () => {
      const named = { ...withdraw, actor: { practitionerId: 'x', unitId: 'demo-skole', serviceType: 'skole' } };
      deciderSpec(consentDecider, { ...twoParents, recorderCoordinates: false }).given([recorded]).when(named).then([
        { type: 'ConsentWithdrawn', data: { consentId, childId, withdrawnBy: withdraw.withdrawnBy, recordedBy: named.actor, withdrawnAt: withdraw.at } },
      ]);
      deciderSpec(consentDecider, { ...twoParents, recorderCoordinates: false })
        .given([recorded])
        .when({ ...withdraw, actor: { practitionerId: 'y', unitId: 'demo-nav', serviceType: 'nav' } })
        .thenThrows(ConsentRecorderForbiddenError);
    });
  });

  describe('when a consent shares health information only (pasient- og brukerrettighetsloven § 4-3)', () => {
    const sixteen: ConsentDecisionContext = { ...twoParents, parties: { childId, guardians: [{ holdsParentalResponsibility: true }], childBirthDate: '2010-03-01' } };
    const healthOnly: RecordConsent = { ...record, grantors: [{ kind: 'child' }], provision: { categories: ['health'] } };

    it('lets a child of 16 consent alone', () =>
      deciderSpec(consentDecider, sixteen).given([]).when(healthOnly).then([
        { type: 'ConsentRecorded', data: { ...recorded.data, grantors: [{ kind: 'child' }], provision: { categories: ['health'] } } },
      ]));

    it('still needs the guardians when the consent shares more than health information, or the child is younger', () => {
      deciderSpec(consentDecider, sixteen).given([]).when({ ...healthOnly, provision: { categories: ['health', 'measure'] } }).thenThrows(ConsentPartyMissingError);
      deciderSpec(consentDecider, teenager).given([]).when(healthOnly).thenThrows(ConsentPartyMissingError);
    });
  });

  it('refuses bad grantees, period, decision and provisions, listing every field', () =>
    spec
      .given([])
      .when({
        ...record,
        grantees: [{}],
        decision: 'maybe' as 'permit',
        period: { from: '2026-03-02', to: '2026-03-01' },
        provision: { categories: ['gossip' as 'health'], exceptions: [{ purposes: ['curiosity' as 'coordination'] }] },
      })
      .thenThrows(InvalidCommandError, (e) =>
        expect(fieldsOf(e)).toEqual(['grantees[0]', 'decision', 'period.to', 'provision.categories', 'provision.exceptions[0].purposes']),
      ));

  it('refuses provisions nested too deep', () =>
    spec
      .given([])
      .when({ ...record, provision: { exceptions: [{ exceptions: [{ exceptions: [{ exceptions: [{}] }] }] }] } })
      .thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['provision.exceptions[0].exceptions[0].exceptions[0].exceptions[0]'])));

  describe('when it is withdrawn', () => {
    it('records the withdrawal from that moment, by the practitioner on the grantor’s behalf', () =>
      spec.given([recorded]).when(withdraw).then([
        { type: 'ConsentWithdrawn', data: { consentId, childId, withdrawnBy: withdraw.withdrawnBy, recordedBy: actor, withdrawnAt: withdraw.at } },
      ]));

    it('accepts a grantor withdrawing themselves', () =>
      spec
        .given([recorded])
        .when({ ...withdraw, withdrawnBy: { kind: 'grantor', grantor: { kind: 'guardian', guardianIndex: 0 } } })
        .then([
          {
            type: 'ConsentWithdrawn',
            data: { consentId, childId, withdrawnBy: { kind: 'grantor', grantor: { kind: 'guardian', guardianIndex: 0 } }, recordedBy: actor, withdrawnAt: withdraw.at },
          },
        ]));

    it('refuses someone who did not grant it', () =>
      spec
        .given([recorded])
        .when({ ...withdraw, withdrawnBy: { kind: 'practitioner', onBehalfOf: { kind: 'child' } } })
        .thenThrows(InvalidCommandError, (e) => expect(fieldsOf(e)).toEqual(['withdrawnBy'])));

    it('refuses a second withdrawal', () => {
      const [withdrawn] = consentDecider.decide(withdraw, [recorded].reduce(consentDecider.evolve, consentDecider.initialState()), twoParents);
      spec.given([recorded, withdrawn]).when(withdraw).thenThrows(ConsentAlreadyWithdrawnError);
    });

    it('refuses withdrawing a consent that was never recorded', () => spec.given([]).when(withdraw).thenThrows(ConsentNotFoundError));
  });
});
