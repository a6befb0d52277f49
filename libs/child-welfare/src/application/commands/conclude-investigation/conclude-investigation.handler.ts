import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { ConcludeInvestigationCommand } from './conclude-investigation.command';

@CommandHandler(ConcludeInvestigationCommand)
export class ConcludeInvestigationHandler implements ICommandHandler<ConcludeInvestigationCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, outcome, caller }: ConcludeInvestigationCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'ConcludeInvestigation', reportId, outcome }, caller);
  }
}
