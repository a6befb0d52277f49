/** What a practitioner may do, as granted by their organisation (see docs/authentication.md). */
export const ROLES = ['practitioner', 'leader', 'intake', 'caseworker', 'administrator'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
