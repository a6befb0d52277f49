import type { RecordedEvent } from '@stafett/event-store';
import { DEFAULT_SERVICE_TYPES, findServiceType, type ServiceTypeDefinition } from '@stafett/organisation/config/service-types';
import type { AccessPurpose } from '../timeline-entry';
import { isAccessPurpose } from '../policy/policy-vocabulary';
import { PURPOSE_NAMES_NB } from '../timeline/timeline-purposes';

/** The reads the guardians' report lists: every event of the child's access log that showed content. */
export const REPORTED_READS = {
  ChildDataRead: 'Registreringsopplysninger om barnet',
  ConcernCaseRead: 'BTI-sak (bekymring og stafettlogg)',
  TimelineRead: 'Tidslinje på tvers av tjenester',
} as const;

export type ReportedReadType = keyof typeof REPORTED_READS;

export interface AccessReportLine {
  /** ISO 8601. */
  readonly at: string;
  readonly what: ReportedReadType;
  readonly whatNb: string;
  readonly purpose: AccessPurpose;
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
    if (typeof data.unitId !== 'string' || !isAccessPurpose(data.purpose)) return [];
    const what = event.type as ReportedReadType;
    const unit = options.unitOf(data.unitId);
    const serviceType = unit?.serviceType ?? 'ukjent';
    return [
      {
        at: event.metadata.occurredAt ?? event.recordedAt.toISOString(),
        what,
        whatNb: REPORTED_READS[what],
        purpose: data.purpose,
        purposeNb: PURPOSE_NAMES_NB[data.purpose],
        unitId: data.unitId,
        unitName: unit?.name ?? data.unitId,
        serviceType,
        serviceTypeNb: findServiceType(types, serviceType)?.nameNb ?? 'Ukjent tjeneste',
        ...(options.showPersons && typeof data.practitionerId === 'string' ? { practitionerId: data.practitionerId } : {}),
        ...(what === 'TimelineRead' && Array.isArray(data.shownEntryIds) ? { entriesShown: data.shownEntryIds.length } : {}),
      },
    ];
  });
  return { childId, generatedAt, showsPersons: options.showPersons, accesses };
}
