import type { RecordedEvent } from '@stafett/event-store';
import { DEFAULT_SERVICE_TYPES, findServiceType, type ServiceTypeDefinition } from '@stafett/organisation';
import type { AccessPurpose } from '../../../domain/timeline-entry';
import { isAccessPurpose } from '../../../domain/policy/policy-vocabulary';
import { PURPOSE_NAMES_NB } from '../../../domain/timeline-purposes';

/** The reads the guardians' report lists: every event of the child's access log. */
export const REPORTED_READS = {
  ChildDataRead: 'Registreringsopplysninger om barnet',
  ConcernCaseRead: 'BTI-sak (bekymring og stafettlogg)',
  TimelineRead: 'Tidslinje på tvers av tjenester',
  ReportRead: 'Bekymringsmelding til barneverntjenesten',
  ReportExported: 'Bekymringsmelding til barneverntjenesten, hentet ut som dokument',
  AccessReportRead: 'Denne innsynsloggen, utlevert på forespørsel',
} as const;

/** Why the access report itself was read: it is handed out on the guardians' or the child's request. */
export type ReportPurpose = AccessPurpose | 'access-request';
const PURPOSE_NB: Readonly<Record<ReportPurpose, string>> = { ...PURPOSE_NAMES_NB, 'access-request': 'Innsyn etter forespørsel' };
const isReportPurpose = (value: unknown): value is ReportPurpose => value === 'access-request' || isAccessPurpose(value);

export type ReportedReadType = keyof typeof REPORTED_READS;

export interface AccessReportLine {
  /** ISO 8601. */
  readonly at: string;
  readonly what: ReportedReadType;
  readonly whatNb: string;
  readonly purpose: ReportPurpose;
  readonly purposeNb: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly serviceType: string;
  readonly serviceTypeNb: string;
  /** Only when the configuration allows persons to be shown (ACCESS_REPORT_SHOW_PERSONS). */
  readonly practitionerId?: string;
  /** For a timeline read: how many entries were shown in full. */
  readonly entriesShown?: number;
}

export interface AccessReport {
  readonly childId: string;
  readonly generatedAt: string;
  readonly showsPersons: boolean;
  readonly accesses: readonly AccessReportLine[];
}

export interface UnitInfo {
  readonly name: string;
  readonly serviceType: string;
}

export interface AccessReportOptions {
  readonly showPersons: boolean;
  readonly unitOf: (unitId: string) => UnitInfo | undefined;
  readonly serviceTypes?: readonly ServiceTypeDefinition[];
  /**
   * For the guardians, while the child has asked that health information is not given to them
   * (pasient- og brukerrettighetsloven § 3-4): reads by health services are left out, and no line
   * counts entries (a count could include health entries).
   */
  readonly withholdHealth?: boolean;
}

interface ReadData {
  practitionerId?: unknown;
  unitId?: unknown;
  purpose?: unknown;
  shownEntryIds?: unknown;
}

/** The guardians' access report (GDPR art. 15): dates, purposes, services, and persons where allowed. Oldest first. */
export function buildAccessReport(childId: string, log: readonly RecordedEvent[], generatedAt: string, options: AccessReportOptions): AccessReport {
  const types = options.serviceTypes ?? DEFAULT_SERVICE_TYPES;
  const accesses = log.flatMap((event): AccessReportLine[] => {
    if (!Object.prototype.hasOwnProperty.call(REPORTED_READS, event.type)) return [];
    const data = (event.data ?? {}) as ReadData;
    const purpose: unknown = event.type === 'AccessReportRead' ? 'access-request' : data.purpose;
    if (typeof data.unitId !== 'string' || !isReportPurpose(purpose)) return [];
    const what = event.type as ReportedReadType;
    const unit = options.unitOf(data.unitId);
    const serviceType = unit?.serviceType ?? 'ukjent';
    if (options.withholdHealth && findServiceType(types, serviceType)?.family === 'health') return [];
    return [
      {
        at: event.metadata.occurredAt ?? event.recordedAt.toISOString(),
        what,
        whatNb: REPORTED_READS[what],
        purpose,
        purposeNb: PURPOSE_NB[purpose],
        unitId: data.unitId,
        unitName: unit?.name ?? data.unitId,
        serviceType,
        serviceTypeNb: findServiceType(types, serviceType)?.nameNb ?? 'Ukjent tjeneste',
        ...(options.showPersons && typeof data.practitionerId === 'string' ? { practitionerId: data.practitionerId } : {}),
        ...((what === 'TimelineRead' || what === 'ConcernCaseRead') && Array.isArray(data.shownEntryIds) && !options.withholdHealth
          ? { entriesShown: data.shownEntryIds.length }
          : {}),
      },
    ];
  });
  return { childId, generatedAt, showsPersons: options.showPersons, accesses };
}
