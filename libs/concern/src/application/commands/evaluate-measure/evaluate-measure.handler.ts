import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { EvaluateMeasureCommand } from './evaluate-measure.command';

@CommandHandler(EvaluateMeasureCommand)
export class EvaluateMeasureHandler implements ICommandHandler<EvaluateMeasureCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: EvaluateMeasureCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'EvaluateMeasure', ...input }, caller);
  }
}
