import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** The stafettholder withdraws an unanswered handover. */
export class WithdrawHandoverCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'WithdrawHandover'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
