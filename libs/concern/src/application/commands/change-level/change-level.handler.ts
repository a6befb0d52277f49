import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { ConcernDirectory } from '../../concern-directory';
import { ChangeLevelCommand } from './change-level.command';

@CommandHandler(ChangeLevelCommand)
export class ChangeLevelHandler implements ICommandHandler<ChangeLevelCommand> {
  constructor(
    private readonly runner: ConcernCommandRunner,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: ChangeLevelCommand): Promise<CaseCommandResult> {
    const { stafettholderId, ...rest } = input;
    const stafettholder = stafettholderId === undefined ? undefined : await this.directory.practitioner(stafettholderId, 'stafettholderId');
    return this.runner.run({ type: 'ChangeLevel', ...rest, stafettholder }, caller);
  }
}
