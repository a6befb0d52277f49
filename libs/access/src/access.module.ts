import { Module, type DynamicModule } from '@nestjs/common';
import { ChildCasesReader } from '@stafett/concern/application/child-cases.reader';
import { ConcernCaseStore } from '@stafett/concern/application/concern-case.store';
import { ReportStore } from '@stafett/child-welfare/application/report.store';
import { ConsentModule } from '@stafett/consent/consent.module';
import { ChildrenModule } from '@stafett/organisation/children.module';
import { OrganisationModule } from '@stafett/organisation/organisation.module';
import { ChildAccessLog } from './access-log/child-access-log';
import { ACCESS_REPORT_SETTINGS, accessReportSettingsFromEnv, ReadAccessReportHandler } from './disclosure/access-report/read-access-report.handler';
import { ReadCaseHandler } from './disclosure/case-view/read-case.handler';
import { ListConsentsHandler } from './disclosure/consents/list-consents.handler';
import { FindRelatedChildrenHandler } from './disclosure/registration/find-related-children.handler';
import { ReadRegistrationHandler } from './disclosure/registration/read-registration.handler';
import { ChildRelations } from './disclosure/relations/child-relations';
import { RELATION_SOURCE } from './disclosure/relations/relation-source';
import { ReadReportHandler } from './disclosure/reports/read-report.handler';
import { ReadTimelineHandler } from './disclosure/timeline/read-timeline.handler';
import { decideVisibility } from './policy/decide-visibility';
import { ChildTimelineReader } from './timeline/child-timeline.reader';
import { ConcernTimelineContent } from './timeline/timeline-content';
import { ACCESS_CLOCK, systemAccessClock, VISIBILITY_POLICY, type VisibilityPolicy } from './timeline/timeline.ports';

/** The policy with its Norwegian default rules. TODO(confidentiality-config): per-municipality rules from configuration (issue 13). */
const defaultPolicy: VisibilityPolicy = (viewer, entry, consents, at, purpose) => decideVisibility(viewer, entry, consents, at, purpose);

/** Every handler that answers with something about a named child: the API's only way to such data. */
export const DISCLOSURE_HANDLERS = [
  ReadTimelineHandler,
  ReadCaseHandler,
  ReadRegistrationHandler,
  FindRelatedChildrenHandler,
  ListConsentsHandler,
  ReadReportHandler,
  ReadAccessReportHandler,
] as const;

/**
 * The disclosure module (issue 10 item 1): one place builds every answer about a named child, from
 * the caller's relation to the child (ChildRelations) and the policy's decisions (VISIBILITY_POLICY),
 * and records every read (ChildAccessLog) before anything leaves. The stores that decrypt (cases,
 * reports, registrations) are read here and by their own context's commands, nowhere else; a test
 * (test/architecture) fails when a controller reaches them another way.
 *
 * Needs the global providers of the event store, the platform (DataSource), `PersonalDataModule`
 * (the vault) and `AuthModule` (MunicipalityAccess).
 */
@Module({})
export class AccessModule {
  static forRoot(env: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: AccessModule,
      imports: [OrganisationModule, ChildrenModule, ConsentModule],
      providers: [
        ChildTimelineReader,
        ConcernCaseStore,
        ReportStore,
        ChildCasesReader,
        ConcernTimelineContent,
        ChildRelations,
        { provide: RELATION_SOURCE, useExisting: ChildRelations },
        ChildAccessLog,
        ...DISCLOSURE_HANDLERS,
        { provide: VISIBILITY_POLICY, useValue: defaultPolicy },
        { provide: ACCESS_CLOCK, useValue: systemAccessClock },
        { provide: ACCESS_REPORT_SETTINGS, useValue: accessReportSettingsFromEnv(env) },
      ],
      exports: [...DISCLOSURE_HANDLERS],
    };
  }
}
