import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandResult } from '../../concern-command-runner';

/** Let another service (a unit, named by id) join the case, on the guardians' consent. */
export class AddParticipatingServiceCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: { readonly caseId: string; readonly unitId: string; readonly task?: string },
    readonly caller: Caller,
  ) {
    super();
  }
}
