/**
 * What a practitioner may do, as granted by their organisation (see docs/authentication.md).
 * `privacy-officer` is the municipality's privacy function: it hands the guardians (or the child) the
 * access report on request, and reaches nothing else about a child.
 */
export const ROLES = ['practitioner', 'leader', 'intake', 'caseworker', 'administrator', 'privacy-officer'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
