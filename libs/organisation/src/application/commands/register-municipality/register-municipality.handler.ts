import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationCommandRunner, type OrganisationChange } from '../../organisation-command-runner';
import { RegisterMunicipalityCommand } from './register-municipality.command';

@CommandHandler(RegisterMunicipalityCommand)
export class RegisterMunicipalityHandler implements ICommandHandler<RegisterMunicipalityCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ input, caller }: RegisterMunicipalityCommand): Promise<OrganisationChange> {
    return this.organisation.run({ type: 'RegisterMunicipality', ...input }, caller);
  }
}
