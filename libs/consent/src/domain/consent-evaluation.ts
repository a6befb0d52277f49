import { consentCovers, type CoverageQuestion } from './consent-coverage';
import type { AccessPurpose, ConsentFacts, ConsentProvision, InformationCategory } from './consent-vocabulary';

export type { CoverageQuestion };

export type NotCoveredReason = 'no-consent' | 'not-yet-valid' | 'expired' | 'withdrawn' | 'does-not-cover' | 'denied';

export type CoverageWithReason = { readonly covered: true; readonly consentId: string } | { readonly covered: false; readonly reason: NotCoveredReason };

type Effect = 'permit' | 'deny';
const flip = (effect: Effect): Effect => (effect === 'permit' ? 'deny' : 'permit');

function provisionMatches(provision: ConsentProvision, category: InformationCategory, purpose: AccessPurpose): boolean {
  const { categories, purposes } = provision;
  return (!categories?.length || categories.includes(category)) && (!purposes?.length || purposes.includes(purpose));
}

/**
 * The effect of a provision that matches: its own effect, unless a matching nested exception
 * reverses it (recursively). When several exceptions match, deny wins.
 */
function effectOf(provision: ConsentProvision, effect: Effect, category: InformationCategory, purpose: AccessPurpose): Effect {
  const nested = (provision.exceptions ?? []).filter((e) => provisionMatches(e, category, purpose)).map((e) => effectOf(e, flip(effect), category, purpose));
  if (nested.length === 0) return effect;
  return nested.includes('deny') ? 'deny' : 'permit';
}

/** The consent's say on the question: permit, deny, or nothing (it does not speak of this category or purpose). */
export function consentEffect(consent: ConsentFacts, category: InformationCategory, purpose: AccessPurpose): Effect | undefined {
  return provisionMatches(consent.provision, category, purpose) ? effectOf(consent.provision, consent.decision, category, purpose) : undefined;
}

/** A grantee naming a unit matches that unit only; one naming only a service type matches every unit of it. */
export function granteeMatches(consent: ConsentFacts, unitId: string, serviceType: string): boolean {
  return consent.grantees.some((g) => (g.unitId !== undefined ? g.unitId === unitId : g.serviceType !== undefined && g.serviceType === serviceType));
}

type Timing = 'in-force' | 'not-yet-valid' | 'expired' | 'withdrawn';

/** Periods are dates, half-open [from, to), compared with the question's own calendar day; withdrawal is an instant. */
export function timingOf(consent: ConsentFacts, at: string): Timing {
  if (consent.withdrawnAt !== undefined && Date.parse(consent.withdrawnAt) <= Date.parse(at)) return 'withdrawn';
  const day = at.slice(0, 10);
  if (day < consent.period.from) return 'not-yet-valid';
  if (consent.period.to !== undefined && day >= consent.period.to) return 'expired';
  return 'in-force';
}

/**
 * FHIR Consent R5 semantics, read at the moment asked: a consent applies when the child and a grantee
 * match, it is in its period and not withdrawn before `at`. Its root decision holds for the categories
 * and purposes the root provision names; each matching nested provision reverses the one above. Any
 * applicable deny wins over every permit. Among permits, the first in the given order is named.
 */
export function coveringConsent(consents: readonly ConsentFacts[], question: CoverageQuestion): CoverageWithReason {
  // Whether a consent covers is decided in one place, the confidentiality policy's consentCovers;
  // this function only adds why not, for the sentence the BTI case shows when it refuses.
  const coverage = consentCovers(consents, question);
  if (coverage.covered) return { covered: true, consentId: coverage.consentId };
  const forChild = consents.filter((c) => c.childId.toLowerCase() === question.childId.toLowerCase());
  if (forChild.length === 0) return { covered: false, reason: 'no-consent' };
  const speaking = forChild.filter(
    (c) => granteeMatches(c, question.unitId, question.serviceType) && consentEffect(c, question.category, question.purpose) !== undefined,
  );
  const timings = new Set(speaking.map((c) => timingOf(c, question.at)));
  if (speaking.some((c) => timingOf(c, question.at) === 'in-force' && consentEffect(c, question.category, question.purpose) === 'deny')) {
    return { covered: false, reason: 'denied' };
  }
  for (const reason of ['withdrawn', 'expired', 'not-yet-valid'] as const) if (timings.has(reason)) return { covered: false, reason };
  return { covered: false, reason: 'does-not-cover' };
}
