import { DataSource } from 'typeorm';
import { CheckpointStore, SUBSCRIPTION_LEASE_MS, createEventStore, eventStoreSettingsFromEnv, formatPosition, START } from '@stafett/event-store';
import { dataSourceOptions } from '@stafett/platform';
import { allProjections, ParkedEvents } from '@stafett/projections';
import type { CliCommand, CliContext } from '../cli-command';

export const projectionsListCommand: CliCommand = {
  words: ['projections', 'list'],
  usage: 'projections list',
  summary: 'show each projection, its position, lag, owner and parked events',
  async run(_args: readonly string[], context: CliContext): Promise<number> {
    const dataSource = await new DataSource(dataSourceOptions(context.databaseUrl)).initialize();
    const store = await createEventStore(eventStoreSettingsFromEnv(context.env, context.databaseUrl));
    try {
      const rows = new Map((await new CheckpointStore(dataSource, { leaseMs: SUBSCRIPTION_LEASE_MS }).list()).map((r) => [r.name, r]));
      const parked = new ParkedEvents();
      const counts = await parked.counts(dataSource);
      for (const projection of allProjections()) {
        const row = rows.get(projection.name);
        const position = row?.position ?? START;
        const lag = await store.countAfter(position);
        const { failed = 0, held = 0 } = counts.get(projection.name) ?? {};
        context.print(`${projection.name}\tposition ${formatPosition(position)}\tlag ${lag}\towner ${row?.owner ?? '-'}\tparked ${failed}\theld ${held}`);
      }
      const list = await parked.list(dataSource);
      if (list.length > 0) {
        context.print('');
        context.print(`PARKED EVENTS (${list.length}): the read models lack them; fix the cause, then run projections retry-parked <name>`);
        for (const event of list) {
          const why = event.reason === 'failed' ? `failed: ${event.failure} after ${event.attempts} attempt(s)` : 'held behind an earlier parked event of its stream';
          context.print(`${event.projection}\t${event.eventId}\t${event.eventType}\t${event.streamId}@${event.streamVersion}\t${why}\t${event.parkedAt.toISOString()}`);
        }
      }
      return 0;
    } finally {
      await store.close();
      await dataSource.destroy();
    }
  },
};
