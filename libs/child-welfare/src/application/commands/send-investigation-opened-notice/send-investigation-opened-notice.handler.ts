import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { SendInvestigationOpenedNoticeCommand } from './send-investigation-opened-notice.command';

@CommandHandler(SendInvestigationOpenedNoticeCommand)
export class SendInvestigationOpenedNoticeHandler implements ICommandHandler<SendInvestigationOpenedNoticeCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, caller }: SendInvestigationOpenedNoticeCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'SendInvestigationOpenedNotice', reportId }, caller);
  }
}
