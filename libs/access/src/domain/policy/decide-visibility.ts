import type { AccessPurpose, ConsentFacts, LegalBasis, TimelineEntryFacts, Viewer, VisibilityDecision } from '../timeline-entry';
import type { ConfidentialityRule, RuleKind, WithoutConsent } from './confidentiality-rules';
import { DEFAULT_RULES } from './confidentiality-rules';
import { consentCovers } from '@stafett/consent';

type RuleOf<K extends RuleKind> = Extract<ConfidentialityRule, { kind: K }>;

/**
 * The one place visibility is decided (architecture.md principle 2). Pure and total: every input,
 * however malformed, gets a decision naming the rule that made it. Rules are tried in this fixed
 * order and the first that applies decides (docs/confidentiality.md):
 *
 *   R0 purpose → R1 child-welfare case → R2 statutory feedback → R3 own service →
 *   R4-R7 compartments (health, NAV, police, other child-welfare content) → R8 coordination →
 *   R9 other service → R10 default deny.
 *
 * The compartments come after own service (an owner always sees its own records) and before
 * coordination, so a health entry filed as "coordination" still needs a consent naming its category.
 * Only `shown` carries a legal basis; `redacted` and `hidden` carry `none`.
 *
 * `rules` must have passed validateConfidentialityRules; a missing kind is skipped, and the final
 * fallback is always "hidden", so a broken rule set can only hide more.
 */
export function decideVisibility(
  viewer: Viewer,
  entry: TimelineEntryFacts,
  consents: readonly ConsentFacts[],
  at: string,
  purpose: AccessPurpose,
  rules: readonly ConfidentialityRule[] = DEFAULT_RULES,
): VisibilityDecision {
  const find = <K extends RuleKind>(kind: K): RuleOf<K> | undefined => rules.find((rule): rule is RuleOf<K> => rule.kind === kind);
  const sameUnit = viewer.unitId === entry.ownerUnitId;
  const participates = entry.caseId !== undefined && viewer.participatingCaseIds.includes(entry.caseId);
  const cover = (explicitCategory: boolean) =>
    consentCovers(consents, { childId: entry.childId, unitId: viewer.unitId, serviceType: viewer.serviceType, category: entry.category, purpose, at, explicitCategory });

  const r0 = find('purpose-required');
  if (r0 && !r0.allowedPurposes.includes(purpose)) return hidden(r0);

  const r1 = find('child-welfare-case');
  if (r1 && r1.categories.includes(entry.category)) {
    // Only the unit that recorded it, and there only with a need to know: child welfare for its own
    // case (on the statutory basis), a reporting service for its own record that it reported.
    if (!sameUnit || !hasRelation(viewer, entry, r1.relationRoles)) return hidden(r1);
    const basis: LegalBasis = r1.viewerFamilies.includes(viewer.family) ? { kind: 'statutory', rule: r1.legalSource } : { kind: 'own-service' };
    return { visibility: 'shown', basis, rule: r1.id };
  }

  const r2 = find('statutory-feedback');
  if (r2 && r2.categories.includes(entry.category)) {
    if (!r2.senderFamilies.includes(entry.ownerFamily) || !hasRelation(viewer, entry, r2.relationRoles)) return hidden(r2);
    if (entry.statutoryRecipientUnitId !== undefined && viewer.unitId === entry.statutoryRecipientUnitId) {
      return { visibility: 'shown', basis: { kind: 'statutory', rule: r2.legalSource }, rule: r2.id };
    }
    return sameUnit ? { visibility: 'shown', basis: { kind: 'own-service' }, rule: r2.id } : hidden(r2);
  }

  const r3 = find('own-service');
  if (r3 && sameUnit) {
    return hasRelation(viewer, entry, r3.relationRoles) ? { visibility: 'shown', basis: { kind: 'own-service' }, rule: r3.id } : notShown(r3, r3.withoutRelation);
  }
  if (!r3 && sameUnit) return fallback(rules);

  // Marked by its owner (the police) as sensitive to an investigation: no consent releases it, and not
  // even its timing shows, whatever category it was filed under.
  const sealed = entry.investigationSensitive === true && rules.find((rule) => rule.kind === 'compartment' && rule.markedSensitiveStaysHidden && rule.ownerFamilies.includes(entry.ownerFamily));
  if (sealed) return hidden(sealed);
  for (const rule of rules) {
    if (rule.kind !== 'compartment') continue;
    if (!rule.ownerFamilies.includes(entry.ownerFamily) && !rule.categories.includes(entry.category)) continue;
    return byConsent(rule, cover(true), participates ? rule.participantWithoutConsent : 'hidden');
  }

  const r8 = find('coordination');
  if (r8 && participates && r8.categories.includes(entry.category)) return byConsent(r8, cover(false), 'redacted');

  const r9 = find('other-service');
  if (r9) return byConsent(r9, cover(false), participates ? r9.participantWithoutConsent : 'hidden');

  return fallback(rules);
}

/** Need to know (tjenstlig behov): assigned to the child, working personally on the entry's case, or a relation role. */
function hasRelation(viewer: Viewer, entry: TimelineEntryFacts, relationRoles: readonly string[]): boolean {
  return (
    viewer.assignedToChild ||
    (entry.caseId !== undefined && viewer.personalCaseIds.includes(entry.caseId)) ||
    viewer.roles.some((role) => relationRoles.includes(role))
  );
}

function byConsent(rule: ConfidentialityRule, coverage: ReturnType<typeof consentCovers>, otherwise: WithoutConsent): VisibilityDecision {
  return coverage.covered ? { visibility: 'shown', basis: { kind: 'consent', consentId: coverage.consentId }, rule: rule.id } : notShown(rule, otherwise);
}

function notShown(rule: ConfidentialityRule, visibility: WithoutConsent): VisibilityDecision {
  return { visibility, basis: { kind: 'none' }, rule: rule.id };
}

function hidden(rule: ConfidentialityRule): VisibilityDecision {
  return notShown(rule, 'hidden');
}

function fallback(rules: readonly ConfidentialityRule[]): VisibilityDecision {
  return { visibility: 'hidden', basis: { kind: 'none' }, rule: rules.find((rule) => rule.kind === 'default-deny')?.id ?? 'R10-default-deny' };
}
