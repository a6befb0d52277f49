import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { LinkReportToChildWelfareCommand } from './link-report-to-child-welfare.command';

@CommandHandler(LinkReportToChildWelfareCommand)
export class LinkReportToChildWelfareHandler implements ICommandHandler<LinkReportToChildWelfareCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: LinkReportToChildWelfareCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'LinkReportToChildWelfare', ...input }, caller);
  }
}
