import { Query } from '@nestjs/cqrs';
import type { Principal } from '@stafett/kernel';
import type { IntakeWorklist } from '../../../read-models/report-clock/report-clock.reader';

/** The worklists of the caller's own child-welfare unit: the reports of the municipalities it serves today. */
export class GetIntakeWorklistQuery extends Query<IntakeWorklist> {
  constructor(readonly principal: Principal) {
    super();
  }
}
