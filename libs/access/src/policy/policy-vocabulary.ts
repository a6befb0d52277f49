import type { AccessPurpose, ConfidentialityFamily, InformationCategory } from '../timeline-entry';

// Records keyed by the contract's unions: adding a member to timeline-entry.ts without adding it
// here is a compile error, so the runtime lists used to validate configuration cannot drift.
const CATEGORIES: Record<InformationCategory, true> = {
  coordination: true,
  observation: true,
  measure: true,
  meeting: true,
  agreement: true,
  'positive-observation': true,
  health: true,
  nav: true,
  police: true,
  'child-welfare-case': true,
  'child-welfare-feedback': true,
};
const FAMILIES: Record<ConfidentialityFamily, true> = {
  education: true,
  health: true,
  nav: true,
  police: true,
  'child-welfare': true,
  other: true,
};
const PURPOSES: Record<AccessPurpose, true> = { coordination: true, 'follow-up': true, registration: true, statistics: true };

export const INFORMATION_CATEGORIES = Object.keys(CATEGORIES) as readonly InformationCategory[];
export const POLICY_FAMILIES = Object.keys(FAMILIES) as readonly ConfidentialityFamily[];
export const ACCESS_PURPOSES = Object.keys(PURPOSES) as readonly AccessPurpose[];

export const isInformationCategory = (value: unknown): value is InformationCategory =>
  typeof value === 'string' && Object.hasOwn(CATEGORIES, value);
export const isConfidentialityFamily = (value: unknown): value is ConfidentialityFamily =>
  typeof value === 'string' && Object.hasOwn(FAMILIES, value);
export const isAccessPurpose = (value: unknown): value is AccessPurpose =>
  typeof value === 'string' && Object.hasOwn(PURPOSES, value);
