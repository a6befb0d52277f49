import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CheckpointStore, EVENT_STORE, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import { retryParked, type RetryReport } from '../../../parking/retry-parked';
import { ProjectionCatalogue } from '../../projection-catalogue';
import { RetryParkedEventsCommand } from './retry-parked-events.command';

@CommandHandler(RetryParkedEventsCommand)
export class RetryParkedEventsHandler implements ICommandHandler<RetryParkedEventsCommand> {
  constructor(
    private readonly catalogue: ProjectionCatalogue,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly dataSource: DataSource,
  ) {}

  execute({ projection }: RetryParkedEventsCommand): Promise<RetryReport> {
    return retryParked(this.dataSource, this.store, this.checkpoints, this.catalogue.named(projection));
  }
}
