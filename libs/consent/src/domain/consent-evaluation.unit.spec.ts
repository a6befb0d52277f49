import type { ConsentFacts } from './consent-vocabulary';
import { coveringConsent, type CoverageQuestion } from './consent-evaluation';

const childId = '7d0c5e0e-3c55-4b8e-9d7e-2f0b1b6f7a01';
const school = { unitId: 'demo-skole', serviceType: 'skole' };
const ask = (overrides: Partial<CoverageQuestion> = {}): CoverageQuestion => ({
  childId,
  ...school,
  category: 'coordination',
  purpose: 'coordination',
  at: '2026-06-01T10:00:00+02:00',
  ...overrides,
});
const consent = (overrides: Partial<ConsentFacts> = {}): ConsentFacts => ({
  consentId: 'c1',
  childId,
  decision: 'permit',
  period: { from: '2026-01-01', to: '2027-01-01' },
  grantees: [{ unitId: 'demo-skole' }],
  // "permit the school everything about the case, except health notes"
  provision: { exceptions: [{ categories: ['health'] }] },
  ...overrides,
});

describe('coveringConsent', () => {
  describe('when the school holds a consent to everything but health', () => {
    it('covers coordination', () => expect(coveringConsent([consent()], ask())).toEqual({ covered: true, consentId: 'c1' }));
    it('does not cover health', () => expect(coveringConsent([consent()], ask({ category: 'health' }))).toEqual({ covered: false, reason: 'denied' }));
    it('does not cover another unit of another type', () =>
      expect(coveringConsent([consent()], ask({ unitId: 'demo-helsestasjon', serviceType: 'helsestasjon' }))).toEqual({ covered: false, reason: 'does-not-cover' }));
    it('does not cover another child', () => expect(coveringConsent([consent()], ask({ childId: 'other' }))).toEqual({ covered: false, reason: 'no-consent' }));
  });

  it('matches a grantee by service type only when it names no unit', () => {
    const byType = consent({ grantees: [{ serviceType: 'skole' }] });
    expect(coveringConsent([byType], ask({ unitId: 'another-school' })).covered).toBe(true);
    const byUnit = consent({ grantees: [{ unitId: 'demo-skole', serviceType: 'skole' }] });
    expect(coveringConsent([byUnit], ask({ unitId: 'another-school' })).covered).toBe(false);
  });

  describe('when it comes to time', () => {
    it('is not in force before its first day', () => expect(coveringConsent([consent()], ask({ at: '2025-12-31T23:59:00+01:00' }))).toEqual({ covered: false, reason: 'not-yet-valid' }));
    it('expires at the start of `to` (half-open)', () => {
      expect(coveringConsent([consent()], ask({ at: '2026-12-31T23:59:00+01:00' })).covered).toBe(true);
      expect(coveringConsent([consent()], ask({ at: '2027-01-01T00:00:00+01:00' }))).toEqual({ covered: false, reason: 'expired' });
    });
    it('ends at the instant of withdrawal', () => {
      const withdrawn = consent({ withdrawnAt: '2026-06-01T10:00:00+02:00' });
      expect(coveringConsent([withdrawn], ask({ at: '2026-06-01T09:59:59+02:00' })).covered).toBe(true);
      expect(coveringConsent([withdrawn], ask())).toEqual({ covered: false, reason: 'withdrawn' });
    });
    it('has no end without `to`', () => expect(coveringConsent([consent({ period: { from: '2026-01-01' } })], ask({ at: '2099-01-01T00:00:00Z' })).covered).toBe(true));
  });

  it('reverses again in a nested exception: health except for coordination', () => {
    const nested = consent({ provision: { exceptions: [{ categories: ['health'], exceptions: [{ purposes: ['coordination'] }] }] } });
    expect(coveringConsent([nested], ask({ category: 'health' })).covered).toBe(true);
    expect(coveringConsent([nested], ask({ category: 'health', purpose: 'follow-up' })).covered).toBe(false);
  });

  it('lets a deny consent win over a permit', () => {
    const deny = consent({ consentId: 'c2', decision: 'deny', provision: { categories: ['coordination'] } });
    expect(coveringConsent([consent(), deny], ask())).toEqual({ covered: false, reason: 'denied' });
    expect(coveringConsent([consent(), deny], ask({ category: 'measure' }))).toEqual({ covered: true, consentId: 'c1' });
  });

  it('does not let a root provision speak outside its categories', () => {
    const narrow = consent({ provision: { categories: ['coordination'], purposes: ['coordination'] } });
    expect(coveringConsent([narrow], ask({ category: 'observation' }))).toEqual({ covered: false, reason: 'does-not-cover' });
    expect(coveringConsent([narrow], ask({ purpose: 'statistics' }))).toEqual({ covered: false, reason: 'does-not-cover' });
  });

  it('names a permit still in force when another was withdrawn', () => {
    const withdrawn = consent({ consentId: 'old', withdrawnAt: '2026-02-01T00:00:00Z' });
    expect(coveringConsent([withdrawn, consent({ consentId: 'new' })], ask())).toEqual({ covered: true, consentId: 'new' });
  });
});
