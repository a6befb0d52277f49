import { formatPosition } from '@stafett/event-store';
import { ListProjectionsQuery } from '@stafett/projections';
import type { CliCommand, CliContext } from '../cli-command';

export const projectionsListCommand: CliCommand = {
  words: ['projections', 'list'],
  usage: 'projections list',
  summary: 'show each projection, its position, lag, owner and parked events',
  async run(_args: readonly string[], context: CliContext): Promise<number> {
    const { projections, parked } = await context.queries.execute(new ListProjectionsQuery());
    for (const p of projections) {
      context.print(`${p.name}\tposition ${formatPosition(p.position)}\tlag ${p.lag}\towner ${p.owner ?? '-'}\tparked ${p.parked}\theld ${p.held}`);
    }
    if (parked.length > 0) {
      context.print('');
      context.print(`PARKED EVENTS (${parked.length}): the read models lack them; fix the cause, then run projections retry-parked <name>`);
      for (const event of parked) {
        const why = event.reason === 'failed' ? `failed: ${event.failure} after ${event.attempts} attempt(s)` : 'held behind an earlier parked event of its stream';
        context.print(`${event.projection}\t${event.eventId}\t${event.eventType}\t${event.streamId}@${event.streamVersion}\t${why}\t${event.parkedAt.toISOString()}`);
      }
    }
    return 0;
  },
};
