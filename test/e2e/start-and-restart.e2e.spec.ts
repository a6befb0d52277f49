import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/postgres-event-store';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { aStreamId, someEvents } from '../../libs/event-store/src/testing/event-fixtures';
import { findFreePort } from '../../libs/platform/src/database/free-port';
import { DevIssuer, authSettingsFromEnv } from '../../libs/auth/src';

const ROOT = join(__dirname, '../..');

/**
 * The newcomer's path: the API started with no DATABASE_URL brings up its own PostgreSQL under
 * DATA_DIR, becomes ready, and keeps its data across a restart. The API runs as a real process
 * from the sources (the same entry point `npm start` runs after building).
 */
describe('when the API starts with no database configured', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  let env: NodeJS.ProcessEnv;
  let httpPort: number;
  let pgPort: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-start-'));
    await chmod(dataDir, 0o755);
    httpPort = await findFreePort();
    pgPort = await findFreePort();
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = { ...rest, PORT: String(httpPort), DATA_DIR: join(dataDir, 'data'), EMBEDDED_PG_PORT: String(pgPort), NODE_ENV: 'development' };
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<number> {
    const startedAt = Date.now();
    // Its logs join the run's log capture, which is checked for personal data at the end of the run.
    const logs = process.env.STAFETT_LOG_CAPTURE ? openSync(process.env.STAFETT_LOG_CAPTURE, 'a') : 'ignore';
    child = spawn(process.execPath, ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, 'apps/api/src/main.ts')], {
      env,
      stdio: ['ignore', logs, logs],
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${httpPort}/health/ready`).catch(() => undefined))?.status === 200, 60_000, 'ready');
    return Date.now() - startedAt;
  }

  async function stop(): Promise<void> {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGTERM');
    await exited;
    child = undefined;
  }

  it('answers /health/ready, and keeps events and read models after a restart', async () => {
    const firstStartMs = await start();
    const pool = new Pool({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/stafett` });
    const stream = aStreamId('concern');
    await new PostgresEventStore(pool).append(stream, someEvents(4), 'no_stream');
    await pool.end();
    // The demo organisation is seeded at the first start; its administrator may read the catalogue.
    const token = await (await DevIssuer.open(authSettingsFromEnv(env))).mintDevToken('demo-koordinerende-enhet-admin');
    // A case stream is counted per type only (no child-level facts for administrators); the organisation's is listed.
    const listed = async () => {
      const response = await fetch(`http://127.0.0.1:${httpPort}/api/v1/admin/streams`, { headers: { authorization: `Bearer ${token}` } });
      return response.status === 200
        ? ((await response.json()) as { items: Array<{ streamId: string }>; streamTypes: Array<{ streamType: string; eventCount: number }> })
        : { items: [], streamTypes: [] };
    };
    const concernEvents = async () => (await listed()).streamTypes.find((t) => t.streamType === 'concern')?.eventCount;
    await waitFor(async () => (await concernEvents()) === 4, 10_000, 'the catalogue');
    await stop();

    const secondStartMs = await start();
    expect(await concernEvents()).toBe(4);
    expect((await listed()).items).toEqual(expect.arrayContaining([expect.objectContaining({ streamId: 'organisation' })]));
    const again = new Pool({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/stafett` });
    expect(await new PostgresEventStore(again).readStream(stream)).toHaveLength(4);
    await again.end();
    await stop();
    // Start-up time is reported, not asserted: speed targets live in benchmarks (docs/benchmarks.md).
    console.log(`[start] ready after ${firstStartMs} ms (first start, initdb), ${secondStartMs} ms (restart)`);
  });
});
