// The public API of the child-welfare context (reports of concern, issue 6). Test fixtures under
// */testing are not exported.

// Time: Oslo calendar dates and instants (the kernel's one implementation).
export type { Instant, LocalDateTime } from '@stafett/kernel';
export { OSLO_TIME_ZONE, instantFromOsloLocal, isInstant, osloDateOf, osloLocalDateTimeOf } from '@stafett/kernel';
export { addDays, addMonths } from '@stafett/kernel';

// The national exchange format: KS Fiks bekymringsmelding v2.
export * from './format/bekymringsmelding.types';
export { detectVariant, validateBekymringsmelding } from './format/bekymringsmelding.validator';
export type { BekymringsmeldingValidation, SchemaProblem } from './format/bekymringsmelding.validator';
export { exportBekymringsmelding, importBekymringsmelding, InvalidExportError } from './format/bekymringsmelding.exchange';
export type { BekymringsmeldingImport } from './format/bekymringsmelding.exchange';
export { formatSendingstidspunkt, parseSendingstidspunkt } from './format/sendingstidspunkt';
export type { SendingstidspunktResult } from './format/sendingstidspunkt';

// The report of concern: decider and refusals.
export * from './domain/reporter-category';
export * from './domain/report.commands';
export * from './domain/report.events';
export * from './domain/report.state';
export * from './domain/report.decide';
export * from './domain/report.refusals';
export { MAX_REASON_LENGTH, validateReceiveReport } from './domain/report.validation';

// The statutory clock.
export * from './domain/clock/clock-rules';
export * from './domain/clock/deadlines';
export { easterSunday, isNorwegianPublicHoliday, isWorkingDay, nextWorkingDayFrom, norwegianPublicHolidays } from './domain/clock/norwegian-holidays';

// Where a report belongs, what it holds, and its stream (texts sealed per child) for the disclosure module.
export * from './application/report-routing';
export * from './application/report-content';
export { reportRefusal } from './application/report-request';
export { ReportStream, type LoadedReport } from './infrastructure/report-stream';

// Use cases (NestJS, @nestjs/cqrs): commands and queries, and the module that handles them.
export * from './application/commands/file-report/file-report.command';
export * from './application/commands/register-report/register-report.command';
export * from './application/commands/decide-review/decide-review.command';
export * from './application/commands/extend-investigation/extend-investigation.command';
export * from './application/commands/conclude-investigation/conclude-investigation.command';
export * from './application/commands/send-receipt-confirmation/send-receipt-confirmation.command';
export * from './application/commands/record-receipt-exemption/record-receipt-exemption.command';
export * from './application/commands/send-investigation-opened-notice/send-investigation-opened-notice.command';
export * from './application/commands/send-outcome-feedback/send-outcome-feedback.command';
export type { ReportStepTaken } from './application/report-command-runner';
export * from './application/queries/list-my-reports/list-my-reports.query';
export type { ReporterStatus, ReporterView } from './application/queries/list-my-reports/reporter-view';
export { REPORTER_STATUS_NB } from './application/queries/list-my-reports/reporter-view';
export * from './application/queries/get-intake-worklist/get-intake-worklist.query';
export * from './application/queries/get-intake-figures/get-intake-figures.query';
export * from './child-welfare.module';

// read side, for the composition root
export { childWelfareReadSide } from './child-welfare.read-side';
// The read side, for the composition root: the report clock's projection, reader types and migration.
export { ReportClockProjection } from './read-models/report-clock/report-clock.projection';
export type { IntakeFigures, IntakeWorklist, IntakeItem } from './read-models/report-clock/report-clock.reader';
export { CreateReportClock1732000000800 } from './read-models/migrations/1732000000800-create-report-clock';
// exported for consent/access (the disclosure module reads reports through it)
export { ReportStore } from './application/report.store';
