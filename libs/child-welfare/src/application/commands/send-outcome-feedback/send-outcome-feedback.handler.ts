import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { SendOutcomeFeedbackCommand } from './send-outcome-feedback.command';

@CommandHandler(SendOutcomeFeedbackCommand)
export class SendOutcomeFeedbackHandler implements ICommandHandler<SendOutcomeFeedbackCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, caller }: SendOutcomeFeedbackCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'SendOutcomeFeedback', reportId }, caller);
  }
}
