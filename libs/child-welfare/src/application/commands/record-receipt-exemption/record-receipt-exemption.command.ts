import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReceiptExemptionGround } from '../../../domain/report.commands';
import type { ReportStepTaken } from '../../report-command-runner';

/** Record why the reporter gets no confirmation of receipt. */
export class RecordReceiptExemptionCommand extends Command<ReportStepTaken> {
  constructor(
    readonly reportId: string,
    readonly ground: ReceiptExemptionGround,
    readonly reason: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
