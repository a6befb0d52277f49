import { START as FROM_FIRST_RECORD, type Position, type ReadPosition } from '@kurrent/kurrentdb-client';
import { comparePositions, type GlobalPosition } from '../port/global-position';

/**
 * KurrentDB's `$all` positions are already a (commit, prepare) pair of log offsets, the shape of the
 * port's GlobalPosition, so the mapping is a copy; only "before everything" needs translating.
 */
export function toReadPosition(after: GlobalPosition): ReadPosition {
  if (after.commit < 0n || after.prepare < 0n) return FROM_FIRST_RECORD;
  return { commit: after.commit, prepare: after.prepare };
}

export function fromKurrentPosition(position: Position | undefined, what: string): GlobalPosition {
  // Servers before 22.10 leave positions out of stream reads; the port needs one on every event.
  if (!position) throw new Error(`KurrentDB returned ${what} without a log position (KurrentDB 22.10 or later is needed)`);
  return { commit: BigInt(position.commit), prepare: BigInt(position.prepare) };
}

/** A `$all` read starts at its position inclusive; the port's `after` is exclusive. */
export function isAfter(position: GlobalPosition, after: GlobalPosition): boolean {
  return comparePositions(position, after) > 0;
}
