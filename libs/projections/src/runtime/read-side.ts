import type { MigrationClass } from '@stafett/platform';
import type { Projection } from './projection';

/**
 * What a library adds to the read side: its projections and the migrations of their tables (and of
 * any other table it owns). Each exports one from its index.ts; the composition root collects them.
 */
export interface ReadSide {
  readonly projections: readonly Projection[];
  readonly migrations: readonly MigrationClass[];
}
