import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../port/event';
import type { AppendResult, EventStore, ReadStreamOptions } from '../port/event-store.port';
import { PartialDuplicateAppendError, WrongExpectedVersionError } from '../port/errors';
import type { ExpectedVersion } from '../port/expected-version';
import { formatPosition, type GlobalPosition } from '../port/global-position';
import type { CheckpointStore } from '../subscriptions/checkpoint-store';

/**
 * The copy's progress lives in the `subscriptions` table under this name: the PostgreSQL position
 * of the last event copied, moved only after its batch is in KurrentDB.
 */
export const COPY_CHECKPOINT_NAME = 'event-store:copy-postgres-log-to-kurrentdb';

/** Where the copy writes: KurrentDbEventStore (keeps ids, metadata and recording times). */
export interface CopyTarget {
  appendCopied(streamId: string, events: readonly RecordedEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
}

export interface CopySettings {
  readonly batchSize?: number;
  /** Identifies this run in the lease; a second run is refused while the lease is held. */
  readonly owner?: string;
  /** Stops after the batch in progress; the next run continues from there. */
  readonly signal?: AbortSignal;
  onBatch?(progress: CopyProgress): void;
}

export interface CopyProgress {
  /** Events written to KurrentDB by this run. */
  readonly copied: number;
  /** Events found already in KurrentDB (copied by an earlier, interrupted run). */
  readonly alreadyThere: number;
  /** The PostgreSQL position the copy has reached. */
  readonly position: GlobalPosition;
  readonly finished: boolean;
}

/** The target holds something at a stream's next version that the source does not: nothing more is copied. */
export class CopyDivergedError extends Error {
  override readonly name = 'CopyDivergedError';

  constructor(
    readonly streamId: string,
    readonly version: bigint,
  ) {
    super(
      `KurrentDB's stream '${streamId}' does not continue at version ${version} with the PostgreSQL events: ` +
        `it holds other events, or misses earlier ones. The copy needs a KurrentDB that only this copy writes to.`,
    );
  }
}

/**
 * Copies the PostgreSQL log into KurrentDB in global order, one stream run at a time with the exact
 * expected version, so the copy is exact: KurrentDB ends up with the same streams, versions, event
 * ids, types, data and metadata, in the same order. It can be stopped at any point and run again:
 * - progress is a checkpoint in PostgreSQL, moved only after its batch is written, so nothing is
 *   skipped;
 * - a re-run rewrites at most the batch that was in progress; KurrentDB and the adapter recognise
 *   those events by id and version, so nothing is written twice;
 * - a lease on the checkpoint keeps two runs from copying at once.
 * Each run copies what it can read and returns: run it while the old log still takes writes to
 * catch up, then once more after the API and workers are stopped.
 */
export async function copyPostgresLogToKurrentDb(
  source: Pick<EventStore, 'readAll'>,
  target: CopyTarget,
  checkpoints: CheckpointStore,
  settings: CopySettings = {},
): Promise<CopyProgress> {
  const owner = settings.owner ?? `copy:${process.pid}:${randomUUID()}`;
  const batchSize = settings.batchSize ?? 500;
  let position = await checkpoints.tryAcquire(COPY_CHECKPOINT_NAME, owner);
  if (!position) throw new Error(`Another copy to KurrentDB is running (it holds the lease on '${COPY_CHECKPOINT_NAME}')`);
  let copied = 0;
  let alreadyThere = 0;
  try {
    for (;;) {
      if (settings.signal?.aborted) return { copied, alreadyThere, position, finished: false };
      const batch = await source.readAll({ after: position, maxCount: batchSize });
      if (batch.events.length === 0) return { copied, alreadyThere, position, finished: true };
      for (const run of streamRuns(batch.events)) {
        const outcome = await copyRun(target, run);
        copied += outcome.copied;
        alreadyThere += outcome.alreadyThere;
      }
      const from = position;
      const outcome = await checkpoints.commitBatch(COPY_CHECKPOINT_NAME, owner, from, batch.nextPosition, async () => undefined);
      if (outcome === 'lost') {
        throw new Error(`The copy lost its lease at ${formatPosition(from)}; run it again to continue from its checkpoint`);
      }
      position = batch.nextPosition;
      settings.onBatch?.({ copied, alreadyThere, position, finished: false });
    }
  } finally {
    await checkpoints.release(COPY_CHECKPOINT_NAME, owner).catch(() => undefined);
  }
}

/** Consecutive events of one stream in the global order (in PostgreSQL: usually one append each). */
export function streamRuns(events: readonly RecordedEvent[]): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  for (const event of events) {
    const current = runs[runs.length - 1];
    const previous = current?.[current.length - 1];
    if (previous && previous.streamId === event.streamId && previous.streamVersion + 1n === event.streamVersion) current.push(event);
    else runs.push([event]);
  }
  return runs;
}

async function copyRun(target: CopyTarget, run: readonly RecordedEvent[]): Promise<{ copied: number; alreadyThere: number }> {
  const { streamId, streamVersion: first } = run[0];
  try {
    const result = await target.appendCopied(streamId, run, expectedBefore(first));
    // A retry is recognised by id; it must also sit at the source's versions for the copy to be exact.
    if (result.nextExpectedVersion !== run[run.length - 1].streamVersion) throw new CopyDivergedError(streamId, first);
    return result.appended ? { copied: run.length, alreadyThere: 0 } : { copied: 0, alreadyThere: run.length };
  } catch (error) {
    if (!(error instanceof PartialDuplicateAppendError) && !(error instanceof WrongExpectedVersionError)) throw error;
  }
  // An interrupted run may have copied the start of this run (its batch ended inside it): continue
  // after what is there, provided it is exactly the start of this run.
  const present = await target.readStream(streamId, { fromVersion: first, maxCount: run.length });
  const matches = present.length > 0 && present.every((event, i) => event.id.toLowerCase() === run[i].id.toLowerCase());
  if (!matches) throw new CopyDivergedError(streamId, first);
  if (present.length === run.length) return { copied: 0, alreadyThere: run.length };
  const rest = run.slice(present.length);
  const result = await target.appendCopied(streamId, rest, expectedBefore(rest[0].streamVersion));
  if (result.nextExpectedVersion !== run[run.length - 1].streamVersion) throw new CopyDivergedError(streamId, first);
  return { copied: result.appended ? rest.length : 0, alreadyThere: present.length + (result.appended ? 0 : rest.length) };
}

function expectedBefore(version: bigint): ExpectedVersion {
  return version === 1n ? 'no_stream' : version - 1n;
}
