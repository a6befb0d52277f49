import { Module } from '@nestjs/common';
import { ConcernCaseStore } from '../../concern/src/application/concern-case.store';
import { ConcernModule } from '../../concern/src/concern.module';
import { OrganisationModule } from '../../organisation/src/organisation.module';
import { ChildIndexReader } from '../../organisation/src/read-models/child-index/child-index.reader';
import { ReportChildren } from './application/report-children';
import { ReportCommands } from './application/report-commands.service';
import { ReportQueries } from './application/report-queries.service';
import { REPORT_CLOCK, systemReportClock } from './application/report-request';
import { ReportStore } from './application/report.store';

/**
 * Reports of concern to child welfare (issue 6): filing, intake's registration, review, investigation
 * and feedback, the reporter's own list and the KS export. Needs the global providers of the event
 * store, the platform (DataSource), `PersonalDataModule` (the vault) and `AuthModule` (MunicipalityAccess).
 * ConcernCaseStore is provided here as the timeline's module does: to check a BTI case's child and
 * participants before linking, never to write the case (that goes through ConcernCommands); the
 * child index (keyed hashes only) to find the children a KS document names.
 */
@Module({
  imports: [OrganisationModule, ConcernModule],
  providers: [ReportStore, ReportCommands, ReportQueries, ReportChildren, ChildIndexReader, ConcernCaseStore, { provide: REPORT_CLOCK, useValue: systemReportClock }],
  exports: [ReportCommands, ReportQueries],
})
export class ChildWelfareModule {}
