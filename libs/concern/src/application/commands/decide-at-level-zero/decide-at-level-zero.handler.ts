import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LevelZeroDecision } from '../../../domain/concern.commands';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { ConcernDirectory } from '../../concern-directory';
import { DecideAtLevelZeroCommand } from './decide-at-level-zero.command';

@CommandHandler(DecideAtLevelZeroCommand)
export class DecideAtLevelZeroHandler implements ICommandHandler<DecideAtLevelZeroCommand> {
  constructor(
    private readonly runner: ConcernCommandRunner,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: DecideAtLevelZeroCommand): Promise<CaseCommandResult> {
    const { stafettholderId, ...rest } = input.decision;
    const stafettholder = stafettholderId === undefined ? undefined : await this.directory.practitioner(stafettholderId, 'stafettholderId');
    return this.runner.run({ type: 'DecideAtLevelZero', caseId: input.caseId, decision: { ...rest, stafettholder } as LevelZeroDecision }, caller);
  }
}
