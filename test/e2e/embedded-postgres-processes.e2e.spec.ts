import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { probePort, runningPostmaster } from '../../libs/platform/src/database/embedded-instance';
import { findFreePort } from '../../libs/platform/src/database/free-port';
import { openDatabase } from '../../libs/platform/src/database/open-database';
import { StartupError } from '../../libs/platform/src/process/startup-error';
import { PRODUCT_MIGRATIONS } from '../../apps/composition/src';
import { startPostgresServer } from '../support/postgres-server';

const ROOT = join(__dirname, '../..');

interface Running {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** An app's entry point as a real process, from the sources (as `npm start` and `npm run cli` run it after building). */
function run(entry: string, args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, entry), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/**
 * The embedded PostgreSQL's processes (issue 11 item 6): never an orphan, reused only when its data
 * directory is this instance's own, and every start-up failure says what to do.
 */
describe('the embedded PostgreSQL and the processes that use it', () => {
  let dir: string;
  const started: ChildProcess[] = [];
  const env = (dataDir: string, port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    return { ...rest, NODE_ENV: 'development', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port), LOG_LEVEL: 'warn', ...extra };
  };
  const nothingRunsOn = async (port: number, pgDir: string) => (await probePort(port)).kind === 'free' && runningPostmaster(pgDir) === undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stafett-processes-'));
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    for (const child of started) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  describe('when processes start and stop their own server', () => {
    const dataDir = () => join(dir, 'own');
    let port: number;
    beforeAll(async () => {
      port = await findFreePort();
    });

    it('stops the server a CLI command started when the command is killed with -9', async () => {
      const cli = run('apps/cli/src/main.ts', ['projections', 'list'], env(dataDir(), port));
      started.push(cli.child);
      await waitFor(async () => cli.output().includes(`embedded PostgreSQL on 127.0.0.1:${port}`), 60_000, 'the CLI to start its PostgreSQL');
      cli.child.kill('SIGKILL');
      expect((await cli.exited).signal).toBe('SIGKILL');
      await waitFor(() => nothingRunsOn(port, join(dataDir(), 'pg')), 15_000, 'the orphaned PostgreSQL to be stopped');
    });

    it('lets a CLI command reuse the API’s server and leave it running, and stops it when the API is killed', async () => {
      const httpPort = await findFreePort();
      const api = run('apps/api/src/main.ts', [], env(dataDir(), port, { PORT: String(httpPort) }));
      started.push(api.child);
      const ready = async () => (await fetch(`http://127.0.0.1:${httpPort}/health/ready`).catch(() => undefined))?.status === 200;
      await waitFor(ready, 60_000, 'the API');

      const cli = run('apps/cli/src/main.ts', ['projections', 'list'], env(dataDir(), port));
      started.push(cli.child);
      expect((await cli.exited).code).toBe(0);
      expect(cli.output()).toContain(`using the embedded PostgreSQL already running on 127.0.0.1:${port}`);
      expect(await ready()).toBe(true);

      api.child.kill('SIGKILL');
      await api.exited;
      await waitFor(() => nothingRunsOn(port, join(dataDir(), 'pg')), 15_000, 'the killed API’s PostgreSQL to be stopped');
    });
  });

  describe('when the embedded port is taken', () => {
    let blocker: Server | undefined;
    const sockets: Socket[] = [];
    afterEach(async () => {
      for (const socket of sockets.splice(0)) socket.destroy();
      await new Promise<void>((resolve) => (blocker?.listening ? blocker.close(() => resolve()) : resolve()));
    });

    it('names the port and EMBEDDED_PG_PORT when another program holds it, in the API’s own words on the console', async () => {
      const port = await findFreePort();
      blocker = createServer((socket) => sockets.push(socket)).listen(port, '127.0.0.1');
      await expect(openDatabase(env(join(dir, 'blocked'), port), () => undefined, PRODUCT_MIGRATIONS)).rejects.toThrow(
        new StartupError(`Port ${port} (EMBEDDED_PG_PORT) is in use by another program, so the embedded PostgreSQL cannot start there. Stop that program, or set EMBEDDED_PG_PORT to a free port.`),
      );
      const api = run('apps/api/src/main.ts', [], env(join(dir, 'blocked'), port, { PORT: String(await findFreePort()) }));
      started.push(api.child);
      expect((await api.exited).code).toBe(1);
      expect(api.output()).toContain(`Port ${port} (EMBEDDED_PG_PORT) is in use by another program`);
      expect(api.output()).not.toMatch(/^undefined$/m);
    });

    it('refuses another instance’s server, and reuses its own without stopping it', async () => {
      const port = await findFreePort();
      const theirs = await startPostgresServer(join(dir, 'theirs'), port);
      try {
        const refused = openDatabase(env(join(dir, 'mine'), port), () => undefined, PRODUCT_MIGRATIONS);
        await expect(refused).rejects.toBeInstanceOf(StartupError);
        await expect(refused).rejects.toThrow(new RegExp(`Port ${port} \\(EMBEDDED_PG_PORT\\) is used by another PostgreSQL, whose data is in .*theirs`));

        const own = await openDatabase(env(join(dir, 'theirs'), port), () => undefined, PRODUCT_MIGRATIONS);
        expect(own).toMatchObject({ embedded: false, url: expect.stringContaining(`127.0.0.1:${port}/stafett`) });
        await own.close();
        expect((await probePort(port)).kind).toBe('postgres');
      } finally {
        await theirs.stop();
      }
    });
  });
});
