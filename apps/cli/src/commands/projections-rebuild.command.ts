import { DataSource } from 'typeorm';
import { CheckpointStore, SUBSCRIPTION_LEASE_MS, SubscriptionRunner, createEventStore, eventStoreSettingsFromEnv } from '@stafett/event-store';
import { dataSourceOptions } from '@stafett/platform';
import { allProjections, resetProjection } from '@stafett/projections';
import type { CliCommand, CliContext } from '../cli-command';

const WAIT_LIMIT_MS = 30 * 60_000;

/**
 * Empties a projection and replays every event into it. If an API or worker holds the projection's
 * subscription, that process does the replay and this command waits for it; otherwise this
 * command replays it itself.
 */
export const projectionsRebuildCommand: CliCommand = {
  words: ['projections', 'rebuild'],
  usage: 'projections rebuild <name>',
  summary: 'empty a projection and rebuild it from the first event',
  async run(args: readonly string[], context: CliContext): Promise<number> {
    const projection = allProjections().find((p) => p.name === args[0]);
    if (!projection) {
      context.print(`Unknown projection '${args[0] ?? ''}'. Known: ${allProjections().map((p) => p.name).join(', ')}`);
      return 2;
    }
    const dataSource = await new DataSource(dataSourceOptions(context.databaseUrl)).initialize();
    const store = await createEventStore(eventStoreSettingsFromEnv(context.env, context.databaseUrl));
    const checkpoints = new CheckpointStore(dataSource, { leaseMs: SUBSCRIPTION_LEASE_MS });
    const runner = new SubscriptionRunner(projection.name, store, checkpoints, {
      handle: (events, manager) => projection.apply(events, manager),
    });
    try {
      await resetProjection(dataSource, checkpoints, projection);
      context.print(`${projection.name}: emptied; replaying ${await store.countAfter({ commit: -1n, prepare: -1n })} events`);
      runner.start();
      const started = Date.now();
      for (;;) {
        const row = (await checkpoints.list()).find((c) => c.name === projection.name);
        const lag = row ? await store.countAfter(row.position) : Number.POSITIVE_INFINITY;
        if (lag === 0) break;
        if (row?.lastError) context.print(`${projection.name}: failing (${row.lastError}), retrying`);
        if (Date.now() - started > WAIT_LIMIT_MS) throw new Error('rebuild did not finish within 30 minutes');
        await new Promise((r) => setTimeout(r, 250));
      }
      context.print(`${projection.name}: rebuilt ${runner.isLeader ? 'by this command' : 'by the running service'}`);
      return 0;
    } finally {
      await runner.stop();
      await store.close();
      await dataSource.destroy();
    }
  },
};
