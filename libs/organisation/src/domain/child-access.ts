/**
 * Why a practitioner reads a named child's data; recorded with every read and shown to the family
 * on request (GDPR art. 15). Kept short and coarse on purpose: a purpose is chosen per read.
 *
 * TODO(access-purposes): per-municipality configuration (issue 13); every purpose shows the same
 * registration today, to a unit with a relation to the child (libs/access/src/disclosure).
 */
export const CHILD_ACCESS_PURPOSES = ['registration', 'follow-up', 'coordination'] as const;

export type ChildAccessPurpose = (typeof CHILD_ACCESS_PURPOSES)[number];

export function isChildAccessPurpose(value: unknown): value is ChildAccessPurpose {
  return typeof value === 'string' && (CHILD_ACCESS_PURPOSES as readonly string[]).includes(value);
}

/**
 * The access log of one child: apart from the child's own stream, so that reads never contend with
 * writes to the child, and so the log can be shown without decrypting anything.
 */
export const childAccessStreamId = (childId: string): string => `child-access-${childId.toLowerCase()}`;
