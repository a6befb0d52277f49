import { Module, type DynamicModule } from '@nestjs/common';
import { ConcernCaseStore } from '@stafett/concern/application/concern-case.store';
import { OrganisationModule } from '@stafett/organisation/organisation.module';
import { ACCESS_REPORT_SETTINGS, accessReportSettingsFromEnv, ReadAccessReportHandler } from './access-log/read-access-report.handler';
import { ChildTimelineReader } from './timeline/child-timeline.reader';
import { ReadTimelineHandler } from './timeline/read-timeline.handler';
import { ServedChildGate } from './timeline/served-child.gate';
import { ConcernTimelineContent } from './timeline/timeline-content';
import { decideVisibility } from './policy/decide-visibility';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { ConsentLedger } from '@stafett/consent/application/consent-ledger';
import { ACCESS_CLOCK, CHILD_CONSENTS, systemAccessClock, VISIBILITY_POLICY, type VisibilityPolicy } from './timeline/timeline.ports';

/** The policy with its Norwegian default rules. TODO(confidentiality-config): per-municipality rules from configuration. */
const defaultPolicy: VisibilityPolicy = (viewer, entry, consents, at, purpose) => decideVisibility(viewer, entry, consents, at, purpose);

/**
 * The child's timeline and access report (issue 5). Needs the global providers of the event store,
 * the platform (DataSource), `PersonalDataModule` (the vault, through ConcernCaseStore) and
 * `AuthModule` (MunicipalityAccess).
 *
 * VISIBILITY_POLICY is the pure policy (libs/access/src/policy). CHILD_CONSENTS reads each consent's
 * current state from its own stream at every request (ConsentLedger), so a withdrawal takes effect at
 * once, without waiting for a projection or a rebuild.
 */
@Module({})
export class AccessModule {
  static forRoot(env: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: AccessModule,
      imports: [OrganisationModule],
      providers: [
        ChildTimelineReader,
        ServedChildGate,
        // The concern module keeps its store to itself; the timeline needs it only to decrypt shown entries.
        ConcernCaseStore,
        ConcernTimelineContent,
        ReadTimelineHandler,
        ReadAccessReportHandler,
        {
          provide: CHILD_CONSENTS,
          inject: [EVENT_STORE, DataSource],
          useFactory: (store: EventStore, dataSource: DataSource) => new ConsentLedger(store, dataSource),
        },
        { provide: VISIBILITY_POLICY, useValue: defaultPolicy },
        { provide: ACCESS_CLOCK, useValue: systemAccessClock },
        { provide: ACCESS_REPORT_SETTINGS, useValue: accessReportSettingsFromEnv(env) },
      ],
      exports: [ReadTimelineHandler, ReadAccessReportHandler],
    };
  }
}
