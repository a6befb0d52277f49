import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Record the necessary conversation with the guardians (and the child) at level 0. */
export class RecordNecessaryConversationCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'RecordNecessaryConversation'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
