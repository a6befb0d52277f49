import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Register a concern (undring) about a registered child: opens the BTI case at level 0; answers with the case's id. */
export class RegisterConcernCommand extends Command<{ readonly caseId: string } & CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'RegisterConcern', 'caseId'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
