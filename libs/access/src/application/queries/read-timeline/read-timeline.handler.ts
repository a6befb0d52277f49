import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ForbiddenProblem } from '@stafett/auth';
import { ACCESS_PURPOSES } from '@stafett/consent';
import { CLOCK, type Clock } from '@stafett/kernel';
import { ChildAccessLog } from '../../../infrastructure/child-access-log';
import { ConcernTimelineContent, type TimelineContentSource } from '../../../infrastructure/timeline-content';
import { ChildTimelineReader, type TimelineSource } from '../../../read-models/child-timeline/child-timeline.reader';
import { familyOf } from '../../../read-models/child-timeline/child-timeline.row';
import { decideEntries, entryViews, requirePurpose, shownEntries } from '../../decided-entries';
import { hasRelation, viewerOf } from '../../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../../relations/relation-source';
import { VISIBILITY_POLICY, type VisibilityPolicy } from '../../visibility-policy';
import { ReadTimelineQuery, type TimelineView } from './read-timeline.query';

/**
 * The child's cross-service timeline for one viewer and purpose (issue 5 item 4). Visibility is the
 * policy's alone (architecture principle 2); this use case gathers the facts, applies the decisions
 * and records the access. A caller with no relation to the child gets the one 403 of an unknown
 * child (issue 10): even an empty answer would tell that the child is registered.
 */
@QueryHandler(ReadTimelineQuery)
export class ReadTimelineHandler implements IQueryHandler<ReadTimelineQuery> {
  constructor(
    @Inject(ChildTimelineReader) private readonly timeline: TimelineSource,
    @Inject(ConcernTimelineContent) private readonly content: TimelineContentSource,
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(VISIBILITY_POLICY) private readonly policy: VisibilityPolicy,
    private readonly accessLog: ChildAccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ childId, purpose, request }: ReadTimelineQuery): Promise<TimelineView> {
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
