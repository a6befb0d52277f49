import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { WithdrawHandoverCommand } from './withdraw-handover.command';

@CommandHandler(WithdrawHandoverCommand)
export class WithdrawHandoverHandler implements ICommandHandler<WithdrawHandoverCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: WithdrawHandoverCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'WithdrawHandover', ...input }, caller);
  }
}
