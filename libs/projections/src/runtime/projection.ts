import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';

/**
 * A read model kept up to date from the global event order. `apply` runs inside the transaction
 * that also moves the projection's checkpoint, so its effect is exactly once. `apply` must give the
 * same rows however the events are split into batches: a rebuild then reproduces the same table.
 */
export interface Projection {
  /** Also the name of its subscription and of `npm run cli -- projections rebuild <name>`. */
  readonly name: string;
  /**
   * The tables it owns, parents before children. A rebuild builds copies of them beside the live
   * ones and swaps the rows in one transaction; the projection's SQL names them without a schema.
   */
  readonly tables: readonly string[];
  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
  /** Empties the projection's tables before a rebuild from the first event. */
  reset(manager: EntityManager): Promise<void>;
}

/** Multi-provider token: every context module adds its projections under it. */
export const PROJECTIONS = Symbol('PROJECTIONS');
