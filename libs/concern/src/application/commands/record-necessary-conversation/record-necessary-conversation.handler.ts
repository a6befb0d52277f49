import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { RecordNecessaryConversationCommand } from './record-necessary-conversation.command';

@CommandHandler(RecordNecessaryConversationCommand)
export class RecordNecessaryConversationHandler implements ICommandHandler<RecordNecessaryConversationCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: RecordNecessaryConversationCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'RecordNecessaryConversation', ...input }, caller);
  }
}
