import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** The proposed receiver takes the baton. */
export class AcceptHandoverCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'AcceptHandover'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
