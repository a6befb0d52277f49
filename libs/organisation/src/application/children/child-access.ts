import type { DomainEvent } from '../../domain/domain-event';

/**
 * Why a practitioner reads a named child's data; recorded with every read and shown to the family
 * on request (GDPR art. 15). Kept short and coarse on purpose: a purpose is chosen per read.
 *
 * TODO(access-purposes): make the list per-municipality configuration once the policy module that
 * decides what each purpose may see exists; until then every purpose reveals the same registration.
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

/** A practitioner read the child's personal data. Appended before the data is handed out. */
export type ChildDataRead = DomainEvent<
  'ChildDataRead',
  {
    practitionerId: string;
    unitId: string;
    purpose: ChildAccessPurpose;
  }
>;
