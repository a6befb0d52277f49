import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Open the stafettlogg, on the guardians' consent covering the stafettholder's service. */
export class OpenStafettloggCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'OpenStafettlogg'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
