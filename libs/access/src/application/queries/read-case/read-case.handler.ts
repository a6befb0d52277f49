import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ForbiddenProblem } from '@stafett/auth';
import { ConcernCaseStore } from '@stafett/concern';
import { CLOCK, isUuid, type Clock } from '@stafett/kernel';
import { CHILD_ACCESS_PURPOSES, ChildPersonalDataErasedError } from '@stafett/organisation';
import { ChildAccessLog } from '../../../infrastructure/child-access-log';
import { familyOf, timelineCaseFrom, timelineRowFrom } from '../../../read-models/child-timeline/child-timeline.row';
import { storedEntryOf, type StoredTimelineEntry } from '../../../read-models/child-timeline/child-timeline.reader';
import { VISIBILITY_POLICY, type VisibilityPolicy } from '../../visibility-policy';
import type { TimelineEntryFacts } from '../../../domain/timeline-entry';
import { decideEntries, entryViews, requirePurpose, shownEntries } from '../../decided-entries';
import { viewerOf } from '../../relations/child-relation';
import { ChildRelations } from '../../relations/child-relations';
import { ReadCaseQuery, type CaseView } from './read-case.query';

/**
 * Reads one BTI case for a unit in it. The history goes through the same policy, for the same
 * viewer, as the child's timeline: entry facts from the case's own stream (the same rows the
 * timeline projection makes), consents read now, each participant's joining consent judged now. A
 * unit whose consent lapsed still sees its own entries; an unknown case and a case the caller's unit
 * has no part in give the same 403. What is shown is recorded before it is handed out.
 */
@QueryHandler(ReadCaseQuery)
export class ReadCaseHandler implements IQueryHandler<ReadCaseQuery> {
  constructor(
    private readonly cases: ConcernCaseStore,
    private readonly relations: ChildRelations,
    @Inject(VISIBILITY_POLICY) private readonly policy: VisibilityPolicy,
    private readonly accessLog: ChildAccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caseId, purpose, request }: ReadCaseQuery): Promise<CaseView> {
    const asked = requirePurpose('ReadConcern', purpose, CHILD_ACCESS_PURPOSES);
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('case unknown, or the unit does not take part in it');
    if (!isUuid(caseId)) throw refusal();
    const { principal } = request;
    const now = this.clock.now();
    const at = now.toISOString();
    const loaded = await this.cases.load(caseId.toLowerCase());
    const { state } = loaded;
    if (state.status === 'unregistered') throw refusal();
    const consents = await this.relations.consentsOf(state.childId);
    const relation = this.relations.caseRelation(principal, { state, events: loaded.recorded.map((e) => ({ type: e.type, data: e.data })) }, consents, at);
    if (!relation) throw refusal();
    if (loaded.erased) throw new ChildPersonalDataErasedError(state.childId);

    const viewer = viewerOf(principal, familyOf(principal.serviceType), [relation]);
    const registration = loaded.recorded[0] ? timelineCaseFrom(loaded.recorded[0]) : undefined;
    const rows = loaded.recorded.flatMap((event, index) => {
      const row = timelineRowFrom(event, () => registration);
      return row ? [{ entry: storedEntryOf(row), data: loaded.events[index].data }] : [];
    });
    const decided = decideEntries(this.policy, viewer, rows.map((r) => r.entry), consents, at, asked);
    const shown = new Set(shownEntries(decided).map((entry) => entry.entryId));
    const content = new Map(rows.filter((r) => shown.has(r.entry.entryId)).map((r) => [r.entry.entryId, r.data]));

    const summary: TimelineEntryFacts = {
      entryId: `${state.caseId}:coordination`,
      childId: state.childId.toLowerCase(),
      caseId: state.caseId,
      category: 'coordination',
      ownerUnitId: state.owningUnit.unitId,
      ownerServiceType: state.owningUnit.serviceType,
      ownerFamily: familyOf(state.owningUnit.serviceType),
      occurredAt: at,
    };
    const coordinationShown = this.policy(viewer, summary, consents, at, asked).visibility === 'shown';
    const measureEntry = (measureId: string): StoredTimelineEntry | undefined =>
      rows.find((r) => r.entry.eventType === 'MeasureAdded' && (r.data as { measureId?: unknown }).measureId === measureId)?.entry;
    const measures = [...state.measures.entries()]
      .filter(([measureId]) => shown.has(measureEntry(measureId)?.entryId ?? ''))
      .map(([measureId, measure]) => ({ measureId, ...measure }));

    if (shown.size > 0 || coordinationShown) {
      const data = { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose: asked, caseId: state.caseId, shownEntryIds: [...shown] };
      await this.accessLog.record(state.childId.toLowerCase(), { type: 'ConcernCaseRead', data }, request, at);
    }
    return {
      caseId: state.caseId,
      childId: state.childId,
      status: state.status,
      purpose: asked,
      readAt: at,
      ...(coordinationShown
        ? {
            coordination: {
              level: state.level,
              owningUnit: state.owningUnit,
              decisionDueOn: state.decisionDueOn,
              ...(state.stafettholder ? { stafettholder: state.stafettholder } : {}),
              ...(state.pendingHandover ? { pendingHandover: state.pendingHandover } : {}),
              stafettloggOpen: state.stafettloggOpen,
              participants: [...state.participants.values()],
            },
          }
        : {}),
      measures,
      entries: entryViews(decided, content),
    };
  }
}
