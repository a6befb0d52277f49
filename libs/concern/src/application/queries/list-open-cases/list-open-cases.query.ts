import { Query } from '@nestjs/cqrs';
import type { Principal } from '@stafett/kernel';
import type { OpenCaseItem } from '../../../read-models/case-worklist/case-worklist.reader';
import type { Level } from '../../../domain/concern.values';

export interface OpenCasesWorklist {
  readonly unitId: string;
  readonly countsByLevel: Record<Level, number>;
  readonly items: OpenCaseItem[];
}

/** The open cases of the caller's own unit (never a unit given as a parameter), counted by level. */
export class ListOpenCasesQuery extends Query<OpenCasesWorklist> {
  constructor(readonly principal: Principal) {
    super();
  }
}
