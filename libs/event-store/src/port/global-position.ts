/**
 * A place in the store's global order, the same shape for every engine so that code outside
 * `libs/event-store` never learns which engine it talks to.
 *
 * KurrentDB positions are a (commit, prepare) pair of log offsets. The PostgreSQL adapter also
 * orders by a pair: (transaction id, sequence number) — see docs/event-store.md for why a bare
 * sequence is not safe to follow. Both compare lexicographically: commit first, then prepare.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Before the first event of any engine. */
export const START: GlobalPosition = Object.freeze({ commit: -1n, prepare: -1n });

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Text form for checkpoints, logs and URLs: `commit/prepare`. */
export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}/${position.prepare}`;
}

export function parsePosition(text: string): GlobalPosition {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text.trim());
  if (!match) throw new Error(`Not a global position: '${text}' (expected 'commit/prepare')`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
