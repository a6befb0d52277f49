import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CheckpointStore, EVENT_STORE, START, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import { ParkedEvents, type ParkedEvent } from '../../../parking/parked-events';
import { ProjectionCatalogue } from '../../projection-catalogue';
import { ListProjectionsQuery, type ProjectionListing } from './list-projections.query';

@QueryHandler(ListProjectionsQuery)
export class ListProjectionsHandler implements IQueryHandler<ListProjectionsQuery> {
  constructor(
    private readonly catalogue: ProjectionCatalogue,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly dataSource: DataSource,
  ) {}

  async execute(): Promise<{ projections: ProjectionListing[]; parked: ParkedEvent[] }> {
    const rows = new Map((await this.checkpoints.list()).map((row) => [row.name, row]));
    const parked = new ParkedEvents();
    const counts = await parked.counts(this.dataSource);
    const projections: ProjectionListing[] = [];
    for (const { name } of this.catalogue.all) {
      const row = rows.get(name);
      const position = row?.position ?? START;
      const { failed = 0, held = 0 } = counts.get(name) ?? {};
      projections.push({ name, position, lag: await this.store.countAfter(position), owner: row?.owner ?? null, parked: failed, held });
    }
    return { projections, parked: await parked.list(this.dataSource) };
  }
}
