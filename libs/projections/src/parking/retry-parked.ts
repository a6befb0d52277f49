import type { DataSource } from 'typeorm';
import { describeFailure, isTransientFailure, type CheckpointStore, type EventStore } from '@stafett/event-store';
import type { Projection } from '../runtime/projection';

export interface RetryReport {
  /** Parked events applied and removed from the parked list. */
  readonly applied: number;
  /** Streams whose parked events still fail (they stay parked, with the attempt counted). */
  readonly stillFailing: ReadonlyArray<{ readonly streamId: string; readonly failure: string }>;
}

/**
 * The operator's retry after a fix (`npm run cli -- projections retry-parked <name>`): each stream's
 * parked events, failed and held, applied in their stream's order in one transaction, which also
 * holds the subscription's row, so that the running subscription does not commit a batch of the same
 * stream meanwhile. A stream that fails again stays parked. Streams are taken in global order.
 */
export async function retryParked(dataSource: DataSource, store: EventStore, checkpoints: CheckpointStore, projection: Projection): Promise<RetryReport> {
  const streams: Array<{ stream_id: string }> = await dataSource.query(
    `SELECT stream_id FROM projection_parked_events WHERE projection = $1
      GROUP BY stream_id ORDER BY min(position_commit), min(position_prepare)`,
    [projection.name],
  );
  let applied = 0;
  const stillFailing: Array<{ streamId: string; failure: string }> = [];
  for (const { stream_id: streamId } of streams) {
    try {
      applied += await dataSource.transaction(async (manager) => {
        await checkpoints.lockWithin(manager, projection.name);
        const rows: Array<{ event_id: string; stream_version: string }> = await manager.query(
          `SELECT event_id, stream_version::text FROM projection_parked_events WHERE projection = $1 AND stream_id = $2 ORDER BY stream_version FOR UPDATE`,
          [projection.name, streamId],
        );
        if (rows.length === 0) return 0;
        const ids = new Set(rows.map((row) => row.event_id));
        const events = (await store.readStream(streamId, { fromVersion: BigInt(rows[0].stream_version) })).filter((event) => ids.has(event.id));
        await projection.apply(events, manager);
        await manager.query(`DELETE FROM projection_parked_events WHERE projection = $1 AND event_id = ANY($2::uuid[])`, [projection.name, events.map((event) => event.id)]);
        return events.length;
      });
    } catch (error) {
      if (isTransientFailure(error)) throw error;
      const failure = describeFailure(error);
      await dataSource.query(
        `UPDATE projection_parked_events SET attempts = attempts + 1, failure = $3 WHERE projection = $1 AND stream_id = $2 AND reason = 'failed'`,
        [projection.name, streamId, failure],
      );
      stillFailing.push({ streamId, failure });
    }
  }
  return { applied, stillFailing };
}
