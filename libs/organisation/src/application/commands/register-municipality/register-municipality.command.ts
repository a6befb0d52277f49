import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { RegisterMunicipality } from '../../../domain/organisation.commands';
import type { OrganisationChange } from '../../organisation-command-runner';

/** Register a municipality the organisation serves. */
export class RegisterMunicipalityCommand extends Command<OrganisationChange> {
  constructor(
    readonly input: Omit<RegisterMunicipality, 'type'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
