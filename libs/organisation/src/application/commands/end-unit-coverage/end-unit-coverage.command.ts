import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { EndUnitCoverage } from '../../../domain/organisation.commands';
import type { OrganisationChange } from '../../organisation-command-runner';

/** A unit stops serving a municipality: its open coverage period ends. */
export class EndUnitCoverageCommand extends Command<OrganisationChange> {
  constructor(
    readonly input: Omit<EndUnitCoverage, 'type'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
