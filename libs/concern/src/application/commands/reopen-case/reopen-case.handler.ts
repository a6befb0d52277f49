import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { ReopenCaseCommand } from './reopen-case.command';

@CommandHandler(ReopenCaseCommand)
export class ReopenCaseHandler implements ICommandHandler<ReopenCaseCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: ReopenCaseCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'ReopenCase', ...input }, caller);
  }
}
