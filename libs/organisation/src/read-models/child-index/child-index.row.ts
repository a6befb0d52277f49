import type { RecordedEvent } from '@stafett/event-store';
import { isLookupHash, type LookupHash } from '@stafett/identity';
import { childStreamId, type ChildRegistered } from '../../domain/child.events';

/** One child as the index keeps it: nothing personal but keyed hashes. */
export interface ChildIndexRow {
  readonly childId: string;
  readonly homeMunicipality: string;
  readonly lookupHashes: readonly LookupHash[];
  /** ISO 8601. */
  readonly registeredAt: string;
}

/**
 * The row a `ChildRegistered` event gives, or `undefined` for any other event. The child's own
 * number (or, before birth, the mother's) and every guardian's number can find the child.
 */
export function childIndexRowFrom(event: RecordedEvent): ChildIndexRow | undefined {
  if (event.type !== 'ChildRegistered') return undefined;
  const data = event.data as ChildRegistered['data'];
  // The registration lives on the child's own stream; the same type elsewhere is not ours.
  if (typeof data?.childId !== 'string' || event.streamId !== childStreamId(data.childId)) return undefined;
  const own = data.subject.kind === 'born' ? data.subject.nationalIdLookup : data.subject.motherNationalIdLookup;
  const hashes = [own, ...data.guardians.map((guardian) => guardian.nationalIdLookup)].filter(isLookupHash);
  return {
    childId: data.childId.toLowerCase(),
    homeMunicipality: data.homeMunicipality,
    lookupHashes: [...new Set(hashes)],
    registeredAt: event.metadata.occurredAt ?? event.recordedAt.toISOString(),
  };
}
