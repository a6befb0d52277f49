// The public API of the child-welfare context (reports of concern, issue 6): the pure core only.
// Test fixtures under */testing are not exported.

// Time: Oslo calendar dates and instants.
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

// The report of concern: decider.
export * from './domain/reporter-category';
export * from './domain/report.commands';
export * from './domain/report.events';
export * from './domain/report.state';
export * from './domain/report.decide';
export * from './domain/report.errors';
export { MAX_REASON_LENGTH, validateReceiveReport } from './domain/report.validation';

// The statutory clock.
export * from './clock/clock-rules';
export * from './clock/deadlines';
export { easterSunday, isNorwegianPublicHoliday, isWorkingDay, nextWorkingDayFrom, norwegianPublicHolidays } from './clock/norwegian-holidays';

// Application (NestJS, issue 6): reports filed and handled over HTTP, texts sealed per child.
export * from './application/report-routing';
export * from './application/report-content';
export * from './application/report-request';
export * from './application/report-sensitive-fields';
export * from './application/report-commands.service';
export * from './application/report-queries.service';
export * from './child-welfare.module';

// exported for consent/access (the disclosure module reads reports through it)
export { ReportStore, type LoadedReport } from './application/report.store';
