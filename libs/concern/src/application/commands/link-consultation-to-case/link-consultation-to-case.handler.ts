import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { LinkConsultationToCaseCommand } from './link-consultation-to-case.command';

@CommandHandler(LinkConsultationToCaseCommand)
export class LinkConsultationToCaseHandler implements ICommandHandler<LinkConsultationToCaseCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: LinkConsultationToCaseCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'LinkConsultationToCase', ...input }, caller);
  }
}
