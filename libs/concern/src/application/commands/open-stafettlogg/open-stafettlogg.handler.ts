import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { OpenStafettloggCommand } from './open-stafettlogg.command';

@CommandHandler(OpenStafettloggCommand)
export class OpenStafettloggHandler implements ICommandHandler<OpenStafettloggCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute({ input, caller }: OpenStafettloggCommand): Promise<CaseCommandResult> {
    return this.runner.run({ type: 'OpenStafettlogg', ...input }, caller);
  }
}
