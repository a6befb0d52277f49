import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** End a measure of the practitioner's own unit. */
export class EndMeasureCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'EndMeasure'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
