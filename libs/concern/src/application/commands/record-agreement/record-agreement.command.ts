import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Record an agreement in the stafettlogg; answers with the agreement's id. */
export class RecordAgreementCommand extends Command<{ readonly agreementId: string } & CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'RecordAgreement', 'agreementId'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
