import {
  ANY,
  NO_STREAM,
  START as FROM_FIRST_REVISION,
  STREAM_EXISTS,
  type AppendStreamState,
  type CurrentStreamState,
  type ReadRevision,
} from '@kurrent/kurrentdb-client';
import type { ExpectedVersion } from '../port/expected-version';

// Our stream versions count from 1 (the first event is version 1); KurrentDB revisions count from 0.

export function versionFromRevision(revision: bigint): bigint {
  return revision + 1n;
}

export function revisionFromVersion(version: bigint): bigint {
  return version - 1n;
}

/** The port's expected version as the client's stream state. */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return revisionFromVersion(expected);
  }
}

/** The exact stream state for a write after the stream's last version was read (undefined: no events). */
export function exactStreamState(lastVersion: bigint | undefined): AppendStreamState {
  return lastVersion === undefined ? NO_STREAM : revisionFromVersion(lastVersion);
}

/** The stream's version as a version conflict reports it: `undefined` when the stream has no events. */
export function versionFromStreamState(state: CurrentStreamState | undefined): bigint | undefined {
  if (state === undefined || state === NO_STREAM || state < 0n) return undefined;
  return versionFromRevision(state);
}

/** Where a stream read starts for the port's `fromVersion` (inclusive, default 1). */
export function readRevisionFor(fromVersion: bigint | undefined): ReadRevision {
  return fromVersion === undefined || fromVersion <= 1n ? FROM_FIRST_REVISION : revisionFromVersion(fromVersion);
}
