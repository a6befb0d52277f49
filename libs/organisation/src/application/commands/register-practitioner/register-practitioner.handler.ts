import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationCommandRunner, type OrganisationChange } from '../../organisation-command-runner';
import { RegisterPractitionerCommand } from './register-practitioner.command';

@CommandHandler(RegisterPractitionerCommand)
export class RegisterPractitionerHandler implements ICommandHandler<RegisterPractitionerCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ input, caller }: RegisterPractitionerCommand): Promise<OrganisationChange> {
    return this.organisation.run({ type: 'RegisterPractitioner', ...input }, caller);
  }
}
