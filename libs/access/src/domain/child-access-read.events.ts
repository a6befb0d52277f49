import type { DomainEvent } from '@stafett/kernel';
import type { AccessPurpose } from './timeline-entry';

interface Read {
  practitionerId: string;
  unitId: string;
  purpose: AccessPurpose;
}

/** The registration was shown in clear (ChildDataRead keeps its issue-3 name and shape). */
export type ChildDataRead = DomainEvent<'ChildDataRead', Read>;

/** A BTI case was shown; only the entries the policy showed in full are listed. */
export type ConcernCaseRead = DomainEvent<'ConcernCaseRead', Read & { caseId: string; shownEntryIds: string[] }>;

/** The timeline was shown; only the entries the policy showed in full are listed. */
export type TimelineRead = DomainEvent<'TimelineRead', Read & { shownEntryIds: string[] }>;

/** Child welfare read a report of concern about the child, its texts in clear. */
export type ReportRead = DomainEvent<'ReportRead', Read & { reportId: string }>;

/** Child welfare exported a report about the child as a KS Fiks document (national id, name, address, texts). */
export type ReportExported = DomainEvent<'ReportExported', Read & { reportId: string }>;

/** The access report itself was handed out, on the guardians' or the child's request. */
export type AccessReportRead = DomainEvent<'AccessReportRead', { practitionerId: string; unitId: string; requestedFor: 'guardians' | 'child' }>;

/** Every event of the child's access log. */
export type ChildAccessRead = ChildDataRead | ConcernCaseRead | TimelineRead | ReportRead | ReportExported | AccessReportRead;
