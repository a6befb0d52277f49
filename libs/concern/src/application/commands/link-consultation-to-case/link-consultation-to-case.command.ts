import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Link an anonymous consultation the practitioner's unit recorded to this named case. */
export class LinkConsultationToCaseCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'LinkConsultationToCase'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
