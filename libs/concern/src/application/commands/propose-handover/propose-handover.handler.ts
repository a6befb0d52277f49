import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { ConcernDirectory } from '../../concern-directory';
import { ProposeHandoverCommand } from './propose-handover.command';

@CommandHandler(ProposeHandoverCommand)
export class ProposeHandoverHandler implements ICommandHandler<ProposeHandoverCommand> {
  constructor(
    private readonly runner: ConcernCommandRunner,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: ProposeHandoverCommand): Promise<CaseCommandResult> {
    const to = await this.directory.practitioner(input.toPractitionerId, 'toPractitionerId');
    return this.runner.run({ type: 'ProposeHandover', caseId: input.caseId, to, familyWish: input.familyWish, reason: input.reason }, caller);
  }
}
