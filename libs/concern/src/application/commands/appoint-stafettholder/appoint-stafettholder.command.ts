import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandResult } from '../../concern-command-runner';

/** Appoint the first stafettholder, named by id; afterwards the baton moves only by handover. */
export class AppointStafettholderCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: { readonly caseId: string; readonly practitionerId: string; readonly familyWish?: string },
    readonly caller: Caller,
  ) {
    super();
  }
}
