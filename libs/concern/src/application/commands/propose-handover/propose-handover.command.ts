import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandResult } from '../../concern-command-runner';

/** Propose to hand the baton to another practitioner, named by id. */
export class ProposeHandoverCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: { readonly caseId: string; readonly toPractitionerId: string; readonly familyWish: string; readonly reason?: string },
    readonly caller: Caller,
  ) {
    super();
  }
}
