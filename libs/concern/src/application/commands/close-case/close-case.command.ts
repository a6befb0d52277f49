import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Close the case (the stafettholder, or the owning unit at level 0 after its decision). */
export class CloseCaseCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'CloseCase'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
