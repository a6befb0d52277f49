import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Link a report of concern the practitioner's unit sent to child welfare about the case's child. */
export class LinkReportToChildWelfareCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'LinkReportToChildWelfare'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
