import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { createSeenTable, readEverything, waitFor } from '../testing/event-store.contract';
import { aStreamId, someEvents } from '../testing/event-fixtures';

const ROOT = join(__dirname, '../../../..');

/** Starts test/support/subscription-worker.ts as a real OS process and follows what it reports. */
function startWorker(db: TestDatabase, name: string, table: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, 'test/support/subscription-worker.ts'), db.url, name, table],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let role = 'starting';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = chunk.toString().trim().split('\n');
    role = lines[lines.length - 1];
  });
  return { child, role: () => role };
}

describe('when the process running a subscription is killed', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await db.drop();
  });

  it('lets a second process take over within 10 seconds, continuing from the checkpoint without repeats', async () => {
    const table = 'seen_failover';
    await createSeenTable(db.dataSource, table);
    const count = async () => Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
    await store.append(aStreamId(), someEvents(30), 'no_stream');

    const first = startWorker(db, 'failover', table);
    workers.push(first.child);
    await waitFor(async () => first.role() === 'leader' && (await count()) === 30, 20_000, 'the first process to lead');
    const second = startWorker(db, 'failover', table);
    workers.push(second.child);
    await waitFor(async () => second.role() === 'standby', 20_000, 'the second process to stand by');

    first.child.kill('SIGKILL');
    const killedAt = Date.now();
    await store.append(aStreamId(), someEvents(20), 'no_stream');
    await waitFor(async () => second.role() === 'leader', 15_000, 'the second process to take over');
    const takeoverMs = Date.now() - killedAt;
    await waitFor(async () => (await count()) === 50, 10_000, 'the events appended after the kill');

    expect(takeoverMs).toBeLessThan(10_000);
    const seen: Array<{ event_id: string }> = await db.dataSource.query(`SELECT event_id FROM ${table} ORDER BY seq`);
    expect(seen.map((r) => r.event_id)).toEqual((await readEverything(store)).map((e) => e.id));
  });
});
