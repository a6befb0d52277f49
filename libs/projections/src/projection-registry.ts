import { ChildTimelineProjection } from '@stafett/access/read-models/child-timeline/child-timeline.projection';
import { ReportClockProjection } from '@stafett/child-welfare/read-models/report-clock/report-clock.projection';
import { CaseWorklistProjection } from '@stafett/concern/read-models/case-worklist/case-worklist.projection';
import { ConsentRegisterProjection } from '@stafett/consent/read-models/consent-register/consent-register.projection';
import { ChildIndexProjection } from '@stafett/organisation/read-models/child-index/child-index.projection';
import { OrganisationViewProjection } from '@stafett/organisation/read-models/organisation-view/organisation-view.projection';
import type { Projection } from './runtime/projection';
import { StreamCatalogueProjection } from './stream-catalogue/stream-catalogue.projection';

/** Every projection of the application, for the API, the worker and the CLI alike. */
export function allProjections(): Projection[] {
  return [new StreamCatalogueProjection(), new OrganisationViewProjection(), new ChildIndexProjection(), new CaseWorklistProjection(), new ConsentRegisterProjection(), new ChildTimelineProjection(), new ReportClockProjection()];
}
