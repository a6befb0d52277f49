import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { EndMeasureCommand } from './end-measure.command';

@CommandHandler(EndMeasureCommand)
export class EndMeasureHandler implements ICommandHandler<EndMeasureCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: EndMeasureCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'EndMeasure', ...input }, caller);
  }
}
