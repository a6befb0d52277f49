import { CopyLogToKurrentDbCommand, formatPosition, type CopyProgress } from '@stafett/event-store';
import type { CliCommand, CliContext } from '../cli-command';

const PROGRESS_EVERY_MS = 2_000;
const USAGE = 'event-store copy-to-kurrentdb [--batch-size <n>]';

/**
 * Copies the PostgreSQL event log into the KurrentDB at KURRENTDB_URL, in global order, keeping
 * event ids, stream versions and metadata. Resumable: it continues from its checkpoint in
 * PostgreSQL and never writes an event twice. See docs/event-store-engines.md.
 */
export const eventStoreMigrateCommand: CliCommand = {
  words: ['event-store', 'copy-to-kurrentdb'],
  usage: USAGE,
  summary: 'copy the PostgreSQL event log into KurrentDB (KURRENTDB_URL); resumable',
  async run(args: readonly string[], context: CliContext): Promise<number> {
    const batchSize = readBatchSize(args);
    if (batchSize === undefined) {
      context.print(`Usage: ${USAGE} (batch size: a whole number from 1 to 10000, default 500)`);
      return 2;
    }
    const url = context.env.KURRENTDB_URL;
    if (!url) {
      context.print('KURRENTDB_URL is not set: give the KurrentDB connection string, e.g. kurrentdb://node1:2113?tls=false');
      return 2;
    }
    const stop = new AbortController();
    const onSignal = () => {
      context.print('Stopping after the batch in progress; run the command again to continue.');
      stop.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let lastReport = Date.now();
    try {
      context.print(`Copying the PostgreSQL event log into KurrentDB in batches of ${batchSize}...`);
      const progress = await context.commands.execute(
        new CopyLogToKurrentDbCommand(url, {
          batchSize,
          signal: stop.signal,
          onBatch: (p) => {
            if (Date.now() - lastReport < PROGRESS_EVERY_MS) return;
            lastReport = Date.now();
            context.print(summarise(p));
          },
        }),
      );
      context.print(summarise(progress));
      if (progress.finished) {
        context.print(
          'Caught up with the PostgreSQL log. Run again to copy events written since. To switch: stop the API and ' +
            'workers, run this once more, set EVENT_STORE=kurrentdb, and rebuild every projection ' +
            '(their checkpoints are PostgreSQL positions).',
        );
      }
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};

function readBatchSize(args: readonly string[]): number | undefined {
  if (args.length === 0) return 500;
  const value = args.length === 1 ? /^--batch-size=(.*)$/.exec(args[0])?.[1] : args[0] === '--batch-size' ? args[1] : undefined;
  if (args.length > 2 || value === undefined || !/^\d+$/.test(value)) return undefined;
  const size = Number(value);
  return size >= 1 && size <= 10_000 ? size : undefined;
}

function summarise(progress: CopyProgress): string {
  return (
    `${progress.copied} events copied, ${progress.alreadyThere} already in KurrentDB, ` +
    `at PostgreSQL position ${formatPosition(progress.position)}${progress.finished ? ' (caught up)' : ''}`
  );
}
