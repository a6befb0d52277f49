import { CreateProjectionParkedEvents1732000001000 } from './parking/migrations/1732000001000-create-projection-parked-events';
import type { ReadSide } from './runtime/read-side';
import { CreateStreamCatalogue1732000000001 } from './stream-catalogue/migrations/1732000000001-create-stream-catalogue';
import { StreamCatalogueProjection } from './stream-catalogue/stream-catalogue.projection';

/** The runtime's own tables (parked events) and the one projection about the log itself. */
export const projectionsReadSide: ReadSide = {
  projections: [new StreamCatalogueProjection()],
  migrations: [CreateStreamCatalogue1732000000001, CreateProjectionParkedEvents1732000001000],
};
