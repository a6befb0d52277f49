import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/postgres-event-store';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { aStreamId, someEvents } from '../../libs/event-store/src/testing/event-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '../..');

/** The worker, as a real process on the shared database, keeps the read models up to date. */
describe('when the worker runs beside an API that does not run projections', () => {
  let db: TestDatabase;
  let worker: ChildProcess | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await db.drop();
  });

  it('projects events appended to the shared database, and stops cleanly on SIGTERM', async () => {
    const logs = process.env.STAFETT_LOG_CAPTURE ? openSync(process.env.STAFETT_LOG_CAPTURE, 'a') : 'ignore';
    worker = spawn(process.execPath, ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, 'apps/worker/src/main.ts')], {
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'test' },
      stdio: ['ignore', logs, logs],
    });
    const stream = aStreamId('concern');
    await new PostgresEventStore(db.pool).append(stream, someEvents(3), 'no_stream');
    const catalogued = async () =>
      ((await db.dataSource.query('SELECT version::int AS version FROM stream_catalogue WHERE stream_id = $1', [stream])) as Array<{ version: number }>)[0]?.version;
    await waitFor(async () => (await catalogued()) === 3, 30_000, 'the worker to project the stream');

    const exited = new Promise<number | null>((resolve) => worker!.once('exit', resolve));
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    worker = undefined;
    const [{ owners }] = await db.dataSource.query(`SELECT count(owner)::int AS owners FROM subscriptions`);
    expect(owners).toBe(0); // leases released on shutdown: another process may take over at once
  });
});
