import { mkdir } from 'node:fs/promises';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '@stafett/event-store/embedded/embedded-postgres.server';
import { readDataDir } from '../config/app-config';
import { ensureDatabase, withDatabase } from './create-database';
import { runMigrations } from './run-migrations';

export interface OpenDatabase {
  readonly url: string;
  readonly embedded: boolean;
  close(): Promise<void>;
}

const DEFAULT_EMBEDDED_PORT = 54329;
const APP_DATABASE = 'stafett';

/**
 * With `DATABASE_URL`, that server; without it, a real PostgreSQL started from the
 * `embedded-postgres` package with its data under `DATA_DIR` (kept between runs). Either way the
 * database exists and every migration has run when this returns.
 */
export async function openDatabase(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<OpenDatabase> {
  let server: EmbeddedServer | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    const dir = readDataDir(env);
    await mkdir(dir, { recursive: true });
    const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
    const running = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    if (await answers(running)) {
      // Another process (the API, say, while an operator runs the CLI) already serves this data.
      url = withDatabase(running, APP_DATABASE);
      log(`using the embedded PostgreSQL already running on 127.0.0.1:${port}`);
    } else {
      server = await startEmbeddedPostgres({ dir, port, persistent: true });
      url = withDatabase(server.url, APP_DATABASE);
      log(`embedded PostgreSQL on 127.0.0.1:${port}, data in ${dir}`);
    }
  }
  await ensureDatabase(url);
  await runMigrations(url);
  return {
    url,
    embedded: server !== undefined,
    close: async () => server?.stop(),
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
