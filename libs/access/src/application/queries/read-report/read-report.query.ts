import { Query } from '@nestjs/cqrs';
import type { Deadline, ReceivedReport, ReportContent, ReportEvent, ReportRouting } from '@stafett/child-welfare';
import type { AccessRequest } from '../../../infrastructure/child-access-log';

/** Child welfare's own view: everything, texts in clear, with the statutory deadlines. */
export interface ChildWelfareReportView {
  readonly reportId: string;
  readonly routing: ReportRouting;
  readonly state: ReceivedReport;
  readonly content: ReportContent | null;
  readonly deadlines: readonly Deadline[];
  readonly events: ReadonlyArray<{ readonly type: ReportEvent['type']; readonly data: unknown; readonly occurredAt?: string }>;
}

/** A report of concern in clear, for child welfare of the unit that received it. */
export class ReadReportQuery extends Query<ChildWelfareReportView> {
  constructor(
    readonly reportId: string,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
