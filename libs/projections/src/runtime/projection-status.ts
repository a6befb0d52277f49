import { Inject, Injectable } from '@nestjs/common';
import { CheckpointStore, EVENT_STORE, START, formatPosition, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import { ParkedEvents } from '../parking/parked-events';
import { PROJECTIONS, type Projection } from './projection';

const LAG_COUNT_CAP = 100_000;

export interface ProjectionStatus {
  readonly name: string;
  /** Events after the checkpoint: how far the read model is behind the log. */
  readonly lag: number;
  readonly position: string;
  readonly active: boolean;
  readonly lastError: string | null;
  /** Events parked because they failed on their own: the read model lacks them (an operator must look). */
  readonly parked: number;
  /** Later events of the same streams, held back until the parked ones are retried. */
  readonly held: number;
}

/** How far behind each projection is; for health checks and operators. */
@Injectable()
export class ProjectionStatusService {
  constructor(
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly dataSource: DataSource,
  ) {}

  async statuses(): Promise<ProjectionStatus[]> {
    const rows = new Map((await this.checkpoints.list()).map((row) => [row.name, row]));
    const parked = await new ParkedEvents().counts(this.dataSource);
    return Promise.all(
      this.projections.map(async (projection) => {
        const row = rows.get(projection.name);
        const position = row?.position ?? START;
        return {
          name: projection.name,
          // Capped: counting is a scan on some engines, and past the cap the answer is only "far behind".
          lag: await this.store.countAfter(position, LAG_COUNT_CAP),
          position: formatPosition(position),
          active: row?.leaseExpiresAt != null && row.leaseExpiresAt.getTime() > Date.now(),
          lastError: row?.lastError ?? null,
          parked: parked.get(projection.name)?.failed ?? 0,
          held: parked.get(projection.name)?.held ?? 0,
        };
      }),
    );
  }
}
