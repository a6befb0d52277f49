import { Query } from '@nestjs/cqrs';
import type { GlobalPosition } from '@stafett/event-store';
import type { ParkedEvent } from '../../../parking/parked-events';

export interface ProjectionListing {
  readonly name: string;
  readonly position: GlobalPosition;
  /** Events after the checkpoint, counted in full (an operator asks rarely). */
  readonly lag: number;
  /** The process holding its subscription's lease, if any. */
  readonly owner: string | null;
  readonly parked: number;
  readonly held: number;
}

/** The operator's list: each projection's position, lag, owner and parked events, and the parked events themselves. */
export class ListProjectionsQuery extends Query<{ projections: ProjectionListing[]; parked: ParkedEvent[] }> {}
