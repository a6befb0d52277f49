import { WrongExpectedVersionError, type EventMetadata, type EventStore } from '@stafett/event-store';
import type { LookupHash } from '@stafett/identity';
import type { ValidChildRegistration } from '../../../domain/child.validation';

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

/**
 * The child id that holds the identity: the one already claimed, or the proposed one once this
 * request's claim is stored. A registration that claimed but never completed leaves the child id
 * to the next registration of the same identity, which completes it.
 */
export async function claimIdentity(
  store: EventStore,
  streamId: string,
  proposedId: string,
  claimEventId: string,
  metadata: (childId: string) => EventMetadata,
): Promise<string> {
  const existing = claimedChildId(await store.readStream(streamId));
  if (existing) return existing;
  const claim: ChildIdentityClaimed = { type: 'ChildIdentityClaimed', data: { childId: proposedId } };
  try {
    await store.append(streamId, [{ id: claimEventId, ...claim, metadata: metadata(proposedId) }], 'no_stream');
    return proposedId;
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    const winner = claimedChildId(await store.readStream(streamId));
    if (!winner) throw error;
    return winner;
  }
}
