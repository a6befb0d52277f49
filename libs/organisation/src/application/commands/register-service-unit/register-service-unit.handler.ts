import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationCommandRunner, type OrganisationChange } from '../../organisation-command-runner';
import { RegisterServiceUnitCommand } from './register-service-unit.command';

@CommandHandler(RegisterServiceUnitCommand)
export class RegisterServiceUnitHandler implements ICommandHandler<RegisterServiceUnitCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ input, caller }: RegisterServiceUnitCommand): Promise<OrganisationChange> {
    return this.organisation.run({ type: 'RegisterServiceUnit', ...input }, caller);
  }
}
