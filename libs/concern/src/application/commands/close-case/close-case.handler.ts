import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { CloseCaseCommand } from './close-case.command';

@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler implements ICommandHandler<CloseCaseCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: CloseCaseCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'CloseCase', ...input }, caller);
  }
}
