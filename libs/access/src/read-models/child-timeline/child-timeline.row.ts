import type { RecordedEvent } from '@stafett/event-store';
import { concernStreamId, type ConcernRegistered, type ActorRef, type PractitionerRef } from '@stafett/concern';
import { DEFAULT_SERVICE_TYPES, findServiceType, type ServiceTypeDefinition } from '@stafett/organisation';
import type { ConfidentialityFamily, InformationCategory } from '../../domain/timeline-entry';
import { reportRoutingOf } from '@stafett/child-welfare';
import { categoryOfConcernEntry, categoryOfConcernEvent, categoryOfReportEvent } from './timeline-categories';

/** One `child_timeline` row: where an entry is and whose it is, never what it says. */
export interface ChildTimelineRow {
  readonly entryId: string;
  readonly childId: string;
  readonly caseId: string | null;
  readonly category: InformationCategory;
  readonly ownerUnitId: string;
  readonly ownerServiceType: string;
  readonly ownerFamily: ConfidentialityFamily;
  /** ISO 8601. */
  readonly occurredAt: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly streamVersion: bigint;
  readonly statutoryRecipientUnitId: string | null;
  /** The recording unit marked it sensitive to an investigation (honoured by the policy for police entries). */
  readonly investigationSensitive: boolean;
}

/** What the projection knows of a case from its registration: the child and the owning unit. */
export interface TimelineCase {
  readonly childId: string;
  readonly ownerUnitId: string;
  readonly ownerServiceType: string;
}

/**
 * The family of a service type. An unknown type falls under `other`: the policy then treats the
 * entry by its category and owner unit, which never shows more than a known family would.
 */
export function familyOf(serviceType: string, serviceTypes: readonly ServiceTypeDefinition[] = DEFAULT_SERVICE_TYPES): ConfidentialityFamily {
  return findServiceType(serviceTypes, serviceType)?.family ?? 'other';
}

/** The case a BTI case event belongs to, if it is one (on its own case stream). */
export function concernCaseIdOf(event: RecordedEvent): string | undefined {
  if (!event.streamId.startsWith('concern-') || categoryOfConcernEvent(event.type) === undefined) return undefined;
  const caseId = (event.data as { caseId?: unknown } | null)?.caseId;
  return typeof caseId === 'string' && event.streamId === concernStreamId(caseId) ? caseId.toLowerCase() : undefined;
}

/**
 * The case as its registration describes it (always the first event of a case stream). The owner is
 * the registering unit, as on the registration's own row, so that a later batch reading that row
 * back gets the same answer as one that saw the registration itself.
 */
export function timelineCaseFrom(event: RecordedEvent): TimelineCase | undefined {
  if (event.type !== 'ConcernRegistered' || concernCaseIdOf(event) === undefined) return undefined;
  const data = event.data as ConcernRegistered['data'];
  const owner = practitionerOf(data.by) ?? data.owningUnit;
  return { childId: data.childId.toLowerCase(), ownerUnitId: owner.unitId, ownerServiceType: owner.serviceType };
}

function practitionerOf(by: ActorRef | PractitionerRef | undefined): PractitionerRef | undefined {
  if (!by || ('kind' in by && by.kind === 'guardian')) return undefined;
  const ref = by as PractitionerRef;
  return typeof ref.unitId === 'string' && typeof ref.serviceType === 'string' ? ref : undefined;
}

/**
 * The timeline row of a BTI case event, or `undefined` for any other event. The owner is the unit
 * that acted (`by`); when a guardian acted (closing a case), the case's owning unit owns the entry.
 */
export function timelineRowFrom(
  event: RecordedEvent,
  caseOf: (caseId: string) => TimelineCase | undefined,
  serviceTypes: readonly ServiceTypeDefinition[] = DEFAULT_SERVICE_TYPES,
): ChildTimelineRow | undefined {
  const caseId = concernCaseIdOf(event);
  const category = categoryOfConcernEntry(event.type, event.data);
  if (caseId === undefined || category === undefined) return undefined;
  const known = caseOf(caseId);
  if (!known) return undefined; // no registration seen: not a case of ours
  const data = event.data as { by?: ActorRef; at?: string; investigationSensitive?: unknown };
  const actor = practitionerOf(data.by);
  const ownerUnitId = actor?.unitId ?? known.ownerUnitId;
  const ownerServiceType = actor?.serviceType ?? known.ownerServiceType;
  return {
    entryId: event.id.toLowerCase(),
    childId: known.childId,
    caseId,
    category,
    ownerUnitId,
    ownerServiceType,
    ownerFamily: familyOf(ownerServiceType, serviceTypes),
    occurredAt: typeof data.at === 'string' ? new Date(data.at).toISOString() : (event.metadata.occurredAt ?? event.recordedAt.toISOString()),
    eventType: event.type,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    statutoryRecipientUnitId: null,
    investigationSensitive: data.investigationSensitive === true,
  };
}

/**
 * The timeline rows of a report-of-concern event (stream `report-<id>`): one per identified child,
 * owned by the child-welfare unit that received the report, and in the BTI case it was filed from
 * (so that the stafettholder there has the need to know R2 asks for). Feedback to the reporter
 * (category `child-welfare-feedback`) names the reporter's unit as its statutory recipient. Taken
 * from the routing in the event's metadata: ids only, so no content is read. An unborn child with no
 * id yet has no timeline, so a report about one gives no rows.
 */
export function reportTimelineRowsFrom(event: RecordedEvent, serviceTypes: readonly ServiceTypeDefinition[] = DEFAULT_SERVICE_TYPES): ChildTimelineRow[] {
  const category = categoryOfReportEvent(event.type);
  const routing = category === undefined ? undefined : reportRoutingOf(event);
  if (category === undefined || !routing) return [];
  const entryId = event.id.toLowerCase();
  return routing.childIds.map((childId, index) => ({
    entryId: index === 0 ? entryId : `${entryId}:${childId}`,
    childId,
    caseId: routing.concernCaseId ?? null,
    category,
    ownerUnitId: routing.childWelfareUnitId,
    ownerServiceType: routing.childWelfareServiceType,
    ownerFamily: familyOf(routing.childWelfareServiceType, serviceTypes),
    occurredAt: new Date(event.metadata.occurredAt ?? event.recordedAt.toISOString()).toISOString(),
    eventType: event.type,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    statutoryRecipientUnitId: category === 'child-welfare-feedback' ? (routing.reporterUnitId ?? null) : null,
    investigationSensitive: false,
  }));
}
