import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { StartUnitCoverage } from '../../../domain/organisation.commands';
import type { OrganisationChange } from '../../organisation-command-runner';

/** A unit starts serving a municipality from a date (with `validTo`, a period already over). */
export class StartUnitCoverageCommand extends Command<OrganisationChange> {
  constructor(
    readonly input: Omit<StartUnitCoverage, 'type'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
