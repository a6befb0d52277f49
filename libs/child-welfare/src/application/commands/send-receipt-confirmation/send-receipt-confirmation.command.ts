import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReportStepTaken } from '../../report-command-runner';

/** Confirm to the reporter that the report is received. */
export class SendReceiptConfirmationCommand extends Command<ReportStepTaken> {
  constructor(
    readonly reportId: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
