import { RetryParkedEventsCommand } from '@stafett/projections';
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
    const name = await findProjection(args[0], context);
    if (!name || args.length > 1) return 2;
    const report = await context.commands.execute(new RetryParkedEventsCommand(name));
    context.print(`${name}: ${report.applied} parked event(s) applied`);
    for (const failing of report.stillFailing) context.print(`${name}: still failing: stream ${failing.streamId} (${failing.failure}); it stays parked`);
    return report.stillFailing.length === 0 ? 0 : 1;
  },
};
