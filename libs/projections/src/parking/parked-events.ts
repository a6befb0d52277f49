import type { DataSource, EntityManager } from 'typeorm';
import type { Parking, ParkingHandler, RecordedEvent } from '@stafett/event-store';
import type { Projection } from '../runtime/projection';

/** One parked event, as operators see it: ids, type and the failure's class, never the content. */
export interface ParkedEvent {
  readonly projection: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventType: string;
  readonly reason: 'failed' | 'held';
  readonly failure: string | null;
  readonly attempts: number;
  readonly parkedAt: Date;
}

export interface ParkedCounts {
  /** Events that failed on their own. */
  readonly failed: number;
  /** Later events of the same streams, held back so that a retry keeps each stream's order. */
  readonly held: number;
}

// Table names are unqualified on purpose: a rebuild runs the same code with its own schema first in
// the search path, and so parks into its own copy of the table (projection-rebuild.ts).
const TABLE = 'projection_parked_events';

/** The parked events of every projection (table `projection_parked_events`). */
export class ParkedEvents {
  async heldStreams(manager: EntityManager, projection: string): Promise<ReadonlySet<string>> {
    const rows: Array<{ stream_id: string }> = await manager.query(`SELECT DISTINCT stream_id FROM ${TABLE} WHERE projection = $1`, [projection]);
    return new Set(rows.map((row) => row.stream_id));
  }

  async park(manager: EntityManager, projection: string, event: RecordedEvent, parking: Parking): Promise<void> {
    await manager.query(
      `INSERT INTO ${TABLE} (projection, event_id, stream_id, stream_version, event_type, position_commit, position_prepare, reason, failure, attempts, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (projection, event_id) DO UPDATE SET reason = excluded.reason, failure = excluded.failure,
         attempts = ${TABLE}.attempts + excluded.attempts, parked_at = now()`,
      [
        projection,
        event.id,
        event.streamId,
        event.streamVersion.toString(),
        event.type,
        event.globalPosition.commit.toString(),
        event.globalPosition.prepare.toString(),
        parking.kind,
        parking.kind === 'failed' ? parking.failure : null,
        parking.kind === 'failed' ? parking.attempts : 0,
        JSON.stringify(event.metadata ?? {}),
      ],
    );
  }

  /** The handler a projection's subscription runs with: apply, and park what keeps failing. */
  handlerFor(projection: Projection): ParkingHandler {
    return {
      handle: (events, manager) => projection.apply(events, manager),
      heldStreams: (manager) => this.heldStreams(manager, projection.name),
      park: (event, parking, manager) => this.park(manager, projection.name, event, parking),
    };
  }

  async counts(dataSource: DataSource | EntityManager): Promise<Map<string, ParkedCounts>> {
    const rows: Array<{ projection: string; failed: number; held: number }> = await dataSource.query(
      `SELECT projection, count(*) FILTER (WHERE reason = 'failed')::int AS failed, count(*) FILTER (WHERE reason = 'held')::int AS held
         FROM ${TABLE} GROUP BY projection`,
    );
    return new Map(rows.map((row) => [row.projection, { failed: row.failed, held: row.held }]));
  }

  /**
   * How many streams have parked events in a projection, for the read model's own answers ("N
   * reports could not be processed"). With `owner`, only streams whose events name that owner at
   * the metadata path (e.g. ['report', 'childWelfareUnitId']), and those that name no owner at all.
   */
  async countStreams(source: DataSource | EntityManager, projection: string, owner?: { readonly path: readonly string[]; readonly equals: string }): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await source.query(
      `SELECT count(DISTINCT stream_id)::int AS n FROM ${TABLE}
        WHERE projection = $1 AND ($2::text[] IS NULL OR metadata #>> $2::text[] = $3 OR metadata #> $2::text[] IS NULL)`,
      [projection, owner ? [...owner.path] : null, owner?.equals ?? null],
    );
    return n;
  }

  async list(dataSource: DataSource | EntityManager, projection?: string): Promise<ParkedEvent[]> {
    const rows: Array<Record<string, unknown>> = await dataSource.query(
      `SELECT projection, event_id, stream_id, stream_version::int AS stream_version, event_type, reason, failure, attempts, parked_at
         FROM ${TABLE} WHERE $1::text IS NULL OR projection = $1
        ORDER BY projection, position_commit, position_prepare`,
      [projection ?? null],
    );
    return rows.map((row) => ({
      projection: row.projection as string,
      eventId: row.event_id as string,
      streamId: row.stream_id as string,
      streamVersion: row.stream_version as number,
      eventType: row.event_type as string,
      reason: row.reason as 'failed' | 'held',
      failure: row.failure as string | null,
      attempts: row.attempts as number,
      parkedAt: row.parked_at as Date,
    }));
  }
}
