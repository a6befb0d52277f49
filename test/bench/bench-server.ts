import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../libs/platform/src/database/embedded-postgres.server';
import { dropDatabase, ensureDatabase, withDatabase } from '../../libs/platform/src/database/create-database';
import { findFreePort } from '../../libs/platform/src/database/free-port';

export interface BenchDatabases {
  /** Our event store (migrated by TypeORM). */
  readonly ours: string;
  /** Emmett's event store (migrated by Emmett). */
  readonly emmett: string;
  /** The bare `(id bigserial primary key, data jsonb)` table: the plain-INSERT ceiling. */
  readonly ceiling: string;
}

export interface BenchServer {
  readonly embedded: boolean;
  readonly databases: BenchDatabases;
  /** Drops the databases and, for an embedded server, stops it and removes its directory. */
  release(): Promise<void>;
}

/**
 * The one server every contender runs on: a throwaway embedded PostgreSQL without DATABASE_URL,
 * otherwise the server at DATABASE_URL. Three fresh databases on it, so the contenders share the
 * server (same WAL, same fsync, same settings) but never each other's tables.
 */
export async function openBenchServer(log: (line: string) => void): Promise<BenchServer> {
  let embedded: EmbeddedServer | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'stafett-bench-'));
    await chmod(dir, 0o755); // the `postgres` OS user must reach the data directory when we run as root
    embedded = await startEmbeddedPostgres({ dir, port: await findFreePort(), persistent: false });
    serverUrl = embedded.url;
    log(`started embedded PostgreSQL at ${new URL(serverUrl).host} in ${dir}`);
  } else {
    log(`using the PostgreSQL server at DATABASE_URL (${new URL(serverUrl).host})`);
  }

  const base = `stafett_bench_${randomBytes(5).toString('hex')}`;
  const databases: BenchDatabases = {
    ours: withDatabase(serverUrl, base),
    emmett: withDatabase(serverUrl, `${base}_emmett`),
    ceiling: withDatabase(serverUrl, `${base}_ceiling`),
  };
  const created: string[] = [];
  let released = false;
  const release = async (): Promise<void> => {
    if (released) return;
    released = true;
    for (const url of created) await dropDatabase(url).catch((error) => log(`could not drop ${url}: ${String(error)}`));
    if (embedded) await embedded.stop();
  };
  try {
    for (const url of Object.values(databases)) {
      await ensureDatabase(url);
      created.push(url);
    }
  } catch (error) {
    await release();
    throw error;
  }
  log(`databases ${base}, ${base}_emmett, ${base}_ceiling`);
  return { embedded: embedded !== undefined, databases, release };
}

export interface ServerFacts {
  readonly version: string;
  readonly versionString: string;
  readonly settings: Record<string, string>;
}

const REPORTED_SETTINGS = [
  'fsync',
  'synchronous_commit',
  'wal_sync_method',
  'full_page_writes',
  'data_checksums',
  'commit_delay',
  'wal_level',
  'shared_buffers',
  'max_wal_size',
  'jit',
];

export async function serverFacts(url: string): Promise<ServerFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const settings: Record<string, string> = {};
    const { rows } = await client.query<{ name: string; setting: string; unit: string | null }>(
      'SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1)',
      [REPORTED_SETTINGS],
    );
    for (const name of REPORTED_SETTINGS) settings[name] = rows.find((r) => r.name === name)?.setting ?? '?';
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
    const versionString = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0].v;
    return { version, versionString, settings };
  } finally {
    await client.end();
  }
}

/**
 * Flushes dirty pages before a measurement, so a checkpoint falls on nobody's clock. Needs
 * superuser or pg_checkpoint; on a server where we lack it, skip it silently.
 */
export async function checkpoint(client: { query(sql: string): Promise<unknown> }): Promise<void> {
  await client.query('CHECKPOINT').catch(() => undefined);
}
