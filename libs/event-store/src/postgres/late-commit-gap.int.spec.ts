import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import type { RecordedEvent } from '../port/event';
import { comparePositions } from '../port/global-position';
import { CheckpointStore } from '../subscriptions/checkpoint-store';
import { SubscriptionRunner } from '../subscriptions/subscription-runner';
import { FAST_SUBSCRIPTION, createSeenTable, recordSeen, readEverything, waitFor } from '../testing/event-store.contract';
import { anEvent } from '../testing/event-fixtures';
import { PostgresEventStore } from './postgres-event-store';

/**
 * The classic gap bug: a transaction takes sequence number 10, a later one takes 11 and commits
 * first; a reader that trusts the sequence moves past 10 before it is visible and never sees it.
 * Here writers hold their transactions open for random times after appending (and some roll back)
 * while a subscription runs; it must see each committed event exactly once, in global order.
 */
describe('when writers commit late while a subscription follows the log', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
  });
  afterAll(() => db.drop());

  async function appendInSlowTransaction(streamId: string, delayMs: number, rollback: boolean): Promise<string[]> {
    const client = await db.pool.connect();
    const events = [anEvent({ type: 'Slow' }), anEvent({ type: 'Slow' })];
    try {
      await client.query('BEGIN');
      await client.query('SELECT * FROM stafett_append($1, $2, $3, $4, $5, $6, $7)', [
        streamId,
        'any',
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
        events.map(() => null),
      ]);
      await new Promise((r) => setTimeout(r, delayMs));
      await client.query(rollback ? 'ROLLBACK' : 'COMMIT');
      return rollback ? [] : events.map((e) => e.id);
    } finally {
      client.release();
    }
  }

  it('sees every committed event exactly once and in global order', async () => {
    const table = 'seen_gap';
    await createSeenTable(db.dataSource, table);
    const delivered: RecordedEvent[] = [];
    const runner = new SubscriptionRunner(
      'gap-test',
      store,
      new CheckpointStore(db.dataSource, { leaseMs: 5000 }),
      {
        async handle(events: readonly RecordedEvent[], manager: EntityManager) {
          await recordSeen(manager, table, events);
          delivered.push(...events);
        },
      },
      { ...FAST_SUBSCRIPTION, pollIntervalMs: 5, batchSize: 7 },
    );
    runner.start();

    const writers = 24;
    const rounds = 4;
    const committed = (
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const ids: string[] = [];
          for (let round = 0; round < rounds; round++) {
            const delay = Math.floor(Math.random() * 150);
            ids.push(...(await appendInSlowTransaction(`gap-${w % 6}`, delay, (w + round) % 7 === 0)));
            await store.append(`fast-${randomUUID()}`, [anEvent({ type: 'Fast' })], 'no_stream').then((r) => r && undefined);
          }
          return ids;
        }),
      )
    ).flat();

    const expectedTotal = (await readEverything(store)).length;
    expect(committed.length).toBeGreaterThan(100);
    await waitFor(async () => delivered.length >= expectedTotal, 20_000, 'the subscription to catch up');
    await new Promise((r) => setTimeout(r, 100));
    await runner.stop();

    const deliveredIds = delivered.map((e) => e.id);
    expect(new Set(deliveredIds).size).toBe(deliveredIds.length);
    expect(deliveredIds).toHaveLength(expectedTotal);
    for (const id of committed) expect(deliveredIds).toContain(id);
    for (let i = 1; i < delivered.length; i++) {
      expect(comparePositions(delivered[i - 1].globalPosition, delivered[i].globalPosition)).toBeLessThan(0);
    }
    const rows: Array<{ n: string }> = await db.dataSource.query(`SELECT count(*)::text AS n FROM ${table}`);
    expect(Number(rows[0].n)).toBe(expectedTotal);
  });
});
