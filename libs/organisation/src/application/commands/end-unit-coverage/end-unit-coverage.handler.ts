import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrganisationCommandRunner, type OrganisationChange } from '../../organisation-command-runner';
import { EndUnitCoverageCommand } from './end-unit-coverage.command';

@CommandHandler(EndUnitCoverageCommand)
export class EndUnitCoverageHandler implements ICommandHandler<EndUnitCoverageCommand> {
  constructor(private readonly organisation: OrganisationCommandRunner) {}

  execute({ input, caller }: EndUnitCoverageCommand): Promise<OrganisationChange> {
    return this.organisation.run({ type: 'EndUnitCoverage', ...input }, caller);
  }
}
