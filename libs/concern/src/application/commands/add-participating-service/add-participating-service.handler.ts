import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { ConcernDirectory } from '../../concern-directory';
import { AddParticipatingServiceCommand } from './add-participating-service.command';

@CommandHandler(AddParticipatingServiceCommand)
export class AddParticipatingServiceHandler implements ICommandHandler<AddParticipatingServiceCommand> {
  constructor(
    private readonly runner: ConcernCommandRunner,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: AddParticipatingServiceCommand): Promise<CaseCommandResult> {
    const service = await this.directory.service(input.unitId, 'unitId');
    return this.runner.run({ type: 'AddParticipatingService', caseId: input.caseId, service, task: input.task }, caller);
  }
}
