import { Command } from '@nestjs/cqrs';
import type { CopyProgress, CopySettings } from '../../../kurrentdb/copy-postgres-log-to-kurrentdb';

/**
 * Copy the PostgreSQL event log into the KurrentDB at `kurrentdbUrl`, resumably (see
 * copyPostgresLogToKurrentDb). An operator's command: the CLI puts it on the bus.
 */
export class CopyLogToKurrentDbCommand extends Command<CopyProgress> {
  constructor(
    readonly kurrentdbUrl: string,
    readonly settings: Pick<CopySettings, 'batchSize' | 'signal' | 'onBatch'> = {},
  ) {
    super();
  }
}
