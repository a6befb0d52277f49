import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * What runs on the embedded PostgreSQL's port, who owns the server of a data directory, and the
 * watchdog that stops a server whose owner died. The rules (docs/configuration in README):
 * - a server is reused only when its data directory is this instance's own (`<DATA_DIR>/pg`);
 * - the process that started a server (or adopted one whose starter died) stops it when it ends;
 *   a watchdog stops it when that process is killed (SIGKILL included);
 * - a process that reuses a server someone else owns (a CLI command while the API runs) leaves it running.
 */

export const USER = 'postgres';
export const PASSWORD = 'postgres';

export type PortState =
  | { readonly kind: 'free' }
  | { readonly kind: 'postgres'; readonly dataDirectory: string }
  | { readonly kind: 'other' };

/** Whether anything listens on 127.0.0.1:port, and if it is a PostgreSQL we can log into, where its data lives. */
export async function probePort(port: number): Promise<PortState> {
  const listening = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const answer = (value: boolean) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => answer(true));
    socket.once('timeout', () => answer(true));
    socket.once('error', (error: NodeJS.ErrnoException) => answer(error.code !== 'ECONNREFUSED'));
  });
  if (!listening) return { kind: 'free' };
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const [row] = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows;
    return { kind: 'postgres', dataDirectory: row.data_directory };
  } catch {
    return { kind: 'other' };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The same directory, however it is written (symbolic links, relative parts). */
export function sameDirectory(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  return real(a) === real(b);
}

/** The postmaster of a data directory, from its `postmaster.pid` (pid, and the port it listens on). */
export function runningPostmaster(pgDir: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    return isAlive(pid) ? { pid, port: Number(lines[3]) } : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerFile = (pgDir: string) => join(pgDir, '..', 'embedded-postgres.owner');

/** The pid of the process that owns the server of this data directory, if one wrote itself down. */
export function ownerOf(pgDir: string): number | undefined {
  try {
    return Number(readFileSync(ownerFile(pgDir), 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes this process the server's owner: written down for the next process, and watched, so that
 * the server stops when this process dies without stopping it. Returns how to give ownership up.
 */
export async function takeOwnership(pgDir: string): Promise<() => Promise<void>> {
  await writeFile(ownerFile(pgDir), `${process.pid}\n`);
  const watchdog = spawn(process.execPath, [join(__dirname, '../process/postgres-watchdog.cjs'), String(process.pid), pgDir], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return async () => {
    watchdog.kill();
    if (ownerOf(pgDir) === process.pid) await rm(ownerFile(pgDir), { force: true });
  };
}

/** Fast shutdown of a server this process adopted (it has no handle on its process): SIGINT, then wait. */
export async function stopPostmaster(pgDir: string, timeoutMs = 30_000): Promise<void> {
  const postmaster = runningPostmaster(pgDir);
  if (!postmaster) return;
  process.kill(postmaster.pid, 'SIGINT');
  const until = Date.now() + timeoutMs;
  while (isAlive(postmaster.pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
}
