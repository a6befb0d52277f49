import { Query } from '@nestjs/cqrs';
import type { LapsedParticipantItem } from '../../case-participation';

/** In the open cases a stafettholder holds, every service whose joining consent has lapsed. */
export class ListLapsedParticipationQuery extends Query<LapsedParticipantItem[]> {
  constructor(readonly practitionerId: string) {
    super();
  }
}
