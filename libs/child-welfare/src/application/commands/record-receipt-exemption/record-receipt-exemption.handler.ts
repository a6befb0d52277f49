import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { RecordReceiptExemptionCommand } from './record-receipt-exemption.command';

@CommandHandler(RecordReceiptExemptionCommand)
export class RecordReceiptExemptionHandler implements ICommandHandler<RecordReceiptExemptionCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, ground, reason, caller }: RecordReceiptExemptionCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'RecordReceiptExemption', reportId, ground, reason }, caller);
  }
}
