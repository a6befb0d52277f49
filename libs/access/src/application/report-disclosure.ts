import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { reportRefusal, reportStreamId, ReportStore, type LoadedReport } from '@stafett/child-welfare';
import { isUuid } from '@stafett/kernel';
import { ChildPersonalDataErasedError } from '@stafett/organisation';
import { ChildAccessLog, type AccessRequest } from '../infrastructure/child-access-log';
import { familyOf } from '../read-models/child-timeline/child-timeline.row';
import { viewerOf } from './relations/child-relation';
import { VISIBILITY_POLICY, type VisibilityPolicy } from './visibility-policy';

/** Child welfare reads and exports its reports to follow the children up. */
const PURPOSE = 'follow-up' as const;

/**
 * A report of concern in clear (the child's national id, name and address, the reporter's text), for
 * child welfare of the unit that received it: the policy's R1 decides (the owning child-welfare unit,
 * staff with a need to know: intake, caseworkers, leaders), and the unit must still serve the
 * report's municipality. Every read and every export is recorded in each named child's access log
 * before anything leaves (issue 10, finding 4). Everyone else gets the unknown report's 403.
 */
@Injectable()
export class ReportDisclosure {
  constructor(
    private readonly reports: ReportStore,
    private readonly access: MunicipalityAccess,
    @Inject(VISIBILITY_POLICY) private readonly policy: VisibilityPolicy,
    private readonly accessLog: ChildAccessLog,
  ) {}

  /** The report, once the policy shows it to the caller and the read is recorded for every named child. */
  async disclosed(reportId: string, request: AccessRequest, now: Date, read: 'ReportRead' | 'ReportExported'): Promise<LoadedReport> {
    if (!isUuid(reportId)) throw reportRefusal();
    const loaded = await this.reports.load(reportId.toLowerCase());
    const { routing, state } = loaded;
    if (!routing || state.phase === 'not-received') throw reportRefusal();
    const { principal } = request;
    const at = now.toISOString();
    const viewer = viewerOf(principal, familyOf(principal.serviceType), []);
    const facts = {
      entryId: routing.reportId,
      childId: routing.childIds[0] ?? routing.reportId,
      category: 'child-welfare-case' as const,
      ownerUnitId: routing.childWelfareUnitId,
      ownerServiceType: routing.childWelfareServiceType,
      ownerFamily: familyOf(routing.childWelfareServiceType),
      occurredAt: state.receivedAt,
    };
    if (this.policy(viewer, facts, [], at, PURPOSE).visibility !== 'shown') throw reportRefusal();
    if (!(await this.access.mayActFor(principal, state.kommunenummer, now))) throw reportRefusal();
    if (loaded.erased) throw new ChildPersonalDataErasedError(routing.childIds[0] ?? reportStreamId(reportId));
    const data = { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose: PURPOSE, reportId: routing.reportId };
    for (const childId of routing.childIds) await this.accessLog.record(childId, { type: read, data }, request, at);
    return loaded;
  }
}
