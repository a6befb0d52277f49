/**
 * What a practitioner may do in a unit. `intake` and `caseworker` are child welfare's roles (the
 * intake team that reviews reports, and the caseworker of an investigation); the policy module
 * reads them together with the unit's service type. `privacy-officer` is the municipality's privacy
 * function, which hands out the guardians' access report and nothing else.
 */
export const PRACTITIONER_ROLES = ['practitioner', 'leader', 'intake', 'caseworker', 'administrator', 'privacy-officer'] as const;

export type PractitionerRole = (typeof PRACTITIONER_ROLES)[number];

export function isPractitionerRole(value: unknown): value is PractitionerRole {
  return typeof value === 'string' && (PRACTITIONER_ROLES as readonly string[]).includes(value);
}

/** Roles in a fixed order, so that equal role sets compare equal and events are deterministic. */
export function sortRoles(roles: readonly PractitionerRole[]): PractitionerRole[] {
  return PRACTITIONER_ROLES.filter((role) => roles.includes(role));
}
