import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { connectKurrentDb } from '../../../event-store.factory';
import { copyPostgresLogToKurrentDb, type CopyProgress } from '../../../kurrentdb/copy-postgres-log-to-kurrentdb';
import { PostgresEventStore } from '../../../postgres/postgres-event-store';
import { pgPoolOf } from '../../../postgres/shared-pool';
import { CheckpointStore } from '../../../subscriptions/checkpoint-store';
import { CopyLogToKurrentDbCommand } from './copy-log-to-kurrentdb.command';

/** Long enough for one slow batch; a crashed run's lease frees itself after this. */
const COPY_LEASE_MS = 60_000;

/** The source is always the PostgreSQL log, whichever engine the process is configured with. */
@CommandHandler(CopyLogToKurrentDbCommand)
export class CopyLogToKurrentDbHandler implements ICommandHandler<CopyLogToKurrentDbCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ kurrentdbUrl, settings }: CopyLogToKurrentDbCommand): Promise<CopyProgress> {
    const source = new PostgresEventStore(pgPoolOf(this.dataSource), { endPoolOnClose: false });
    const target = connectKurrentDb(kurrentdbUrl);
    try {
      return await copyPostgresLogToKurrentDb(source, target, new CheckpointStore(this.dataSource, { leaseMs: COPY_LEASE_MS }), settings);
    } finally {
      await target.close();
    }
  }
}
