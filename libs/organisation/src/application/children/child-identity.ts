import type { LookupHash } from '@stafett/identity';
import type { ValidChildRegistration } from '../../domain/child.validation';

/**
 * One stream per registered identity, holding which child id has it: the born child's own national
 * id, or (before birth) the mother's. Named by the keyed hash, so neither the stream id nor the event
 * holds the number. The first registration claims the identity with an append that requires the
 * stream not to exist, so two registrations of one child, even at the same instant, get one child id,
 * without waiting for the (eventually consistent) look-up index.
 */
export function identityClaimStreamId(subject: ValidChildRegistration['subject'], hash: (nationalId: string) => LookupHash): string {
  return subject.kind === 'born' ? `child-identity-${hash(subject.nationalId)}` : `child-identity-unborn-${hash(subject.motherNationalId)}`;
}

/** The identity is held by this child id. No personal data: the id only. */
export interface ChildIdentityClaimed {
  readonly type: 'ChildIdentityClaimed';
  readonly data: { readonly childId: string };
}

export function claimedChildId(events: readonly { readonly type: string; readonly data: unknown }[]): string | undefined {
  const claim = events.find((event) => event.type === 'ChildIdentityClaimed');
  const childId = (claim?.data as { childId?: unknown } | undefined)?.childId;
  return typeof childId === 'string' ? childId : undefined;
}
