import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReportStepTaken } from '../../report-command-runner';

/** Tell a public reporter whether an investigation was opened. */
export class SendInvestigationOpenedNoticeCommand extends Command<ReportStepTaken> {
  constructor(
    readonly reportId: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
