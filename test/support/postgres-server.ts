import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export interface PostgresServerProcess {
  /** Connection string to the server's `postgres` database. */
  readonly url: string;
  /** Stops the server (fast shutdown) and waits for its process to end. */
  stop(): Promise<void>;
}

/** Starts test/support/postgres-process.ts: a real PostgreSQL that a test may stop and start again. */
export function startPostgresServer(dir: string, port: number): Promise<PostgresServerProcess> {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, 'test/support/postgres-process.ts'), dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the PostgreSQL process ended (${code}) before it was ready`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready) {
        resolve({
          url: ready[1],
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
  });
}
