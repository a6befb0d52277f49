import type { ReadSide } from '@stafett/projections';
import { CaseWorklistProjection } from './read-models/case-worklist/case-worklist.projection';
import { CreateCaseWorklists1732000000500 } from './read-models/migrations/1732000000500-create-case-worklists';
import { IndexCaseWorklistByChild1732000000900 } from './read-models/migrations/1732000000900-index-case-worklist-by-child';

/** Concern's read model (the case worklists) and its tables. */
export const concernReadSide: ReadSide = {
  projections: [new CaseWorklistProjection()],
  migrations: [CreateCaseWorklists1732000000500, IndexCaseWorklistByChild1732000000900],
};
