import { DataSource } from 'typeorm';
import { CheckpointStore, SUBSCRIPTION_LEASE_MS, createEventStore, eventStoreSettingsFromEnv, formatPosition, START } from '@stafett/event-store';
import { dataSourceOptions } from '@stafett/platform';
import { allProjections } from '@stafett/projections';
import type { CliCommand, CliContext } from '../cli-command';

export const projectionsListCommand: CliCommand = {
  words: ['projections', 'list'],
  usage: 'projections list',
  summary: 'show each projection, its position, lag and owner',
  async run(_args: readonly string[], context: CliContext): Promise<number> {
    const dataSource = await new DataSource(dataSourceOptions(context.databaseUrl)).initialize();
    const store = await createEventStore(eventStoreSettingsFromEnv(context.env, context.databaseUrl));
    try {
      const rows = new Map((await new CheckpointStore(dataSource, { leaseMs: SUBSCRIPTION_LEASE_MS }).list()).map((r) => [r.name, r]));
      for (const projection of allProjections()) {
        const row = rows.get(projection.name);
        const position = row?.position ?? START;
        const lag = await store.countAfter(position);
        context.print(`${projection.name}\tposition ${formatPosition(position)}\tlag ${lag}\towner ${row?.owner ?? '-'}`);
      }
      return 0;
    } finally {
      await store.close();
      await dataSource.destroy();
    }
  },
};
