import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationCommandRunner, type OrganisationChange } from '../../organisation-command-runner';
import { StartUnitCoverageCommand } from './start-unit-coverage.command';

@CommandHandler(StartUnitCoverageCommand)
export class StartUnitCoverageHandler implements ICommandHandler<StartUnitCoverageCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ input, caller }: StartUnitCoverageCommand): Promise<OrganisationChange> {
    return this.organisation.run({ type: 'StartUnitCoverage', ...input }, caller);
  }
}
