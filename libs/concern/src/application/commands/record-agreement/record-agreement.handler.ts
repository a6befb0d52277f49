import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { newConcernId } from '../../concern-request';
import { RecordAgreementCommand } from './record-agreement.command';

@CommandHandler(RecordAgreementCommand)
export class RecordAgreementHandler implements ICommandHandler<RecordAgreementCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  async execute({ input, caller }: RecordAgreementCommand): Promise<{ agreementId: string } & CaseCommandResult> {
    const agreementId = newConcernId(caller.principal, caller.idempotencyKey, 'agreement');
    return { agreementId, ...(await this.runner.run({ type: 'RecordAgreement', agreementId, ...input }, caller)) };
  }
}
