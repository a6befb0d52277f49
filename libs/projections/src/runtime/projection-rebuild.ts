import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import {
  applyHoldingParked,
  applyOneByOne,
  comparePositions,
  DEFAULT_ISOLATION,
  isTransientFailure,
  START,
  type CheckpointStore,
  type EventStore,
  type GlobalPosition,
  type IsolationSettings,
} from '@stafett/event-store';
import { ParkedEvents } from '../parking/parked-events';
import type { Projection } from './projection';

const PARKED_TABLE = 'projection_parked_events';
const BATCH = 500;

/**
 * Empties a projection and puts its checkpoint back to the start in one transaction; whichever
 * process holds its subscription then replays every event into it. Tests use it to prove that a
 * replay gives the same rows; operators use {@link rebuildBeside}, which never empties a live table.
 */
export async function resetProjection(dataSource: DataSource, checkpoints: CheckpointStore, projection: Projection): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await checkpoints.resetWithin(manager, projection.name);
    await projection.reset(manager);
  });
}

export interface RebuildOptions {
  /** Switch even when the rebuild parked events the live read model applied. */
  readonly acceptNewParked?: boolean;
  readonly onProgress?: (events: number) => void;
  readonly isolation?: IsolationSettings;
}

export interface RebuildReport {
  readonly events: number;
  readonly rows: Readonly<Record<string, number>>;
  readonly parked: number;
}

/** The rebuild did not switch; the live read model is as it was. */
export class RebuildRefusedError extends Error {
  override readonly name = 'RebuildRefusedError';
}

/**
 * Rebuilds a projection beside its live tables and swaps the rows in in one transaction, so readers
 * see the old rows until the moment the new ones are complete, and a rebuild that fails (a crash, an
 * error, events that the live model applied but the rebuild had to park) leaves the live rows as
 * they were. How: copies of the projection's tables (and of the parked-event table) in a schema of
 * their own, which comes first in the search path of every replay transaction; the projection's SQL
 * names its tables without a schema, so the very same code writes into the copies. The switch locks
 * the subscription's row (the running process's next batch waits), catches up the last events,
 * replaces the live rows and moves the checkpoint; the running process then continues from there.
 */
export async function rebuildBeside(
  dataSource: DataSource,
  store: EventStore,
  checkpoints: CheckpointStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildReport> {
  const schema = `rebuild_${projection.name.replace(/[^a-z0-9]/g, '_')}`;
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [`rebuild:${projection.name}`]);
    if (!locked) throw new RebuildRefusedError(`a rebuild of ${projection.name} is running already`);
    const [{ live }]: Array<{ live: string }> = await lock.query('SELECT current_schema() AS live');
    await createShadow(lock, schema, live, [...projection.tables, PARKED_TABLE]);
    try {
      const inShadow = <T>(work: (manager: EntityManager) => Promise<T>) =>
        dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL search_path TO ${ident(schema)}, ${ident(live)}`);
          return work(manager);
        });
      let position = START;
      let events = 0;
      for (;;) {
        const batch = await store.readAll({ after: position, maxCount: BATCH });
        if (batch.events.length === 0 && comparePositions(batch.nextPosition, position) === 0) break;
        position = await replay(inShadow, projection, batch.events, position, options.isolation ?? DEFAULT_ISOLATION);
        position = comparePositions(batch.nextPosition, position) > 0 ? batch.nextPosition : position;
        events += batch.events.length;
        options.onProgress?.(events);
      }
      return await dataSource.transaction(async (manager) => {
        await checkpoints.lockWithin(manager, projection.name);
        await manager.query(`SET LOCAL search_path TO ${ident(schema)}, ${ident(live)}`);
        // The last events, applied inside the switch: nothing can be committed between them and it.
        for (;;) {
          const batch = await store.readAll({ after: position, maxCount: BATCH });
          if (batch.events.length === 0) break;
          await applyHoldingParked(new ParkedEvents().handlerFor(projection), batch.events, manager);
          position = batch.nextPosition;
          events += batch.events.length;
        }
        await manager.query(`SET LOCAL search_path TO ${ident(live)}`);
        const parked = await newlyParked(manager, schema, live, projection.name);
        if (parked > 0 && !options.acceptNewParked) {
          throw new RebuildRefusedError(`the rebuild parked ${parked} event(s) that the live read model has applied; nothing was switched`);
        }
        const rows = await swapRows(manager, schema, live, projection);
        await checkpoints.moveWithin(manager, projection.name, position);
        const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM ${PARKED_TABLE} WHERE projection = $1`, [projection.name]);
        return { events, rows, parked: n as number };
      });
    } finally {
      await lock.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`).catch(() => undefined);
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await lock.release();
  }
}

/** One batch into the shadow tables; a failing batch is applied event by event, parking what fails. */
async function replay(
  inShadow: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>,
  projection: Projection,
  events: Parameters<Projection['apply']>[0],
  from: GlobalPosition,
  isolation: IsolationSettings,
): Promise<GlobalPosition> {
  const handler = new ParkedEvents().handlerFor(projection);
  try {
    await inShadow((manager) => applyHoldingParked(handler, events, manager));
    return events.length > 0 ? events[events.length - 1].globalPosition : from;
  } catch (error) {
    if (isTransientFailure(error)) throw error;
    const commit = async (_from: GlobalPosition, _to: GlobalPosition, work: (manager: EntityManager) => Promise<void>) => {
      await inShadow(work);
      return 'committed' as const;
    };
    return (await applyOneByOne(events, from, commit, handler, isolation, { onCommitted: () => undefined })).position;
  }
}

async function createShadow(runner: QueryRunner, schema: string, live: string, tables: readonly string[]): Promise<void> {
  await runner.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
  await runner.query(`CREATE SCHEMA ${ident(schema)}`);
  for (const table of tables) {
    await runner.query(`CREATE TABLE ${ident(schema)}.${ident(table)} (LIKE ${ident(live)}.${ident(table)} INCLUDING ALL)`);
  }
}

/** Failed events in the rebuild that the live read model did not park: what switching would lose. */
async function newlyParked(manager: EntityManager, schema: string, live: string, projection: string): Promise<number> {
  const [{ n }] = await manager.query(
    `SELECT count(*)::int AS n FROM ${ident(schema)}.${PARKED_TABLE} s
      WHERE s.projection = $1 AND s.reason = 'failed'
        AND NOT EXISTS (SELECT 1 FROM ${ident(live)}.${PARKED_TABLE} l WHERE l.projection = $1 AND l.event_id = s.event_id)`,
    [projection],
  );
  return n as number;
}

async function swapRows(manager: EntityManager, schema: string, live: string, projection: Projection): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  await manager.query(`TRUNCATE ${projection.tables.map((table) => `${ident(live)}.${ident(table)}`).join(', ')}`);
  for (const table of projection.tables) {
    const [{ n }] = await manager.query(
      `WITH copied AS (INSERT INTO ${ident(live)}.${ident(table)} SELECT * FROM ${ident(schema)}.${ident(table)} RETURNING 1) SELECT count(*)::int AS n FROM copied`,
    );
    rows[table] = n as number;
  }
  await manager.query(`DELETE FROM ${ident(live)}.${PARKED_TABLE} WHERE projection = $1`, [projection.name]);
  await manager.query(`INSERT INTO ${ident(live)}.${PARKED_TABLE} SELECT * FROM ${ident(schema)}.${PARKED_TABLE} WHERE projection = $1`, [projection.name]);
  return rows;
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
