import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** The proposed receiver declines the baton. */
export class DeclineHandoverCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'DeclineHandover'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
