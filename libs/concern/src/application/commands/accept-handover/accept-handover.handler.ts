import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { AcceptHandoverCommand } from './accept-handover.command';

@CommandHandler(AcceptHandoverCommand)
export class AcceptHandoverHandler implements ICommandHandler<AcceptHandoverCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: AcceptHandoverCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'AcceptHandover', ...input }, caller);
  }
}
