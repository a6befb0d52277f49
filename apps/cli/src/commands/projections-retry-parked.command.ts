import { DataSource } from 'typeorm';
import { CheckpointStore, SUBSCRIPTION_LEASE_MS, createEventStore, eventStoreSettingsFromEnv } from '@stafett/event-store';
import { dataSourceOptions } from '@stafett/platform';
import { retryParked } from '@stafett/projections';
import type { CliCommand, CliContext } from '../cli-command';
import { findProjection } from './projection-argument';

/**
 * After a fix is deployed: applies a projection's parked events again, each stream's in its order.
 * What still fails stays parked, with the attempt counted; the exit code is then 1.
 */
export const projectionsRetryParkedCommand: CliCommand = {
  words: ['projections', 'retry-parked'],
  usage: 'projections retry-parked <name>',
  summary: 'apply a projection’s parked events again (after a fix)',
  async run(args: readonly string[], context: CliContext): Promise<number> {
    const projection = findProjection(args[0], context);
    if (!projection || args.length > 1) return 2;
    const dataSource = await new DataSource(dataSourceOptions(context.databaseUrl)).initialize();
    const store = await createEventStore(eventStoreSettingsFromEnv(context.env, context.databaseUrl));
    try {
      const report = await retryParked(dataSource, store, new CheckpointStore(dataSource, { leaseMs: SUBSCRIPTION_LEASE_MS }), projection);
      context.print(`${projection.name}: ${report.applied} parked event(s) applied`);
      for (const failing of report.stillFailing) context.print(`${projection.name}: still failing: stream ${failing.streamId} (${failing.failure}); it stays parked`);
      return report.stillFailing.length === 0 ? 0 : 1;
    } finally {
      await store.close();
      await dataSource.destroy();
    }
  },
};
