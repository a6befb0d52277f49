import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationCommandRunner, type OrganisationChange } from '../../organisation-command-runner';
import { ChangePractitionerRolesCommand } from './change-practitioner-roles.command';

@CommandHandler(ChangePractitionerRolesCommand)
export class ChangePractitionerRolesHandler implements ICommandHandler<ChangePractitionerRolesCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ input, caller }: ChangePractitionerRolesCommand): Promise<OrganisationChange> {
    return this.organisation.run({ type: 'ChangePractitionerRoles', ...input }, caller);
  }
}
