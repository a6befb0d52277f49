import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem } from '@stafett/auth';
import { familyOf } from '../../timeline/child-timeline.row';
import { ChildAccessLog, type AccessRequest } from '../../access-log/child-access-log';
import type { AccessPurpose } from '../../timeline-entry';
import { ChildTimelineReader, type TimelineSource } from '../../timeline/child-timeline.reader';
import { ConcernTimelineContent, type TimelineContentSource } from '../../timeline/timeline-content';
import { ACCESS_PURPOSES } from '../../policy/policy-vocabulary';
import { ACCESS_CLOCK, VISIBILITY_POLICY, type AccessClock, type VisibilityPolicy } from '../../timeline/timeline.ports';
import { decideEntries, entryViews, requirePurpose, shownEntries, type EntryView } from '../decided-entries';
import { hasRelation, viewerOf } from '../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../relations/relation-source';

export type TimelineRequest = AccessRequest;

export interface TimelineView {
  readonly childId: string;
  readonly purpose: AccessPurpose;
  /** The moment the consents were judged at. */
  readonly readAt: string;
  /** In time order; hidden entries are left out without a trace. */
  readonly entries: readonly EntryView[];
}

/**
 * The child's cross-service timeline for one viewer and purpose (issue 5 item 4). Visibility is the
 * policy's alone (architecture principle 2); this use case gathers the facts, applies the decisions
 * and records the access. A caller with no relation to the child gets the one 403 of an unknown
 * child (issue 10): even an empty answer would tell that the child is registered.
 */
@Injectable()
export class ReadTimelineHandler {
  constructor(
    @Inject(ChildTimelineReader) private readonly timeline: TimelineSource,
    @Inject(ConcernTimelineContent) private readonly content: TimelineContentSource,
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(VISIBILITY_POLICY) private readonly policy: VisibilityPolicy,
    private readonly accessLog: ChildAccessLog,
    @Inject(ACCESS_CLOCK) private readonly clock: AccessClock,
  ) {}

  async execute(childId: string, purpose: unknown, request: TimelineRequest): Promise<TimelineView> {
    const asked = requirePurpose('ReadTimeline', purpose, ACCESS_PURPOSES);
    const { principal } = request;
    const now = this.clock.now();
    const at = now.toISOString();
    const context = await this.relations.of(principal, childId, now);
    if (!context || !hasRelation(context.relation)) throw new ForbiddenProblem('child unknown, or no relation to it');
    const id = context.relation.childId;

    const viewer = viewerOf(principal, familyOf(principal.serviceType), context.relation.cases);
    const decided = decideEntries(this.policy, viewer, await this.timeline.entriesFor(id), context.consents, at, asked);
    const shown = shownEntries(decided);
    const content = shown.length > 0 ? await this.content.contentOf(id, shown) : new Map<string, unknown>();
    if (shown.length > 0) {
      const data = { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose: asked, shownEntryIds: shown.map((entry) => entry.entryId) };
      await this.accessLog.record(id, { type: 'TimelineRead', data }, request, at);
    }
    return { childId: id, purpose: asked, readAt: at, entries: entryViews(decided, content) };
  }
}
