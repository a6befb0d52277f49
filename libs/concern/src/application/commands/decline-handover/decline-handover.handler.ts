import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { DeclineHandoverCommand } from './decline-handover.command';

@CommandHandler(DeclineHandoverCommand)
export class DeclineHandoverHandler implements ICommandHandler<DeclineHandoverCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: DeclineHandoverCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'DeclineHandover', ...input }, caller);
  }
}
