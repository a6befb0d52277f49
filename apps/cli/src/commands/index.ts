import type { CliCommand } from '../cli-command';
import { eventStoreMigrateCommand } from './event-store-migrate.command';
import { projectionsListCommand } from './projections-list.command';
import { projectionsRebuildCommand } from './projections-rebuild.command';
import { projectionsRetryParkedCommand } from './projections-retry-parked.command';
import { tokenCommand } from './token.command';

/** Every operator command; `npm run cli -- help` lists them. */
export const COMMANDS: readonly CliCommand[] = [projectionsListCommand, projectionsRebuildCommand, projectionsRetryParkedCommand, eventStoreMigrateCommand, tokenCommand];
