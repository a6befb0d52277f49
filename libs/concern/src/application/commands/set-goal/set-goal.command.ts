import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Set a goal in the stafettlogg; answers with the goal's id. */
export class SetGoalCommand extends Command<{ readonly goalId: string } & CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'SetGoal', 'goalId'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
