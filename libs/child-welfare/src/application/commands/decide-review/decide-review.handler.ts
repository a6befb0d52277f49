import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportCommandRunner, type ReportStepTaken } from '../../report-command-runner';
import { DecideReviewCommand } from './decide-review.command';

@CommandHandler(DecideReviewCommand)
export class DecideReviewHandler implements ICommandHandler<DecideReviewCommand> {
  constructor(private readonly runner: ReportCommandRunner) {}

  execute({ reportId, decision, caller }: DecideReviewCommand): Promise<ReportStepTaken> {
    return this.runner.decideOn({ type: 'DecideReview', reportId, decision }, caller);
  }
}
