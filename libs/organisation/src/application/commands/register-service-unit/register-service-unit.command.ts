import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { RegisterServiceUnit } from '../../../domain/organisation.commands';
import type { OrganisationChange } from '../../organisation-command-runner';

/** Register a service unit (a kindergarten, a school, a health clinic, child welfare, ...). */
export class RegisterServiceUnitCommand extends Command<OrganisationChange> {
  constructor(
    readonly input: Omit<RegisterServiceUnit, 'type'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
