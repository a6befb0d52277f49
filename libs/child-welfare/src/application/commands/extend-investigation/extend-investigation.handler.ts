import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { ExtendInvestigationCommand } from './extend-investigation.command';

@CommandHandler(ExtendInvestigationCommand)
export class ExtendInvestigationHandler implements ICommandHandler<ExtendInvestigationCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, reason, caller }: ExtendInvestigationCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'ExtendInvestigation', reportId, reason }, caller);
  }
}
