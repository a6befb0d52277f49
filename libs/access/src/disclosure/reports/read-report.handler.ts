import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { DEFAULT_CLOCK_RULES } from '@stafett/child-welfare/clock/clock-rules';
import { deadlinesFor, type Deadline } from '@stafett/child-welfare/clock/deadlines';
import { isReportContent, type ReportContent } from '@stafett/child-welfare/application/report-content';
import { reportRefusal } from '@stafett/child-welfare/application/report-request';
import { reportStreamId, type ReportRouting } from '@stafett/child-welfare/application/report-routing';
import { ReportStore, type LoadedReport } from '@stafett/child-welfare/application/report.store';
import type { ReportEvent } from '@stafett/child-welfare/domain/report.events';
import type { ReceivedReport } from '@stafett/child-welfare/domain/report.state';
import { exportBekymringsmelding } from '@stafett/child-welfare/format/bekymringsmelding.exchange';
import type { BekymringsmeldingV2 } from '@stafett/child-welfare/format/bekymringsmelding.types';
import { parseSendingstidspunkt } from '@stafett/child-welfare/format/sendingstidspunkt';
import { ChildPersonalDataErasedError } from '@stafett/organisation/application/children/children.errors';
import { ChildAccessLog, type AccessRequest } from '../../access-log/child-access-log';
import { familyOf } from '../../timeline/child-timeline.row';
import { ACCESS_CLOCK, VISIBILITY_POLICY, type AccessClock, type VisibilityPolicy } from '../../timeline/timeline.ports';
import { viewerOf } from '../relations/child-relation';

/** Child welfare's own view: everything, texts in clear, with the statutory deadlines. */
export interface ChildWelfareReportView {
  readonly reportId: string;
  readonly routing: ReportRouting;
  readonly state: ReceivedReport;
  readonly content: ReportContent | null;
  readonly deadlines: readonly Deadline[];
  readonly events: ReadonlyArray<{ readonly type: ReportEvent['type']; readonly data: unknown; readonly occurredAt?: string }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
export class ReadReportHandler {
  constructor(
    private readonly reports: ReportStore,
    private readonly access: MunicipalityAccess,
    @Inject(VISIBILITY_POLICY) private readonly policy: VisibilityPolicy,
    private readonly accessLog: ChildAccessLog,
    @Inject(ACCESS_CLOCK) private readonly clock: AccessClock,
  ) {}

  async read(reportId: string, request: AccessRequest): Promise<ChildWelfareReportView> {
    const now = this.clock.now();
    const loaded = await this.disclosed(reportId, request, now, 'ReportRead');
    const state = loaded.state as ReceivedReport;
    const content = (loaded.events[0]?.data as { content?: unknown } | undefined)?.content;
    return {
      reportId: state.reportId,
      routing: loaded.routing as ReportRouting,
      state,
      content: isReportContent(content) ? content : null,
      deadlines: deadlinesFor(state, DEFAULT_CLOCK_RULES, now.toISOString()),
      events: loaded.events.map((event, i) => ({ type: event.type, data: event.data, occurredAt: loaded.recorded[i].metadata.occurredAt })),
    };
  }

  /** The report as a KS Fiks v2 document, validated against KS's schema before it leaves. */
  async export(reportId: string, request: AccessRequest): Promise<BekymringsmeldingV2> {
    const loaded = await this.disclosed(reportId, request, this.clock.now(), 'ReportExported');
    const content = (loaded.events[0]?.data as { content?: unknown } | undefined)?.content;
    if (!isReportContent(content)) throw reportRefusal();
    // The document's own sendingstidspunkt (when the reporter sent it), never the time of receipt.
    const sent = parseSendingstidspunkt(content.document.sendingstidspunkt);
    const sentAt = sent.ok ? sent.instant : (loaded.state as ReceivedReport).receivedAt;
    return content.variant === 'offentlig'
      ? exportBekymringsmelding({ variant: 'offentlig', document: content.document }, sentAt)
      : exportBekymringsmelding({ variant: 'privat', document: content.document }, sentAt);
  }

  /** The report, once the policy shows it to the caller and the read is recorded for every named child. */
  private async disclosed(reportId: string, request: AccessRequest, now: Date, read: 'ReportRead' | 'ReportExported'): Promise<LoadedReport> {
    if (typeof reportId !== 'string' || !UUID.test(reportId)) throw reportRefusal();
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
