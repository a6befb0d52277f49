/**
 * A separate process that runs one subscription and records every event it handles, so the
 * fail-over test can kill it for real. Arguments: <database url> <subscription name> <table>.
 */
import { DataSource } from 'typeorm';
import { CheckpointStore } from '../../libs/event-store/src/subscriptions/checkpoint-store';
import { SubscriptionRunner } from '../../libs/event-store/src/subscriptions/subscription-runner';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/postgres-event-store';
import { pgPoolOf } from '../../libs/event-store/src/postgres/shared-pool';
import { SUBSCRIPTION_ACQUIRE_INTERVAL_MS, SUBSCRIPTION_LEASE_MS } from '../../libs/event-store/src/subscriptions/lease';
import { FAST_SUBSCRIPTION, recordSeen } from '../../libs/event-store/src/testing/event-store.contract';

async function main(): Promise<void> {
  const [url, name, table] = process.argv.slice(2);
  const dataSource = await new DataSource({ type: 'postgres', url, extra: { max: 3 } }).initialize();
  // One pool for the process, TypeORM's, as in the app.
  const store = new PostgresEventStore(pgPoolOf(dataSource), { endPoolOnClose: false });
  const runner = new SubscriptionRunner(
    name,
    store,
    new CheckpointStore(dataSource, { leaseMs: SUBSCRIPTION_LEASE_MS }),
    { handle: (events, manager) => recordSeen(manager, table, events) },
    // The production lease and acquire interval: fail-over timing is what the test measures.
    { ...FAST_SUBSCRIPTION, acquireIntervalMs: SUBSCRIPTION_ACQUIRE_INTERVAL_MS, renewIntervalMs: 2000 },
  );
  runner.start();
  setInterval(() => process.stdout.write(runner.isLeader ? 'leader\n' : 'standby\n'), 100);
}

void main();
