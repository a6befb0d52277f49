import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Evaluate a measure of the practitioner's own unit. */
export class EvaluateMeasureCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'EvaluateMeasure'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
