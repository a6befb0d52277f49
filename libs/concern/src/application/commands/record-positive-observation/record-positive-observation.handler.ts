import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { newConcernId } from '../../concern-request';
import { RecordPositiveObservationCommand } from './record-positive-observation.command';

/**
 * Lysglimt: the id comes from the Idempotency-Key (a retry names the same lysglimt and appends
 * nothing); loading the case, who may write, the child's key for the texts and appending are the
 * case's one pipeline.
 */
@CommandHandler(RecordPositiveObservationCommand)
export class RecordPositiveObservationHandler implements ICommandHandler<RecordPositiveObservationCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  async execute({ input, caller }: RecordPositiveObservationCommand): Promise<{ observationId: string } & CaseCommandResult> {
    const observationId = newConcernId(caller.principal, caller.idempotencyKey, 'positive-observation');
    const { caseId, observedOn, text, childsOwnWords } = input;
    return { observationId, ...(await this.runner.run({ type: 'RecordPositiveObservation', caseId, observationId, observedOn, text, childsOwnWords }, caller)) };
  }
}
