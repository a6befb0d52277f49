import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { newConcernId } from '../../concern-request';
import { SetGoalCommand } from './set-goal.command';

@CommandHandler(SetGoalCommand)
export class SetGoalHandler implements ICommandHandler<SetGoalCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  async execute({ input, caller }: SetGoalCommand): Promise<{ goalId: string } & CaseCommandResult> {
    const goalId = newConcernId(caller.principal, caller.idempotencyKey, 'goal');
    return { goalId, ...(await this.runner.run({ type: 'SetGoal', goalId, ...input }, caller)) };
  }
}
