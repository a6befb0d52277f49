import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { newConcernId } from '../../concern-request';
import { RegisterConcernCommand } from './register-concern.command';

@CommandHandler(RegisterConcernCommand)
export class RegisterConcernHandler implements ICommandHandler<RegisterConcernCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  async execute({ input, caller }: RegisterConcernCommand): Promise<{ caseId: string } & CaseCommandResult> {
    const caseId = newConcernId(caller.principal, caller.idempotencyKey, 'case');
    return { caseId, ...(await this.runner.run({ type: 'RegisterConcern', caseId, ...input }, caller)) };
  }
}
