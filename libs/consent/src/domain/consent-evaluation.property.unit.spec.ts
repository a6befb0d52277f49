import fc from 'fast-check';
import type { AccessPurpose, ConsentFacts, ConsentProvision, InformationCategory } from './consent-vocabulary';
import { coveringConsent, timingOf, granteeMatches, type CoverageQuestion } from './consent-evaluation';
import { ACCESS_PURPOSES, INFORMATION_CATEGORIES } from './consent.values';

const childId = 'child-1';
const units = [
  { unitId: 'demo-skole', serviceType: 'skole' },
  { unitId: 'demo-barnehage', serviceType: 'barnehage' },
  { unitId: 'demo-helsestasjon', serviceType: 'helsestasjon' },
];
const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const instant = fc.integer({ min: 0, max: 60 * 24 }).map((h) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString());
const category = fc.constantFrom<InformationCategory>(...INFORMATION_CATEGORIES);
const purpose = fc.constantFrom<AccessPurpose>(...ACCESS_PURPOSES);

const provision: fc.Arbitrary<ConsentProvision> = fc.letrec<{ p: ConsentProvision }>((tie) => ({
  p: fc.record(
    {
      categories: fc.uniqueArray(category, { maxLength: 3 }),
      purposes: fc.uniqueArray(purpose, { maxLength: 2 }),
      exceptions: fc.array(tie('p'), { maxLength: 2, depthIdentifier: 'provision' }),
    },
    { requiredKeys: [] },
  ),
})).p;

const consentFacts: fc.Arbitrary<ConsentFacts> = fc
  .record({
    consentId: fc.uuid(),
    decision: fc.constantFrom<'permit' | 'deny'>('permit', 'deny'),
    from: day,
    length: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    withdrawnAt: fc.option(instant, { nil: undefined }),
    grantees: fc.array(fc.constantFrom(...units).chain((u) => fc.constantFrom({ unitId: u.unitId }, { serviceType: u.serviceType })), { minLength: 1, maxLength: 2 }),
    provision,
  })
  .map(({ from, length, withdrawnAt, ...rest }) => ({
    ...rest,
    childId,
    period: { from, ...(length === undefined ? {} : { to: new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10) }) },
    ...(withdrawnAt === undefined ? {} : { withdrawnAt }),
  }));

const question: fc.Arbitrary<CoverageQuestion> = fc
  .record({ unit: fc.constantFrom(...units), category, purpose, at: instant })
  .map(({ unit, ...rest }) => ({ childId, ...unit, ...rest }));

describe('coveringConsent, for any consents and question', () => {
  it('covers nothing from the moment every consent is withdrawn', () =>
    fc.assert(
      fc.property(fc.array(consentFacts, { maxLength: 4 }), question, fc.integer({ min: 0, max: 48 }), (consents, q, hoursEarlier) => {
        const withdrawnAt = new Date(Date.parse(q.at) - hoursEarlier * 3_600_000).toISOString();
        expect(coveringConsent(consents.map((c) => ({ ...c, withdrawnAt })), q).covered).toBe(false);
      }),
    ));

  it('never lets an exception for a category permit it, when the root permits everything and the exception has no exception', () =>
    fc.assert(
      fc.property(consentFacts, question, fc.uniqueArray(category, { minLength: 1, maxLength: 3 }), (c, q, excepted) => {
        const consent: ConsentFacts = { ...c, decision: 'permit', provision: { exceptions: [{ categories: excepted }] } };
        const answer = coveringConsent([consent], q);
        if (excepted.includes(q.category)) expect(answer.covered).toBe(false);
        // ...and everything else is covered whenever the consent applies at all.
        else if (timingOf(consent, q.at) === 'in-force' && granteeMatches(consent, q.unitId, q.serviceType)) expect(answer).toEqual({ covered: true, consentId: consent.consentId });
      }),
    ));

  it('never covers more when a consent is added that denies', () =>
    fc.assert(
      fc.property(fc.array(consentFacts, { maxLength: 4 }), consentFacts, question, (consents, extra, q) => {
        const before = coveringConsent(consents, q).covered;
        const after = coveringConsent([...consents, { ...extra, decision: 'deny', provision: { ...extra.provision, exceptions: [] } }], q).covered;
        if (!before) expect(after).toBe(false);
      }),
    ));

  it('names, when covered, a consent for this child and recipient that is in force', () =>
    fc.assert(
      fc.property(fc.array(consentFacts, { maxLength: 5 }), question, (consents, q) => {
        const answer = coveringConsent(consents, q);
        if (!answer.covered) return;
        const named = consents.find((c) => c.consentId === answer.consentId);
        expect(named).toBeDefined();
        expect(timingOf(named as ConsentFacts, q.at)).toBe('in-force');
        expect(granteeMatches(named as ConsentFacts, q.unitId, q.serviceType)).toBe(true);
      }),
    ));

  it('does not depend on the order of the consents, whether it covers', () =>
    fc.assert(
      fc.property(fc.array(consentFacts, { maxLength: 5 }), question, (consents, q) => {
        expect(coveringConsent([...consents].reverse(), q).covered).toBe(coveringConsent(consents, q).covered);
      }),
    ));
});
