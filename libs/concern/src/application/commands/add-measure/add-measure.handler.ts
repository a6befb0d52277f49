import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { newConcernId } from '../../concern-request';
import { ConcernDirectory } from '../../concern-directory';
import { AddMeasureCommand } from './add-measure.command';

@CommandHandler(AddMeasureCommand)
export class AddMeasureHandler implements ICommandHandler<AddMeasureCommand> {
  constructor(
    private readonly runner: ConcernCommandRunner,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: AddMeasureCommand): Promise<{ measureId: string } & CaseCommandResult> {
    const { ownerUnitId, ...rest } = input;
    const owner = await this.directory.service(ownerUnitId, 'ownerUnitId');
    const measureId = newConcernId(caller.principal, caller.idempotencyKey, 'measure');
    return { measureId, ...(await this.runner.run({ type: 'AddMeasure', measureId, owner, ...rest }, caller)) };
  }
}
