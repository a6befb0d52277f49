import { accessReadSide } from '@stafett/access';
import { CreateWebSessions1732000014000 } from '@stafett/auth';
import { childWelfareReadSide } from '@stafett/child-welfare';
import { concernReadSide } from '@stafett/concern';
import { consentReadSide } from '@stafett/consent';
import { CreateEventStore1732000000000 } from '@stafett/event-store';
import { CreateChildKeys1732000000100 } from '@stafett/identity';
import { organisationReadSide } from '@stafett/organisation';
import { platformMigrations, type MigrationClass } from '@stafett/platform';
import { projectionsReadSide, type Projection, type ReadSide } from '@stafett/projections';

/** Every library's read side: its projections and the migrations of its tables. */
const READ_SIDES: readonly ReadSide[] = [projectionsReadSide, organisationReadSide, concernReadSide, consentReadSide, accessReadSide, childWelfareReadSide];

/** Every projection of the product, for the API, the worker and the CLI alike. */
export const PRODUCT_PROJECTIONS: readonly Projection[] = READ_SIDES.flatMap((side) => side.projections);

/**
 * Every migration of the product. TypeORM runs them in the order of the timestamps in their names,
 * whatever the order here.
 */
export const PRODUCT_MIGRATIONS: readonly MigrationClass[] = [
  CreateEventStore1732000000000,
  CreateChildKeys1732000000100,
  ...platformMigrations,
  CreateWebSessions1732000014000,
  ...READ_SIDES.flatMap((side) => side.migrations),
];
