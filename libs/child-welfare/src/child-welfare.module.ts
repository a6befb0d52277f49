import { Module } from '@nestjs/common';
import { ChildCasesReader, ConcernModule } from '@stafett/concern';
import { ChildIndexReader, OrganisationModule, OrganisationViewReader } from '@stafett/organisation';
import { DataSource } from 'typeorm';
import { ConcludeInvestigationHandler } from './application/commands/conclude-investigation/conclude-investigation.handler';
import { DecideReviewHandler } from './application/commands/decide-review/decide-review.handler';
import { ExtendInvestigationHandler } from './application/commands/extend-investigation/extend-investigation.handler';
import { FileReportHandler } from './application/commands/file-report/file-report.handler';
import { FilingRecipients } from './application/commands/file-report/filing-recipients';
import { RecordReceiptExemptionHandler } from './application/commands/record-receipt-exemption/record-receipt-exemption.handler';
import { RegisterReportHandler } from './application/commands/register-report/register-report.handler';
import { SendInvestigationOpenedNoticeHandler } from './application/commands/send-investigation-opened-notice/send-investigation-opened-notice.handler';
import { SendOutcomeFeedbackHandler } from './application/commands/send-outcome-feedback/send-outcome-feedback.handler';
import { SendReceiptConfirmationHandler } from './application/commands/send-receipt-confirmation/send-receipt-confirmation.handler';
import { GetIntakeFiguresHandler } from './application/queries/get-intake-figures/get-intake-figures.handler';
import { GetIntakeWorklistHandler } from './application/queries/get-intake-worklist/get-intake-worklist.handler';
import { ListMyReportsHandler } from './application/queries/list-my-reports/list-my-reports.handler';
import { ReportChildren } from './application/report-children';
import { ReportCommandRunner } from './application/report-command-runner';
import { ReportStream } from './infrastructure/report-stream';
import { ReportClockReader } from './read-models/report-clock/report-clock.reader';

const COMMAND_HANDLERS = [
  FileReportHandler,
  RegisterReportHandler,
  DecideReviewHandler,
  ExtendInvestigationHandler,
  ConcludeInvestigationHandler,
  SendReceiptConfirmationHandler,
  RecordReceiptExemptionHandler,
  SendInvestigationOpenedNoticeHandler,
  SendOutcomeFeedbackHandler,
];
const QUERY_HANDLERS = [ListMyReportsHandler, GetIntakeWorklistHandler, GetIntakeFiguresHandler];

/**
 * Reports of concern to child welfare (issue 6): filing, intake's registration, review, investigation
 * and feedback, the reporter's own list and intake's worklists and figures, on the command and query
 * buses. Needs the global providers of the event store, the platform (DataSource, CLOCK),
 * `PersonalDataModule` (the vault) and `AuthModule` (MunicipalityAccess). A BTI case is checked
 * through concern's read port (its stream, never decrypted) and linked through its commands; the
 * child index (keyed hashes only) finds the children a KS document names.
 */
@Module({
  imports: [OrganisationModule, ConcernModule],
  providers: [
    ReportStream,
    ReportCommandRunner,
    ReportChildren,
    FilingRecipients,
    ChildIndexReader,
    ChildCasesReader,
    { provide: ReportClockReader, useFactory: (dataSource: DataSource, organisation: OrganisationViewReader) => new ReportClockReader(dataSource, organisation), inject: [DataSource, OrganisationViewReader] },
    ...COMMAND_HANDLERS,
    ...QUERY_HANDLERS,
  ],
})
export class ChildWelfareModule {}
