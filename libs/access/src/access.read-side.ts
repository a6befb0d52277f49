import type { ReadSide } from '@stafett/projections';
import { ChildTimelineProjection } from './read-models/child-timeline/child-timeline.projection';
import { CreateChildTimeline1732000000700 } from './read-models/child-timeline/migrations/1732000000700-create-child-timeline';
import { MarkInvestigationSensitive1732000001010 } from './read-models/child-timeline/migrations/1732000001010-mark-investigation-sensitive';

/** Access's read model (the child's timeline) and its tables. */
export const accessReadSide: ReadSide = {
  projections: [new ChildTimelineProjection()],
  migrations: [CreateChildTimeline1732000000700, MarkInvestigationSensitive1732000001010],
};
