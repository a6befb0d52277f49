import type { ReadSide } from '@stafett/projections';
import { ChildIndexProjection } from './read-models/child-index/child-index.projection';
import { CreateChildIndex1732000000300 } from './read-models/child-index/migrations/1732000000300-create-child-index';
import { CreateOrganisationView1732000000200 } from './read-models/organisation-view/migrations/1732000000200-create-organisation-view';
import { OrganisationViewProjection } from './read-models/organisation-view/organisation-view.projection';

/** The organisation's read models (its view of units and practitioners; the child index) and their tables. */
export const organisationReadSide: ReadSide = {
  projections: [new OrganisationViewProjection(), new ChildIndexProjection()],
  migrations: [CreateOrganisationView1732000000200, CreateChildIndex1732000000300],
};
