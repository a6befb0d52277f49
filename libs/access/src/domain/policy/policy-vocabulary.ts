import type { ConfidentialityFamily } from '../timeline-entry';

// The categories and purposes are the consent's vocabulary (@stafett/consent); the families are the policy's own.
export { ACCESS_PURPOSES, INFORMATION_CATEGORIES, isAccessPurpose, isInformationCategory } from '@stafett/consent';

// A record keyed by the union: adding a family without adding it here is a compile error.
const FAMILIES: Record<ConfidentialityFamily, true> = {
  education: true,
  health: true,
  nav: true,
  police: true,
  'child-welfare': true,
  other: true,
};

export const POLICY_FAMILIES = Object.keys(FAMILIES) as readonly ConfidentialityFamily[];

export const isConfidentialityFamily = (value: unknown): value is ConfidentialityFamily => typeof value === 'string' && Object.hasOwn(FAMILIES, value);
