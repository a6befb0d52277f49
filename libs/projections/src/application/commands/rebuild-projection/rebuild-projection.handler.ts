import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CheckpointStore, EVENT_STORE, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import { rebuildBeside, type RebuildReport } from '../../../runtime/projection-rebuild';
import { ProjectionCatalogue } from '../../projection-catalogue';
import { RebuildProjectionCommand } from './rebuild-projection.command';

@CommandHandler(RebuildProjectionCommand)
export class RebuildProjectionHandler implements ICommandHandler<RebuildProjectionCommand> {
  constructor(
    private readonly catalogue: ProjectionCatalogue,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly dataSource: DataSource,
  ) {}

  execute({ projection, options }: RebuildProjectionCommand): Promise<RebuildReport> {
    return rebuildBeside(this.dataSource, this.store, this.checkpoints, this.catalogue.named(projection), options);
  }
}
