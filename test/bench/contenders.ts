import { randomUUID } from 'node:crypto';
import { Client, Pool, types, type CustomTypesConfig } from 'pg';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore as EmmettStore } from '@event-driven-io/emmett-postgresql';
import type { NewEvent } from '../../libs/event-store/src/port/event';
import type { ExpectedVersion } from '../../libs/event-store/src/port/expected-version';
import { START } from '../../libs/event-store/src/port/global-position';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/postgres-event-store';

export type ContenderName = 'ours' | 'ceiling' | 'emmett';

/** The same work for every contender; the runner times each call. Returns the number of events. */
export interface Contender {
  readonly name: ContenderName;
  /** The contender's own database on the shared server. */
  readonly database: string;
  /** One event per append, one stream, each append with the exact expected version. */
  sequential(events: readonly NewEvent[]): Promise<number>;
  /** Concurrent writers, each on its own stream and connection, appending one event at a time. */
  writers(perWriter: readonly (readonly NewEvent[])[]): Promise<number>;
  /** One append (or one INSERT) per batch, one after the other, on one stream. */
  batched(batches: readonly (readonly NewEvent[])[]): Promise<number>;
  /** Reads every event from the start, `batchSize` per round trip. */
  catchUp(batchSize: number): Promise<number>;
  /** How many events (rows) are stored: what a catch-up should have read. */
  stored(): Promise<number>;
  close(): Promise<void>;
}

export const POOL_SIZE = 10;

/**
 * node-postgres's own parsers for the types Emmett's driver layer (dumbo) overrides globally when
 * its store is created (int8 as BigInt, json/jsonb through a reviver). Our and the ceiling's pools
 * use these, so that loading Emmett does not change how the others parse rows.
 */
const pgDefaultTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary' && (oid === 114 || oid === 3802)) return JSON.parse;
    if (format !== 'binary' && oid === 20) return (value: string) => value;
    return types.getTypeParser(oid, format as 'text');
  }) as CustomTypesConfig['getTypeParser'],
};

const streamName = (kind: string): string => `bench${kind}-${randomUUID()}`;
const databaseOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

/** Our PostgresEventStore, exactly as the application builds it. */
export function oursContender(url: string): Contender {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE, types: pgDefaultTypes });
  const store = new PostgresEventStore(pool);

  const appendOneByOne = async (stream: string, events: readonly NewEvent[]): Promise<number> => {
    let expected: ExpectedVersion = 'no_stream';
    for (const event of events) expected = (await store.append(stream, [event], expected)).nextExpectedVersion;
    return events.length;
  };

  return {
    name: 'ours',
    database: databaseOf(url),
    sequential: (events) => appendOneByOne(streamName('seq'), events),
    async writers(perWriter) {
      const counts = await Promise.all(perWriter.map((events) => appendOneByOne(streamName('writer'), events)));
      return counts.reduce((a, b) => a + b, 0);
    },
    async batched(batches) {
      const stream = streamName('batch');
      let expected: ExpectedVersion = 'no_stream';
      let count = 0;
      for (const batch of batches) {
        expected = (await store.append(stream, batch, expected)).nextExpectedVersion;
        count += batch.length;
      }
      return count;
    },
    async catchUp(batchSize) {
      let after = START;
      let count = 0;
      for (;;) {
        const batch = await store.readAll({ after, maxCount: batchSize });
        count += batch.events.length;
        after = batch.nextPosition;
        if (!batch.isFull) return count;
      }
    },
    stored: () => countRows(pool, 'events'),
    close: () => store.close(),
  };
}

async function countRows(pool: Pool, table: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
  return Number(rows[0].n);
}

/** The row an event becomes in the bare ceiling table: one jsonb with type, data and metadata. */
const ceilingRow = (event: NewEvent): string =>
  JSON.stringify({ id: event.id, type: event.type, data: event.data, metadata: event.metadata });

/**
 * The ceiling: autocommit INSERTs into `(id bigserial primary key, data jsonb)`, named prepared
 * statements, no version check, no lock, no other index. What the server can commit at best.
 */
export async function ceilingContender(url: string): Promise<Contender> {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE, types: pgDefaultTypes });
  await pool.query('CREATE TABLE IF NOT EXISTS bare (id bigserial PRIMARY KEY, data jsonb NOT NULL)');
  const insert = { name: 'bare_insert', text: 'INSERT INTO bare (data) VALUES ($1)' };

  const insertOneByOne = async (client: Client | Pool, events: readonly NewEvent[]): Promise<number> => {
    for (const event of events) await client.query({ ...insert, values: [ceilingRow(event)] });
    return events.length;
  };
  const onOwnConnection = async (events: readonly NewEvent[]): Promise<number> => {
    const client = await pool.connect();
    try {
      return await insertOneByOne(client as unknown as Client, events);
    } finally {
      client.release();
    }
  };

  return {
    name: 'ceiling',
    database: databaseOf(url),
    sequential: onOwnConnection,
    async writers(perWriter) {
      const counts = await Promise.all(perWriter.map(onOwnConnection));
      return counts.reduce((a, b) => a + b, 0);
    },
    async batched(batches) {
      let count = 0;
      for (const batch of batches) {
        await pool.query({
          name: 'bare_insert_many',
          text: 'INSERT INTO bare (data) SELECT unnest($1::jsonb[])',
          values: [batch.map(ceilingRow)],
        });
        count += batch.length;
      }
      return count;
    },
    async catchUp(batchSize) {
      let after = '0';
      let count = 0;
      for (;;) {
        const { rows } = await pool.query<{ id: string; data: unknown }>({
          name: 'bare_read',
          text: 'SELECT id, data FROM bare WHERE id > $1 ORDER BY id LIMIT $2',
          values: [after, batchSize],
        });
        count += rows.length;
        if (rows.length > 0) after = rows[rows.length - 1].id;
        if (rows.length < batchSize) return count;
      }
    },
    stored: () => countRows(pool, 'bare'),
    close: () => pool.end(),
  };
}

/**
 * Emmett's PostgreSQL event store (`@event-driven-io/emmett-postgresql`), on a pool of the same
 * size. Appends through `appendToStream` with an exact `expectedStreamVersion` (0n for a new
 * stream); catch-up through `readMessagesBatch`, the reader its consumers poll with, which like our
 * readAll orders by (transaction_id, global_position) below `pg_snapshot_xmin`.
 */
export async function emmettContender(url: string): Promise<Contender> {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  const store: EmmettStore = getPostgreSQLEventStore(url, { connectionOptions: { connectionString: url, pool } });
  await store.schema.migrate();
  const executor = dumbo({ connectionString: url, pool }).execute;

  const toEmmett = (event: NewEvent) => ({
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { ...event.metadata, messageId: event.id },
  });
  const appendOneByOne = async (stream: string, events: readonly NewEvent[]): Promise<number> => {
    let expected = 0n;
    for (const event of events) {
      expected = (await store.appendToStream(stream, [toEmmett(event)], { expectedStreamVersion: expected }))
        .nextExpectedStreamVersion;
    }
    return events.length;
  };

  return {
    name: 'emmett',
    database: databaseOf(url),
    sequential: (events) => appendOneByOne(streamName('seq'), events),
    async writers(perWriter) {
      const counts = await Promise.all(perWriter.map((events) => appendOneByOne(streamName('writer'), events)));
      return counts.reduce((a, b) => a + b, 0);
    },
    async batched(batches) {
      const stream = streamName('batch');
      let expected = 0n;
      let count = 0;
      for (const batch of batches) {
        expected = (await store.appendToStream(stream, batch.map(toEmmett), { expectedStreamVersion: expected }))
          .nextExpectedStreamVersion;
        count += batch.length;
      }
      return count;
    },
    async catchUp(batchSize) {
      let count = 0;
      let result = await readMessagesBatch(executor, { from: 0n, batchSize });
      for (;;) {
        count += result.messages.length;
        if (!result.areMessagesLeft) return count;
        result = await readMessagesBatch(executor, { after: result.currentGlobalPosition, batchSize });
      }
    },
    stored: () => countRows(pool, 'emt_messages'),
    async close() {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}
