import { type CoverageQuestion, consentCovers } from '@stafett/consent';
import { AT, CHILD, consent } from './testing/policy-fixtures';

const question = (overrides: Partial<CoverageQuestion> = {}): CoverageQuestion => ({
  childId: CHILD,
  unitId: 'school-1',
  serviceType: 'skole',
  category: 'observation',
  purpose: 'coordination',
  at: AT,
  ...overrides,
});

describe('consentCovers (FHIR Consent R5 semantics, domain.md section 4)', () => {
  describe('when a permit is in force for the recipient unit', () => {
    it('covers, naming the consent', () => {
      expect(consentCovers([consent()], question())).toEqual({ covered: true, consentId: 'consent-1' });
    });
    it('does not cover another child', () => {
      expect(consentCovers([consent()], question({ childId: 'child-2' }))).toEqual({ covered: false });
    });
    it('does not cover another unit', () => {
      expect(consentCovers([consent()], question({ unitId: 'school-2' }))).toEqual({ covered: false });
    });
  });

  describe('when the period is half-open [from, to)', () => {
    const bounded = consent({ period: { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' } });
    it('covers from the first moment', () => {
      expect(consentCovers([bounded], question({ at: '2026-03-01T00:00:00.000Z' })).covered).toBe(true);
    });
    it('does not cover before it starts', () => {
      expect(consentCovers([bounded], question({ at: '2026-02-28T23:59:59.999Z' })).covered).toBe(false);
    });
    it('does not cover at its end (expired)', () => {
      expect(consentCovers([bounded], question({ at: '2026-04-01T00:00:00.000Z' })).covered).toBe(false);
    });
  });

  describe('when the consent is withdrawn', () => {
    const withdrawn = consent({ withdrawnAt: '2026-03-15T10:00:00.000Z' });
    it('covers until the moment of withdrawal', () => {
      expect(consentCovers([withdrawn], question({ at: '2026-03-15T09:59:59.999Z' })).covered).toBe(true);
    });
    it('covers nothing from that moment on', () => {
      expect(consentCovers([withdrawn], question({ at: '2026-03-15T10:00:00.000Z' })).covered).toBe(false);
      expect(consentCovers([withdrawn], question({ at: '2027-01-01T00:00:00.000Z' })).covered).toBe(false);
    });
  });

  describe('when grantees name a service type', () => {
    it('matches by service type when the grantee names no unit', () => {
      expect(consentCovers([consent({ grantees: [{ serviceType: 'skole' }] })], question({ unitId: 'school-9' })).covered).toBe(true);
    });
    it('matches by unit only when the grantee names a unit', () => {
      expect(consentCovers([consent({ grantees: [{ unitId: 'school-2', serviceType: 'skole' }] })], question()).covered).toBe(false);
    });
    it('matches nobody when the grantee names neither', () => {
      expect(consentCovers([consent({ grantees: [{}] })], question()).covered).toBe(false);
    });
  });

  describe('when the root provision lists categories and purposes', () => {
    const scoped = consent({ provision: { categories: ['observation', 'measure'], purposes: ['coordination'] } });
    it('covers a listed category for a listed purpose', () => {
      expect(consentCovers([scoped], question({ category: 'measure' })).covered).toBe(true);
    });
    it('does not cover another category', () => {
      expect(consentCovers([scoped], question({ category: 'health' })).covered).toBe(false);
    });
    it('does not cover another purpose', () => {
      expect(consentCovers([scoped], question({ purpose: 'follow-up' })).covered).toBe(false);
    });
  });

  describe('when a nested exception matches', () => {
    const nested = consent({
      provision: { exceptions: [{ categories: ['health'], exceptions: [{ purposes: ['follow-up'] }] }] },
    });
    it('reverses a permit into a deny', () => {
      expect(consentCovers([nested], question({ category: 'health' })).covered).toBe(false);
    });
    it('reverses again one level deeper', () => {
      expect(consentCovers([nested], question({ category: 'health', purpose: 'follow-up' })).covered).toBe(true);
    });
    it('leaves what the exception does not match covered', () => {
      expect(consentCovers([nested], question({ category: 'observation' })).covered).toBe(true);
    });
    it('turns a deny into a permit for what the exception names', () => {
      const denyExcept = consent({ decision: 'deny', provision: { exceptions: [{ categories: ['coordination'] }] } });
      expect(consentCovers([denyExcept], question({ category: 'coordination' }))).toEqual({ covered: true, consentId: 'consent-1' });
      expect(consentCovers([denyExcept], question({ category: 'observation' })).covered).toBe(false);
    });
    it('lets deny win when sibling exceptions disagree', () => {
      const siblings = consent({ provision: { exceptions: [{ categories: ['health'] }, { categories: ['health'], exceptions: [{}] }] } });
      expect(consentCovers([siblings], question({ category: 'health' })).covered).toBe(false);
    });
  });

  describe('when several consents apply', () => {
    it('lets any applicable deny win over a permit', () => {
      const deny = consent({ consentId: 'consent-2', decision: 'deny', provision: { categories: ['observation'] } });
      expect(consentCovers([consent(), deny], question()).covered).toBe(false);
    });
    it('ignores a deny that is withdrawn', () => {
      const deny = consent({ consentId: 'consent-2', decision: 'deny', withdrawnAt: '2026-02-01' });
      expect(consentCovers([consent(), deny], question())).toEqual({ covered: true, consentId: 'consent-1' });
    });
    it('names the first permitting consent', () => {
      expect(consentCovers([consent({ consentId: 'a' }), consent({ consentId: 'b' })], question())).toEqual({ covered: true, consentId: 'a' });
    });
  });

  describe('when the category must be named explicitly (health, NAV, police)', () => {
    it('does not let a blanket permit cover it', () => {
      expect(consentCovers([consent()], question({ category: 'health', explicitCategory: true })).covered).toBe(false);
    });
    it('covers it when the permit lists the category', () => {
      expect(consentCovers([consent({ provision: { categories: ['health'] } })], question({ category: 'health', explicitCategory: true })).covered).toBe(true);
    });
    it('keeps the deny exception of a blanket permit in force against another consent', () => {
      const allButHealth = consent({ consentId: 'all-but-health', provision: { exceptions: [{ categories: ['health'] }] } });
      const health = consent({ consentId: 'health', provision: { categories: ['health'] } });
      expect(consentCovers([health, allButHealth], question({ category: 'health', explicitCategory: true })).covered).toBe(false);
    });
    it('still lets a blanket deny exception take it away', () => {
      const c = consent({ provision: { categories: ['health'], exceptions: [{}] } });
      expect(consentCovers([c], question({ category: 'health', explicitCategory: true })).covered).toBe(false);
    });
  });

  describe('when dates are malformed', () => {
    it('fails closed', () => {
      expect(consentCovers([consent({ period: { from: 'not a date' } })], question()).covered).toBe(false);
      expect(consentCovers([consent({ withdrawnAt: 'garbage' })], question()).covered).toBe(false);
      expect(consentCovers([consent()], question({ at: '' })).covered).toBe(false);
    });
  });
});
