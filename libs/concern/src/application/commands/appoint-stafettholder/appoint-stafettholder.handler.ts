import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { ConcernDirectory } from '../../concern-directory';
import { AppointStafettholderCommand } from './appoint-stafettholder.command';

@CommandHandler(AppointStafettholderCommand)
export class AppointStafettholderHandler implements ICommandHandler<AppointStafettholderCommand> {
  constructor(
    private readonly runner: ConcernCommandRunner,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: AppointStafettholderCommand): Promise<CaseCommandResult> {
    const holder = await this.directory.practitioner(input.practitionerId, 'practitionerId');
    return this.runner.run({ type: 'AppointStafettholder', caseId: input.caseId, holder, familyWish: input.familyWish }, caller);
  }
}
