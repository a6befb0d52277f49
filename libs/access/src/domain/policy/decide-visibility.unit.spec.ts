import type { InformationCategory } from '../timeline-entry';
import type { ConfidentialityRule } from './confidentiality-rules';
import { DEFAULT_RULES } from './confidentiality-rules';
import { decideVisibility } from './decide-visibility';
import { AT, CASE, caseworker, consent, entry, healthEntry, nurse, viewer } from './testing/policy-fixtures';

const NONE = { kind: 'none' } as const;
const teacherInCase = viewer({ participatingCaseIds: [CASE] });
const schoolGrant = (categories: InformationCategory[]) =>
  consent({ grantees: [{ unitId: 'school-1' }], provision: { categories } });

describe('R0-purpose-required (GDPR art. 5 nr. 1 b)', () => {
  it('hides everything, even own-service entries, for the statistics purpose', () => {
    expect(decideVisibility(viewer({ assignedToChild: true }), entry(), [], AT, 'statistics')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R0-purpose-required' });
  });
  it('hides everything when the purpose is missing or unknown', () => {
    expect(decideVisibility(viewer({ assignedToChild: true }), entry(), [], AT, undefined as never).rule).toBe('R0-purpose-required');
  });
});

describe('R1-child-welfare-case: the case stays inside child welfare (barnevernsloven kap. 13)', () => {
  const cwCase = entry({ category: 'child-welfare-case', ownerUnitId: 'barnevern-1', ownerServiceType: 'barneverntjeneste', ownerFamily: 'child-welfare' });
  it('shows it to the assigned caseworker of the owning unit, on a statutory basis', () => {
    expect(decideVisibility(caseworker({ assignedToChild: true }), cwCase, [], AT, 'follow-up')).toEqual({
      visibility: 'shown',
      basis: { kind: 'statutory', rule: 'barnevernsloven kap. 13 (paragraf bekreftes på Lovdata)' },
      rule: 'R1-child-welfare-case',
    });
  });
  it('hides it from a colleague in the owning unit without a relation to the child', () => {
    expect(decideVisibility(caseworker(), cwCase, [], AT, 'follow-up').visibility).toBe('hidden');
  });
  it('hides it, not even redacted, from a participating school with a blanket consent', () => {
    const blanket = consent({ grantees: [{ unitId: 'school-1' }] });
    expect(decideVisibility(teacherInCase, cwCase, [blanket], AT, 'coordination')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R1-child-welfare-case' });
  });
  it('shows a reporting service its own record that it reported, as its own, and nobody else in the case', () => {
    const link = entry({ category: 'child-welfare-case' });
    expect(decideVisibility(viewer({ personalCaseIds: [CASE] }), link, [], AT, 'follow-up')).toEqual({ visibility: 'shown', basis: { kind: 'own-service' }, rule: 'R1-child-welfare-case' });
    expect(decideVisibility(viewer(), link, [], AT, 'follow-up').visibility).toBe('hidden');
    expect(decideVisibility(nurse({ participatingCaseIds: [CASE], assignedToChild: true }), link, [consent({ grantees: [{ unitId: 'helsestasjon-1' }] })], AT, 'follow-up').visibility).toBe('hidden');
  });
  it('shows it to intake of the owning unit: intake handles every report of its unit', () => {
    expect(decideVisibility(caseworker({ roles: ['intake'] }), cwCase, [], AT, 'follow-up').visibility).toBe('shown');
  });
  it('hides it from another child-welfare unit', () => {
    expect(decideVisibility(caseworker({ unitId: 'barnevernvakt-1', assignedToChild: true }), cwCase, [], AT, 'follow-up').visibility).toBe('hidden');
  });
  it('hides it even from a consent naming the category explicitly', () => {
    const named = consent({ grantees: [{ unitId: 'helsestasjon-1' }], provision: { categories: ['child-welfare-case'] } });
    expect(decideVisibility(nurse({ participatingCaseIds: [CASE], assignedToChild: true }), cwCase, [named], AT, 'coordination').visibility).toBe('hidden');
  });
});

describe('R2-statutory-feedback: feedback to the reporter’s unit only (barnevernsloven kap. 13)', () => {
  const feedback = entry({ category: 'child-welfare-feedback', ownerUnitId: 'barnevern-1', ownerServiceType: 'barneverntjeneste', ownerFamily: 'child-welfare', statutoryRecipientUnitId: 'helsestasjon-1' });
  it('shows it to the reporting nurse on a statutory basis', () => {
    expect(decideVisibility(nurse({ assignedToChild: true }), feedback, [], AT, 'follow-up')).toEqual({
      visibility: 'shown',
      basis: { kind: 'statutory', rule: 'barnevernsloven kap. 13, tilbakemelding til melder (paragraf bekreftes på Lovdata)' },
      rule: 'R2-statutory-feedback',
    });
  });
  it('hides it from a colleague of the reporter without a relation to the child', () => {
    expect(decideVisibility(nurse(), feedback, [], AT, 'follow-up').visibility).toBe('hidden');
  });
  it('hides it from a participating school, consent or not', () => {
    expect(decideVisibility(viewer({ participatingCaseIds: [CASE], assignedToChild: true }), feedback, [consent()], AT, 'coordination')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R2-statutory-feedback' });
  });
  it('hides the same category from everyone when a non-child-welfare unit wrote it', () => {
    const forged = { ...feedback, ownerUnitId: 'school-1', ownerServiceType: 'skole', ownerFamily: 'education' as const };
    expect(decideVisibility(nurse({ assignedToChild: true }), forged, [], AT, 'follow-up')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R2-statutory-feedback' });
  });
  it('shows it to the child-welfare unit that sent it', () => {
    expect(decideVisibility(caseworker({ assignedToChild: true }), feedback, [], AT, 'follow-up')).toMatchObject({ visibility: 'shown', basis: { kind: 'own-service' } });
  });
});

describe('R3-own-service: need to know inside the unit (forvaltningsloven § 13; helsepersonelloven § 21 a)', () => {
  it('shows own entries to staff assigned to the child', () => {
    expect(decideVisibility(viewer({ assignedToChild: true }), entry(), [], AT, 'follow-up')).toEqual({ visibility: 'shown', basis: { kind: 'own-service' }, rule: 'R3-own-service' });
  });
  it('shows them to the stafettholder of the entry’s case', () => {
    expect(decideVisibility(viewer({ personalCaseIds: [CASE] }), entry(), [], AT, 'coordination').visibility).toBe('shown');
  });
  it('shows them to a leader', () => {
    expect(decideVisibility(viewer({ roles: ['leader'] }), entry(), [], AT, 'follow-up').visibility).toBe('shown');
  });
  it('redacts them for other staff of the unit (no snooping)', () => {
    expect(decideVisibility(viewer({ roles: ['teacher'] }), entry(), [], AT, 'follow-up')).toEqual({ visibility: 'redacted', basis: NONE, rule: 'R3-own-service' });
  });
  it('shows a health unit its own health entries', () => {
    expect(decideVisibility(nurse({ assignedToChild: true }), healthEntry(), [], AT, 'follow-up').rule).toBe('R3-own-service');
  });
});

describe('R4-health: health content stays with its owner (helsepersonelloven § 21)', () => {
  it('shows it with a consent naming the viewer’s unit and the health category', () => {
    const c = schoolGrant(['health']);
    expect(decideVisibility(teacherInCase, healthEntry(), [c], AT, 'coordination')).toEqual({ visibility: 'shown', basis: { kind: 'consent', consentId: 'consent-1' }, rule: 'R4-health' });
  });
  it('does not accept a blanket consent that does not name the category', () => {
    expect(decideVisibility(teacherInCase, healthEntry(), [consent()], AT, 'coordination')).toEqual({ visibility: 'redacted', basis: NONE, rule: 'R4-health' });
  });
  it('applies to any entry of a health owner, whatever its category', () => {
    const c = schoolGrant(['coordination']);
    expect(decideVisibility(teacherInCase, healthEntry({ category: 'coordination' }), [c], AT, 'coordination')).toMatchObject({ visibility: 'shown', rule: 'R4-health' });
    expect(decideVisibility(teacherInCase, healthEntry({ category: 'coordination' }), [consent()], AT, 'coordination')).toMatchObject({ visibility: 'redacted', rule: 'R4-health' });
  });
  it('applies to health content recorded by a school', () => {
    expect(decideVisibility(viewer({ unitId: 'kindergarten-1', participatingCaseIds: [CASE] }), entry({ category: 'health' }), [], AT, 'coordination').rule).toBe('R4-health');
  });
  it('hides it from a service outside the case', () => {
    expect(decideVisibility(viewer(), healthEntry(), [], AT, 'coordination').visibility).toBe('hidden');
  });
  it('needs consent between health units too', () => {
    expect(decideVisibility(nurse({ unitId: 'bup-1', serviceType: 'bup', assignedToChild: true }), healthEntry(), [], AT, 'follow-up').visibility).toBe('hidden');
  });
  it('hides it again from the moment the consent is withdrawn', () => {
    const c = consent({ provision: { categories: ['health'] }, withdrawnAt: AT });
    expect(decideVisibility(teacherInCase, healthEntry(), [c], AT, 'coordination').visibility).toBe('redacted');
  });
});

describe('R5-nav: NAV content needs consent (NAV-loven § 7)', () => {
  const navEntry = entry({ category: 'nav', ownerUnitId: 'nav-1', ownerServiceType: 'nav', ownerFamily: 'nav' });
  it('shows it with a consent naming the service type and category', () => {
    const c = consent({ grantees: [{ serviceType: 'skole' }], provision: { categories: ['nav'] } });
    expect(decideVisibility(teacherInCase, navEntry, [c], AT, 'coordination')).toMatchObject({ visibility: 'shown', basis: { kind: 'consent' }, rule: 'R5-nav' });
  });
  it('redacts it for a participant without consent', () => {
    expect(decideVisibility(teacherInCase, navEntry, [], AT, 'coordination')).toEqual({ visibility: 'redacted', basis: NONE, rule: 'R5-nav' });
  });
});

describe('R6-police: the strictest compartment (politiregisterloven §§ 23-24)', () => {
  const policeEntry = entry({ category: 'police', ownerUnitId: 'slt-1', ownerServiceType: 'slt', ownerFamily: 'police' });
  it('shows it with a consent naming the unit and category', () => {
    expect(decideVisibility(teacherInCase, policeEntry, [schoolGrant(['police'])], AT, 'coordination')).toMatchObject({ visibility: 'shown', rule: 'R6-police' });
  });
  it('hides it, not even redacted, from a participant without consent', () => {
    expect(decideVisibility(teacherInCase, policeEntry, [consent()], AT, 'coordination')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R6-police' });
  });
  it('never releases an entry the police marked sensitive to an investigation on a consent, whatever its category (§ 23 second paragraph)', () => {
    const marked = entry({ category: 'agreement', ownerUnitId: 'slt-1', ownerServiceType: 'slt', ownerFamily: 'police', investigationSensitive: true });
    const named = consent({ grantees: [{ unitId: 'school-1' }], provision: { categories: ['agreement', 'police'] } });
    expect(decideVisibility(teacherInCase, marked, [named], AT, 'coordination')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R6-police' });
    expect(decideVisibility(viewer({ unitId: 'slt-1', serviceType: 'slt', family: 'police', roles: ['leader'] }), marked, [], AT, 'follow-up').visibility).toBe('shown');
  });
  it('ignores the mark on an entry another service recorded', () => {
    const schoolMarked = entry({ category: 'agreement', ownerUnitId: 'school-2', ownerServiceType: 'skole', investigationSensitive: true });
    expect(decideVisibility(teacherInCase, schoolMarked, [schoolGrant(['agreement'])], AT, 'coordination').visibility).toBe('shown');
  });
});

describe('R7-child-welfare-other: other child-welfare entries need consent (barnevernsloven kap. 13; forvaltningsloven § 13 a nr. 1)', () => {
  const cwCoordination = entry({ category: 'coordination', ownerUnitId: 'barnevern-1', ownerServiceType: 'barneverntjeneste', ownerFamily: 'child-welfare' });
  it('shows a coordination entry with a consent naming the category', () => {
    expect(decideVisibility(teacherInCase, cwCoordination, [schoolGrant(['coordination'])], AT, 'coordination')).toMatchObject({ visibility: 'shown', rule: 'R7-child-welfare-other' });
  });
  it('redacts it for a participant without one', () => {
    expect(decideVisibility(teacherInCase, cwCoordination, [consent()], AT, 'coordination')).toMatchObject({ visibility: 'redacted', rule: 'R7-child-welfare-other' });
  });
});

describe('R8-coordination: participants see coordination of their cases (forvaltningsloven § 13 a nr. 1)', () => {
  const coordination = entry({ category: 'coordination', ownerUnitId: 'kindergarten-1', ownerServiceType: 'barnehage' });
  it('shows it to a participant covered by the joining consent', () => {
    expect(decideVisibility(teacherInCase, coordination, [consent()], AT, 'coordination')).toEqual({ visibility: 'shown', basis: { kind: 'consent', consentId: 'consent-1' }, rule: 'R8-coordination' });
  });
  it('redacts it for a participant without a covering consent', () => {
    expect(decideVisibility(teacherInCase, coordination, [], AT, 'coordination')).toEqual({ visibility: 'redacted', basis: NONE, rule: 'R8-coordination' });
  });
  it('leaves a non-participant to R9 (hidden without consent)', () => {
    expect(decideVisibility(viewer(), coordination, [], AT, 'coordination')).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R9-other-service' });
  });
});

describe('R9-other-service: other content from another service (forvaltningsloven § 13 og § 13 a nr. 1)', () => {
  const observation = entry({ ownerUnitId: 'kindergarten-1', ownerServiceType: 'barnehage' });
  it('shows it with a covering consent', () => {
    expect(decideVisibility(viewer(), observation, [consent()], AT, 'follow-up')).toMatchObject({ visibility: 'shown', rule: 'R9-other-service' });
  });
  it('redacts it for a participant without consent', () => {
    expect(decideVisibility(teacherInCase, observation, [], AT, 'follow-up').visibility).toBe('redacted');
  });
  it('hides it from a non-participant without consent', () => {
    expect(decideVisibility(viewer(), observation, [], AT, 'follow-up').visibility).toBe('hidden');
  });
  it('respects a deny for the purpose', () => {
    const deny = consent({ consentId: 'deny-1', decision: 'deny', provision: { purposes: ['follow-up'] } });
    expect(decideVisibility(viewer(), observation, [consent(), deny], AT, 'follow-up').visibility).toBe('hidden');
  });
});

describe('R10-default-deny: nothing undecided is shown (GDPR art. 5 nr. 1 f)', () => {
  it('hides what no configured rule decides', () => {
    const onlyDeny: ConfidentialityRule[] = DEFAULT_RULES.filter((rule) => rule.kind === 'default-deny' || rule.kind === 'purpose-required');
    expect(decideVisibility(viewer({ assignedToChild: true }), entry(), [consent()], AT, 'follow-up', onlyDeny)).toEqual({ visibility: 'hidden', basis: NONE, rule: 'R10-default-deny' });
  });
});
