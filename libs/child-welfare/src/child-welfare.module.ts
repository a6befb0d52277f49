import { Module } from '@nestjs/common';
import { ConcernCaseStore } from '../../concern/src/application/concern-case.store';
import { ConcernModule } from '../../concern/src/concern.module';
import { OrganisationModule } from '../../organisation/src/organisation.module';
import { ReportCommands } from './application/report-commands.service';
import { ReportQueries } from './application/report-queries.service';
import { REPORT_CLOCK, systemReportClock } from './application/report-request';
import { ReportStore } from './application/report.store';

/**
 * Reports of concern to child welfare (issue 6): filing, intake's registration, review, investigation
 * and feedback, the reporter's own list and the KS export. Needs the global providers of the event
 * store, the platform (DataSource), `PersonalDataModule` (the vault) and `AuthModule` (MunicipalityAccess).
 * ConcernCaseStore is provided here as the timeline's module does: to check a BTI case's child and
 * participants before linking, never to write the case (that goes through ConcernCommands).
 */
@Module({
  imports: [OrganisationModule, ConcernModule],
  providers: [ReportStore, ReportCommands, ReportQueries, ConcernCaseStore, { provide: REPORT_CLOCK, useValue: systemReportClock }],
  exports: [ReportCommands, ReportQueries],
})
export class ChildWelfareModule {}
