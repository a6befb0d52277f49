import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReviewDecision } from '../../../domain/report.commands';
import type { ReportStepTaken } from '../../report-command-runner';

/** The § 2-1 review: dismiss (henlegge), investigate (undersøkelse), or refer to low-threshold help. */
export class DecideReviewCommand extends Command<ReportStepTaken> {
  constructor(
    readonly reportId: string,
    readonly decision: ReviewDecision,
    readonly caller: Caller,
  ) {
    super();
  }
}
