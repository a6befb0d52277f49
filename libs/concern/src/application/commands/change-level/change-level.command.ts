import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Raise or lower the case's level (with a stafettholder named by id when leaving level 0 without one). */
export class ChangeLevelCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: Omit<CaseCommandInput<'ChangeLevel'>, 'stafettholder'> & { readonly stafettholderId?: string },
    readonly caller: Caller,
  ) {
    super();
  }
}
