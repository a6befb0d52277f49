import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReportStepTaken } from '../../report-command-runner';

/** Extend the investigation once, to six months (§ 2-2), with a written reason. */
export class ExtendInvestigationCommand extends Command<ReportStepTaken> {
  constructor(
    readonly reportId: string,
    readonly reason: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
