import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore, type NewEvent } from '@stafett/event-store';
import { familyOf } from './child-timeline.row';
import { InvalidCommandError } from '@stafett/organisation/domain/domain-error';
import { childAccessStreamId } from '@stafett/organisation/application/children/child-access';
import type { TimelineRead } from '../access-log/timeline-read.event';
import type { AccessPurpose, InformationCategory, LegalBasis, Viewer, Visibility } from '../timeline-entry';
import { ChildTimelineReader, type StoredTimelineEntry, type TimelineSource } from './child-timeline.reader';
import { ServedChildGate, type ChildGate } from './served-child.gate';
import { ConcernTimelineContent, type TimelineContentSource } from './timeline-content';
import { ACCESS_PURPOSES, isAccessPurpose } from '../policy/policy-vocabulary';
import { ACCESS_CLOCK, CHILD_CONSENTS, VISIBILITY_POLICY, type AccessClock, type ChildConsents, type VisibilityPolicy } from './timeline.ports';

/** Who asks, and the request id that ties the access event to the request. */
export interface TimelineRequest {
  readonly principal: Principal;
  readonly correlationId?: string;
}

interface DecidedFields {
  readonly visibility: Visibility;
  readonly basis: LegalBasis;
  readonly rule: string;
  readonly category: InformationCategory;
  readonly ownerServiceType: string;
  readonly occurredAt: string;
}

/** Shown: everything, content in clear. */
export interface ShownTimelineEntry extends DecidedFields {
  readonly visibility: 'shown';
  readonly entryId: string;
  readonly caseId?: string;
  readonly ownerUnitId: string;
  readonly eventType: string;
  readonly content: unknown;
}

/** Redacted: that an entry exists, of which kind, whose and when; nothing else. */
export interface RedactedTimelineEntry extends DecidedFields {
  readonly visibility: 'redacted';
}

export type TimelineEntryView = ShownTimelineEntry | RedactedTimelineEntry;

export interface TimelineView {
  readonly childId: string;
  readonly purpose: AccessPurpose;
  /** The moment the consents were judged at. */
  readonly readAt: string;
  /** In time order; hidden entries are left out without a trace. */
  readonly entries: readonly TimelineEntryView[];
}

/**
 * The child's cross-service timeline for one viewer and purpose (issue 5 item 4). Visibility is the
 * policy's alone (architecture principle 2); this use case only gathers the facts, applies the
 * decisions and records the access. Consents are read at request time, so a withdrawal takes effect
 * on the next read without a rebuild.
 */
@Injectable()
export class ReadTimelineHandler {
  constructor(
    @Inject(ChildTimelineReader) private readonly timeline: TimelineSource,
    @Inject(ConcernTimelineContent) private readonly content: TimelineContentSource,
    @Inject(ServedChildGate) private readonly gate: ChildGate,
    @Inject(CHILD_CONSENTS) private readonly consents: ChildConsents,
    @Inject(VISIBILITY_POLICY) private readonly policy: VisibilityPolicy,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCESS_CLOCK) private readonly clock: AccessClock,
  ) {}

  async execute(childId: string, purpose: unknown, request: TimelineRequest): Promise<TimelineView> {
    if (!isAccessPurpose(purpose)) {
      throw new InvalidCommandError('ReadTimeline', [
        { field: 'purpose', message: `purpose must be one of ${ACCESS_PURPOSES.join(', ')}`, userMessage: `Oppgi formålet med oppslaget: ${ACCESS_PURPOSES.join(', ')}.` },
      ]);
    }
    const { principal } = request;
    const now = this.clock.now();
    const at = now.toISOString();
    const id = await this.gate.assertServed(principal, childId, now);

    const [entries, consents, cases] = await Promise.all([
      this.timeline.entriesFor(id),
      this.consents.consentsFor(id),
      this.timeline.viewerCases(id, principal.unitId, principal.practitionerId),
    ]);
    const viewer: Viewer = {
      practitionerId: principal.practitionerId,
      unitId: principal.unitId,
      serviceType: principal.serviceType,
      family: familyOf(principal.serviceType),
      roles: principal.roles,
      participatingCaseIds: cases.participatingCaseIds,
      stafettholderCaseIds: cases.stafettholderCaseIds,
      // TODO(assigned-to-child): no event records who in a unit is assigned to a child yet; false never widens access.
      assignedToChild: false,
    };
    const decided = entries.map((entry) => ({ entry, decision: this.policy(viewer, factsOf(entry), consents, at, purpose) }));
    const shown = decided.filter(({ decision }) => decision.visibility === 'shown').map(({ entry }) => entry);
    const content = shown.length > 0 ? await this.content.contentOf(id, shown) : new Map<string, unknown>();
    if (shown.length > 0) await this.recordRead(id, purpose, shown, request, at);

    const views = decided.flatMap(({ entry, decision }): TimelineEntryView[] => {
      const common = { rule: decision.rule, basis: decision.basis, category: entry.category, ownerServiceType: entry.ownerServiceType, occurredAt: entry.occurredAt };
      if (decision.visibility === 'redacted') return [{ visibility: 'redacted', ...common }];
      if (decision.visibility !== 'shown') return [];
      return [
        {
          visibility: 'shown',
          ...common,
          entryId: entry.entryId,
          ...(entry.caseId ? { caseId: entry.caseId } : {}),
          ownerUnitId: entry.ownerUnitId,
          eventType: entry.eventType,
          content: content.get(entry.entryId) ?? null,
        },
      ];
    });
    return { childId: id, purpose, readAt: at, entries: views };
  }

  private async recordRead(childId: string, purpose: AccessPurpose, shown: readonly StoredTimelineEntry[], request: TimelineRequest, at: string): Promise<void> {
    const { principal } = request;
    const read: TimelineRead = {
      type: 'TimelineRead',
      data: { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose, shownEntryIds: shown.map((entry) => entry.entryId) },
    };
    const event: NewEvent = {
      id: randomUUID(),
      ...read,
      metadata: {
        childId,
        actorUserId: principal.practitionerId,
        actorServiceId: principal.unitId,
        correlationId: request.correlationId ?? randomUUID(),
        occurredAt: at,
      },
    };
    await this.store.append(childAccessStreamId(childId), [event], 'any');
  }
}

/** The policy sees facts only: not where the content is stored. */
function factsOf(entry: StoredTimelineEntry) {
  const { eventType: _eventType, streamId: _streamId, streamVersion: _streamVersion, ...facts } = entry;
  return facts;
}
