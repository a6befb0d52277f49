import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { RegisterPractitioner } from '../../../domain/organisation.commands';
import type { OrganisationChange } from '../../organisation-command-runner';

/** Register a practitioner in a unit, with roles from a date. */
export class RegisterPractitionerCommand extends Command<OrganisationChange> {
  constructor(
    readonly input: Omit<RegisterPractitioner, 'type'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
