import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Reopen a closed case. */
export class ReopenCaseCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'ReopenCase'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
