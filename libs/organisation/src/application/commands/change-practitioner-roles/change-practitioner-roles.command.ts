import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ChangePractitionerRoles } from '../../../domain/organisation.commands';
import type { OrganisationChange } from '../../organisation-command-runner';

/** A practitioner's roles change from a date. */
export class ChangePractitionerRolesCommand extends Command<OrganisationChange> {
  constructor(
    readonly input: Omit<ChangePractitionerRoles, 'type'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
