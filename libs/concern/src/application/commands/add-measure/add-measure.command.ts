import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Add a measure owned by a unit (named by id); answers with the measure's id. */
export class AddMeasureCommand extends Command<{ readonly measureId: string } & CaseCommandResult> {
  constructor(
    readonly input: Omit<CaseCommandInput<'AddMeasure', 'measureId'>, 'owner'> & { readonly ownerUnitId: string },
    readonly caller: Caller,
  ) {
    super();
  }
}
