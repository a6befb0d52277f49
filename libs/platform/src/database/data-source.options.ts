import type { DataSourceOptions } from 'typeorm';
import { CreateEventStore1732000000000 } from '@stafett/event-store';
import { CreateChildKeys1732000000100 } from '@stafett/identity';
// Deep imports: these libraries' index files load Nest modules that in turn need this file.
import { CreateOrganisationView1732000000200 } from '@stafett/organisation/read-models/organisation-view/migrations/1732000000200-create-organisation-view';
import { CreateChildIndex1732000000300 } from '@stafett/organisation/read-models/child-index/migrations/1732000000300-create-child-index';
import { CreateStreamCatalogue1732000000001 } from '@stafett/projections/stream-catalogue/migrations/1732000000001-create-stream-catalogue';
import { StreamCatalogueEntry } from '@stafett/projections/stream-catalogue/stream-catalogue.entity';
import { CreateCaseWorklists1732000000500 } from '@stafett/concern/read-models/migrations/1732000000500-create-case-worklists';
import { CreateChildTimeline1732000000700 } from '@stafett/access/read-models/child-timeline/migrations/1732000000700-create-child-timeline';
import { CreateConsentRegister1732000000600 } from '@stafett/consent/read-models/consent-register/migrations/1732000000600-create-consent-register';
import { CreateReportClock1732000000800 } from '@stafett/child-welfare/read-models/migrations/1732000000800-create-report-clock';
import { IndexCaseWorklistByChild1732000000900 } from '@stafett/concern/read-models/migrations/1732000000900-index-case-worklist-by-child';
import { CreateProjectionParkedEvents1732000001000 } from '@stafett/projections/parking/migrations/1732000001000-create-projection-parked-events';
import { MarkInvestigationSensitive1732000001010 } from '@stafett/access/read-models/child-timeline/migrations/1732000001010-mark-investigation-sensitive';
import { CreateIdempotencyKeys1732000000400 } from '../http/idempotency/migrations/1732000000400-create-idempotency-keys';
import { ReserveIdempotencyKeys1732000001100 } from '../http/idempotency/migrations/1732000001100-reserve-idempotency-keys';
import { CreateWebSessions1732000014000 } from '@stafett/auth/sessions/migrations/1732000014000-create-web-sessions';

/** Every table and migration of the application. Schema changes go through migrations only. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [StreamCatalogueEntry],
    migrations: [
      CreateEventStore1732000000000,
      CreateStreamCatalogue1732000000001,
      CreateChildKeys1732000000100,
      CreateOrganisationView1732000000200,
      CreateChildIndex1732000000300,
      CreateIdempotencyKeys1732000000400,
      CreateCaseWorklists1732000000500,
      CreateConsentRegister1732000000600,
      CreateChildTimeline1732000000700,
      CreateReportClock1732000000800,
      IndexCaseWorklistByChild1732000000900,
      CreateProjectionParkedEvents1732000001000,
      ReserveIdempotencyKeys1732000001100,
      CreateWebSessions1732000014000,
      MarkInvestigationSensitive1732000001010,
    ],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    // A server that does not answer is an error after 5 s (a 503 to the client), not a hang.
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}
