import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { InvestigationOutcome } from '../../../domain/report.commands';
import type { ReportStepTaken } from '../../report-command-runner';

/** Conclude the investigation: closed (henlagt) or followed up. */
export class ConcludeInvestigationCommand extends Command<ReportStepTaken> {
  constructor(
    readonly reportId: string,
    readonly outcome: InvestigationOutcome,
    readonly caller: Caller,
  ) {
    super();
  }
}
