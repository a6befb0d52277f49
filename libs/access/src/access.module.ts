import { Module, type DynamicModule } from '@nestjs/common';
import { ReportStore } from '@stafett/child-welfare';
import { ChildCasesReader, ConcernCaseStore } from '@stafett/concern';
import { ConsentModule } from '@stafett/consent';
import { ChildrenModule, OrganisationModule } from '@stafett/organisation';
import { ExportReportHandler } from './application/queries/export-report/export-report.handler';
import { FindRelatedChildrenHandler } from './application/queries/find-related-children/find-related-children.handler';
import { ListConsentsHandler } from './application/queries/list-consents/list-consents.handler';
import { ReadAccessReportHandler } from './application/queries/read-access-report/read-access-report.handler';
import { ACCESS_REPORT_SETTINGS, accessReportSettingsFromEnv } from './application/queries/read-access-report/read-access-report.query';
import { ReadCaseHandler } from './application/queries/read-case/read-case.handler';
import { ReadRegistrationHandler } from './application/queries/read-registration/read-registration.handler';
import { ReadReportHandler } from './application/queries/read-report/read-report.handler';
import { ReadTimelineHandler } from './application/queries/read-timeline/read-timeline.handler';
import { ChildRelations } from './application/relations/child-relations';
import { RELATION_SOURCE } from './application/relations/relation-source';
import { ReportDisclosure } from './application/report-disclosure';
import { VISIBILITY_POLICY, type VisibilityPolicy } from './application/visibility-policy';
import { decideVisibility } from './domain/policy/decide-visibility';
import { ChildAccessLog } from './infrastructure/child-access-log';
import { ConcernTimelineContent } from './infrastructure/timeline-content';
import { ChildTimelineReader } from './read-models/child-timeline/child-timeline.reader';

/** The policy with its Norwegian default rules. TODO(confidentiality-config): per-municipality rules from configuration (issue 13). */
const defaultPolicy: VisibilityPolicy = (viewer, entry, consents, at, purpose) => decideVisibility(viewer, entry, consents, at, purpose);

/** Every query handler that answers with something about a named child: the API's only way to such data. */
export const DISCLOSURE_HANDLERS = [
  ReadTimelineHandler,
  ReadCaseHandler,
  ReadRegistrationHandler,
  FindRelatedChildrenHandler,
  ListConsentsHandler,
  ReadReportHandler,
  ExportReportHandler,
  ReadAccessReportHandler,
] as const;

/**
 * The disclosure module (issue 10 item 1): one place builds every answer about a named child, from
 * the caller's relation to the child (ChildRelations) and the policy's decisions (VISIBILITY_POLICY),
 * and records every read (ChildAccessLog) before anything leaves. Its query handlers are on the
 * QueryBus; the stores that decrypt (cases, reports, registrations) are read here and by their own
 * context's commands, nowhere else; a test (test/architecture) fails when a controller reaches them
 * another way.
 *
 * Needs the global providers of the event store, the platform (DataSource, CLOCK), `PersonalDataModule`
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
        ReportDisclosure,
        ...DISCLOSURE_HANDLERS,
        { provide: VISIBILITY_POLICY, useValue: defaultPolicy },
        { provide: ACCESS_REPORT_SETTINGS, useValue: accessReportSettingsFromEnv(env) },
      ],
    };
  }
}
