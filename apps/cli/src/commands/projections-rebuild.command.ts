import { RebuildProjectionCommand, RebuildRefusedError } from '@stafett/projections';
import type { CliCommand, CliContext } from '../cli-command';
import { findProjection } from './projection-argument';

const USAGE = 'projections rebuild <name> [--accept-parked]';
const PROGRESS_EVERY_MS = 2_000;

/**
 * Rebuilds a projection from the first event beside its live tables and switches atomically (see
 * rebuildBeside): the live rows stay readable throughout, and stay as they were if the rebuild fails.
 */
export const projectionsRebuildCommand: CliCommand = {
  words: ['projections', 'rebuild'],
  usage: USAGE,
  summary: 'rebuild a projection beside the live one and switch atomically',
  async run(args: readonly string[], context: CliContext): Promise<number> {
    const name = await findProjection(args[0], context);
    const flags = args.slice(1);
    if (!name || flags.some((flag) => flag !== '--accept-parked')) {
      if (name) context.print(`Usage: ${USAGE}`);
      return 2;
    }
    let lastReport = Date.now();
    try {
      context.print(`${name}: rebuilding beside the live read model (which stays readable)...`);
      const report = await context.commands.execute(
        new RebuildProjectionCommand(name, {
          acceptNewParked: flags.includes('--accept-parked'),
          onProgress: (events) => {
            if (Date.now() - lastReport < PROGRESS_EVERY_MS) return;
            lastReport = Date.now();
            context.print(`${name}: ${events} events replayed`);
          },
        }),
      );
      const rows = Object.entries(report.rows).map(([table, n]) => `${table} ${n}`).join(', ');
      context.print(`${name}: switched after ${report.events} events (rows: ${rows}; parked events: ${report.parked})`);
      return 0;
    } catch (error) {
      if (!(error instanceof RebuildRefusedError)) throw error;
      context.print(`${name}: not switched: ${error.message}. The live read model is unchanged.`);
      context.print('Fix the cause and run again, or pass --accept-parked to switch anyway (see `projections list`).');
      return 1;
    }
  },
};
