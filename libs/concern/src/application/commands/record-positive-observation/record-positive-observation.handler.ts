import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommands } from '../../concern-commands.service';
import { newConcernId } from '../../concern-request';
import { RecordPositiveObservationCommand } from './record-positive-observation.command';

/**
 * Lysglimt: the id comes from the Idempotency-Key (a retry names the same lysglimt and appends
 * nothing); loading the case, who may write, the child's key for the texts and appending are the
 * case's one pipeline.
 */
@CommandHandler(RecordPositiveObservationCommand)
export class RecordPositiveObservationHandler implements ICommandHandler<RecordPositiveObservationCommand> {
  constructor(private readonly cases: ConcernCommands) {}

  async execute({ input, caller }: RecordPositiveObservationCommand): Promise<{ observationId: string; events: string[] }> {
    const observationId = newConcernId(caller.principal, caller.idempotencyKey, 'positive-observation');
    const { caseId, observedOn, text, childsOwnWords } = input;
    const events = await this.cases.execute({ type: 'RecordPositiveObservation', caseId, observationId, observedOn, text, childsOwnWords }, caller, caller.idempotencyKey);
    return { observationId, events: events.map((event) => event.type) };
  }
}
