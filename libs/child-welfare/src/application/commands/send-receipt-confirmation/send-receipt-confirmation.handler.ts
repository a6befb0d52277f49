import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { SendReceiptConfirmationCommand } from './send-receipt-confirmation.command';

@CommandHandler(SendReceiptConfirmationCommand)
export class SendReceiptConfirmationHandler implements ICommandHandler<SendReceiptConfirmationCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, caller }: SendReceiptConfirmationCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'SendReceiptConfirmation', reportId }, caller);
  }
}
