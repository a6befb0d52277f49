import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmbeddedServer } from './embedded-postgres.server';
import { readDataDir } from '../config/app-config';
import { StartupError } from '../process/startup-error';
import { ensureDatabase, withDatabase } from './create-database';
import { isAlive, ownerOf, PASSWORD, probePort, runningPostmaster, sameDirectory, stopPostmaster, takeOwnership, USER } from './embedded-instance';
import type { MigrationClass } from './data-source.options';
import { runMigrations } from './run-migrations';

export interface OpenDatabase {
  readonly url: string;
  /** True when this process runs (and will stop) the embedded server. */
  readonly embedded: boolean;
  close(): Promise<void>;
}

const DEFAULT_EMBEDDED_PORT = 54329;
const APP_DATABASE = 'stafett';

/**
 * With `DATABASE_URL`, that server; without it, a real PostgreSQL from the `embedded-postgres`
 * package with its data in `<DATA_DIR>/pg` (kept between runs): the one already running for this
 * data directory (the API's, while an operator runs a CLI command), or one this process starts and
 * stops again. Either way the database exists and every migration has run when this returns; every
 * failure is a StartupError that says what failed and what to do. `migrations`: the composition root's list.
 */
export async function openDatabase(env: NodeJS.ProcessEnv, log: (line: string) => void, migrations: readonly MigrationClass[]): Promise<OpenDatabase> {
  const prepare = (url: string, which: string, advice: string) => prepareDatabase(url, migrations, which, advice);
  if (env.DATABASE_URL) {
    await prepare(env.DATABASE_URL, 'the PostgreSQL at DATABASE_URL', 'Check that the server runs and that DATABASE_URL is right.');
    return { url: env.DATABASE_URL, embedded: false, close: async () => undefined };
  }
  const dir = readDataDir(env);
  const pgDir = join(dir, 'pg');
  const port = embeddedPort(env);
  await mkdir(dir, { recursive: true });
  const url = withDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, APP_DATABASE);

  const onPort = await probePort(port);
  if (onPort.kind === 'other') {
    throw new StartupError(
      `Port ${port} (EMBEDDED_PG_PORT) is in use by another program, so the embedded PostgreSQL cannot start there. ` +
        `Stop that program, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  if (onPort.kind === 'postgres') {
    if (!sameDirectory(onPort.dataDirectory, pgDir)) {
      throw new StartupError(
        `Port ${port} (EMBEDDED_PG_PORT) is used by another PostgreSQL, whose data is in ${onPort.dataDirectory}, not in this ` +
          `instance's ${pgDir} (DATA_DIR). Its data is not this instance's: set EMBEDDED_PG_PORT to a free port, or DATA_DIR to that instance's directory.`,
      );
    }
    const owner = ownerOf(pgDir);
    if (owner !== undefined && owner !== process.pid && !isAlive(owner)) {
      // Its starter died without stopping it (and its watchdog with it): adopt it, and stop it at the end.
      log(`adopting the embedded PostgreSQL on 127.0.0.1:${port} left running by process ${owner}, data in ${pgDir}`);
      const giveUp = await takeOwnership(pgDir);
      await prepare(url, 'the embedded PostgreSQL', `Stop it (it runs from ${pgDir}) and start again.`);
      return { url, embedded: true, close: () => stopPostmaster(pgDir).finally(giveUp) };
    }
    log(`using the embedded PostgreSQL already running on 127.0.0.1:${port} (data in ${pgDir})`);
    await prepare(url, 'the embedded PostgreSQL', `Stop it (it runs from ${pgDir}) and start again.`);
    return { url, embedded: false, close: async () => undefined };
  }

  const elsewhere = runningPostmaster(pgDir);
  if (elsewhere) {
    throw new StartupError(
      `The embedded PostgreSQL of ${pgDir} (DATA_DIR) already runs, on port ${elsewhere.port} (process ${elsewhere.pid}), not on ${port}. ` +
        `Set EMBEDDED_PG_PORT=${elsewhere.port} to use it, or stop it.`,
    );
  }
  const server = await start(dir, port, pgDir);
  const giveUp = await takeOwnership(pgDir);
  log(`embedded PostgreSQL on 127.0.0.1:${port}, data in ${pgDir}`);
  const close = () => server.stop().finally(giveUp);
  try {
    await prepare(url, 'the embedded PostgreSQL', `Look at ${join(pgDir, 'log')} if it exists, or remove ${pgDir} to start from an empty database.`);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { url, embedded: true, close };
}

function embeddedPort(env: NodeJS.ProcessEnv): number {
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`EMBEDDED_PG_PORT must be a port number from 1 to 65535, not '${env.EMBEDDED_PG_PORT}'.`);
  }
  return port;
}

async function start(dir: string, port: number, pgDir: string): Promise<EmbeddedServer> {
  // Loaded only here: embedded-postgres is ESM-only, and processes that use DATABASE_URL never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy (see above)
  const { startEmbeddedPostgres } = require('./embedded-postgres.server') as typeof import('./embedded-postgres.server');
  try {
    return await startEmbeddedPostgres({ dir, port, persistent: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'no reason given';
    throw new StartupError(
      `The embedded PostgreSQL did not start on port ${port} (EMBEDDED_PG_PORT) with its data in ${pgDir} (DATA_DIR): ${reason}. ` +
        `Check that the port is free and the directory is writable, or set EMBEDDED_PG_PORT or DATA_DIR elsewhere.`,
    );
  }
}

/** Creates the application database if needed and runs every migration; a failure says which server and what to do. */
async function prepareDatabase(url: string, migrations: readonly MigrationClass[], which: string, advice: string): Promise<void> {
  try {
    await ensureDatabase(url);
    await runMigrations(url, migrations);
  } catch (error) {
    const { hostname, port } = new URL(url);
    const code = (error as { code?: unknown }).code;
    // Infrastructure, not personal data: a connection error's code, or a migration's error, shortened.
    const reason = typeof code === 'string' && !/^[0-9A-Z]{5}$/.test(code) ? code : error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'error';
    throw new StartupError(`Cannot prepare the database on ${which} (${hostname}:${port || 5432}): ${reason}. ${advice}`);
  }
}
