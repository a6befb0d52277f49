import { Query } from '@nestjs/cqrs';
import type { IsoDate } from '@stafett/kernel';
import type { OrganisationOverview } from '../../../domain/organisation-overview';

/** The organisation on a day (today when none is given): municipalities, units and whom they serve, practitioners and roles. */
export class ShowOrganisationQuery extends Query<OrganisationOverview> {
  constructor(readonly at?: IsoDate) {
    super();
  }
}
