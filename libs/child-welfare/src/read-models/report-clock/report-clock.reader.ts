import type { DataSource } from 'typeorm';
import { daysBetween, type IsoDate } from '@stafett/kernel';
import { unitServesMunicipality, type OrganisationViewReader } from '@stafett/organisation';
import { DEFAULT_CLOCK_RULES, type ClockRuleId, type ClockRules } from '../../domain/clock/clock-rules';
import { deadlinesFor, type Deadline, type DeadlineStatus } from '../../domain/clock/deadlines';
import type { ReportPhase } from '../../domain/report.state';
import { REPORTER_CATEGORIES, type ReporterCategory, type ReporterKind } from '../../domain/reporter-category';
import { OSLO_TIME_ZONE, osloDateOf, type Instant } from '@stafett/kernel';
import { ParkedEvents } from '@stafett/projections';
import { REPORT_CLOCK_PROJECTION, reportStateOf, type ReportClockState } from './report-clock.row';

/** One deadline of one report in a worklist: ids, codes and dates only, never the content. */
export interface IntakeItem {
  readonly reportId: string;
  readonly kommunenummer: string;
  readonly reporterCategory: ReporterCategory;
  readonly reporterKind: ReporterKind;
  readonly phase: ReportPhase;
  readonly receivedAt: Instant;
  /** The Oslo calendar date of receipt: what the deadlines count from. */
  readonly receivedOn: IsoDate;
  readonly rule: ClockRuleId;
  readonly dueOn: IsoDate;
  readonly legalDueOn: IsoDate;
  /** Whole days from today to the due date; negative when overdue. */
  readonly daysLeft: number;
}

export type OverdueByRule = Record<ClockRuleId, readonly IntakeItem[]>;

export interface IntakeWorklist {
  readonly unitId: string;
  /** The Oslo calendar date the lists are computed for. */
  readonly today: IsoDate;
  /** The municipalities the unit serves today, whose reports are listed. */
  readonly kommunenumre: readonly string[];
  /** Reports whose one-week review (§ 2-1) is still within its deadline. */
  readonly dueForReview: readonly IntakeItem[];
  /** Running investigations (§ 2-2, possibly extended) still within their deadline. */
  readonly investigationsDue: readonly IntakeItem[];
  /** Receipt confirmations, investigation-opened notices and outcome feedback within their deadline. */
  readonly feedbackDue: readonly IntakeItem[];
  /** Deadline breaches (fristbrudd) not yet remedied, per rule. */
  readonly overdue: OverdueByRule;
  readonly overdueCount: number;
  /** Reports of the unit the clock could not process (parked): they are missing from every list above. */
  readonly unprocessedReports: number;
  /** Set when `unprocessedReports` is not 0, so that nobody trusts an incomplete deadline list. */
  readonly warning?: string;
}

/**
 * How one rule fared for the reports received in a period, as of a day:
 * - onTime: met on or before the due date; late: met after it; overdue: not met and past it;
 * - pending: not met, due date not passed; notStarted: required, nothing to count from yet;
 * - notApplicable: the law does not require it for the report;
 * - breaches (fristbrudd) = late + overdue;
 * - share = onTime / (onTime + late + overdue): of the deadlines that have been met or have
 *   passed, the share met in time; null when there are none yet.
 */
export interface ComplianceFigure {
  readonly onTime: number;
  readonly late: number;
  readonly overdue: number;
  readonly pending: number;
  readonly notStarted: number;
  readonly notApplicable: number;
  readonly breaches: number;
  readonly share: number | null;
}

export interface IntakeFigures {
  readonly kommunenummer: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The Oslo date the figures are computed for: what is overdue depends on it. */
  readonly asOf: IsoDate;
  /** Reports whose Oslo date of receipt is in [from, to]. */
  readonly received: number;
  /** Every reporter category, zeros included, in the statistics' order. */
  readonly byReporterCategory: Record<ReporterCategory, number>;
  readonly byReporterKind: Record<ReporterKind, number>;
  /** Reviewed within one week (§ 2-1). */
  readonly review: ComplianceFigure;
  /** Investigations done within three months, or within the extended deadline (§ 2-2). */
  readonly investigation: ComplianceFigure;
  /** Investigations whose deadline was extended. */
  readonly investigationsExtended: number;
  readonly receiptConfirmation: ComplianceFigure;
  readonly investigationOpenedNotice: ComplianceFigure;
  readonly outcomeFeedback: ComplianceFigure;
  /** Feedback sent on time: receipt confirmations and outcome feedback together. */
  readonly feedback: ComplianceFigure;
  /** As in the worklist: reports of the asking unit the clock could not process, not counted above. */
  readonly unprocessedReports: number;
  readonly warning?: string;
}

const RULE_IDS: readonly ClockRuleId[] = ['review', 'investigation', 'investigation-extended', 'receipt-confirmation', 'investigation-opened-notice', 'outcome-feedback'];
const FEEDBACK_RULES: ReadonlySet<ClockRuleId> = new Set(['receipt-confirmation', 'investigation-opened-notice', 'outcome-feedback']);

const byDue = (a: IntakeItem, b: IntakeItem) => (a.dueOn !== b.dueOn ? (a.dueOn < b.dueOn ? -1 : 1) : a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0);

const EMPTY_COUNTS: Record<DeadlineStatus, number> = { pending: 0, met: 0, 'met-late': 0, overdue: 0, 'not-applicable': 0, 'not-started': 0 };

function figureOf(statuses: readonly DeadlineStatus[]): ComplianceFigure {
  const counts = { ...EMPTY_COUNTS };
  for (const status of statuses) counts[status] += 1;
  const decided = counts.met + counts['met-late'] + counts.overdue;
  return {
    onTime: counts.met,
    late: counts['met-late'],
    overdue: counts.overdue,
    pending: counts.pending,
    notStarted: counts['not-started'],
    notApplicable: counts['not-applicable'],
    breaches: counts['met-late'] + counts.overdue,
    share: decided === 0 ? null : counts.met / decided,
  };
}

/**
 * The intake worklists and compliance figures, from the `report-clock` projection. Deadlines are
 * computed when asked, with `deadlinesFor(state, rules, now)`: a report becomes overdue at Oslo
 * midnight after its due date without any timer or event. Eventually consistent: an event shows
 * up once the projection has applied it.
 */
export class ReportClockReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisation: Pick<OrganisationViewReader, 'current'>,
    private readonly rules: ClockRules = DEFAULT_CLOCK_RULES,
  ) {}

  /** The municipalities the unit serves on the Oslo date of `now`, ascending. */
  async municipalitiesServedBy(unitId: string, now: Instant): Promise<string[]> {
    const organisation = await this.organisation.current();
    const today = osloDateOf(now);
    const covered = new Set(organisation.units.get(unitId)?.coverage.map((period) => period.kommunenummer) ?? []);
    return [...covered].filter((kommunenummer) => unitServesMunicipality(organisation, unitId, kommunenummer, today)).sort();
  }

  /** Whether the unit serves the municipality on the Oslo date of `now`. */
  async unitServes(unitId: string, kommunenummer: string, now: Instant): Promise<boolean> {
    return unitServesMunicipality(await this.organisation.current(), unitId, kommunenummer, osloDateOf(now));
  }

  /** The worklists of a child-welfare unit: the open reports of the municipalities it serves today. */
  async worklist(unitId: string, now: Instant): Promise<IntakeWorklist> {
    const today = osloDateOf(now);
    const kommunenumre = await this.municipalitiesServedBy(unitId, now);
    const rows: Array<{ state: ReportClockState }> =
      kommunenumre.length === 0
        ? []
        : await this.dataSource.query('SELECT state FROM report_clock WHERE NOT settled AND kommunenummer = ANY($1::text[]) ORDER BY received_at, report_id', [kommunenumre]);
    const dueForReview: IntakeItem[] = [];
    const investigationsDue: IntakeItem[] = [];
    const feedbackDue: IntakeItem[] = [];
    const overdue = Object.fromEntries(RULE_IDS.map((id) => [id, [] as IntakeItem[]])) as Record<ClockRuleId, IntakeItem[]>;
    for (const { state } of rows) {
      for (const deadline of deadlinesFor(reportStateOf(state), this.rules, now)) {
        if (deadline.status !== 'pending' && deadline.status !== 'overdue') continue;
        const item = itemOf(state, deadline, today);
        const rule = deadline.rule.id;
        if (deadline.status === 'overdue') overdue[rule].push(item);
        else if (rule === 'review') dueForReview.push(item);
        // An unreviewed report's investigation deadline is already covered by its review.
        else if (rule === 'investigation' || rule === 'investigation-extended') {
          if (state.phase === 'investigating') investigationsDue.push(item);
        } else if (FEEDBACK_RULES.has(rule)) feedbackDue.push(item);
      }
    }
    for (const list of [dueForReview, investigationsDue, feedbackDue, ...Object.values(overdue)]) list.sort(byDue);
    const overdueCount = Object.values(overdue).reduce((sum, list) => sum + list.length, 0);
    return { unitId, today, kommunenumre, dueForReview, investigationsDue, feedbackDue, overdue, overdueCount, ...(await this.unprocessed(unitId)) };
  }

  /** Reports owned by the unit (or by no one the metadata names) whose events the clock had to park. */
  async unprocessed(unitId: string): Promise<{ unprocessedReports: number; warning?: string }> {
    const unprocessedReports = await new ParkedEvents().countStreams(this.dataSource, REPORT_CLOCK_PROJECTION, { path: ['report', 'childWelfareUnitId'], equals: unitId });
    if (unprocessedReports === 0) return { unprocessedReports };
    return {
      unprocessedReports,
      warning:
        `${unprocessedReports} ${unprocessedReports === 1 ? 'melding' : 'meldinger'} kunne ikke behandles og mangler i frister og tall. ` +
        'Listen er ufullstendig: kontakt driftsansvarlig.',
    };
  }

  /** Compliance figures for the reports of one municipality received (Oslo date) from `from` to `to`, inclusive. */
  async figures(kommunenummer: string, from: IsoDate, to: IsoDate, now: Instant, unitId: string): Promise<IntakeFigures> {
    // The coarse bounds on the instant let the index narrow the rows; the Oslo date decides.
    const rows: Array<{ state: ReportClockState }> = await this.dataSource.query(
      `SELECT state FROM report_clock
        WHERE kommunenummer = $1
          AND received_at >= $2::date - 1 AND received_at < $3::date + 2
          AND (received_at AT TIME ZONE '${OSLO_TIME_ZONE}')::date BETWEEN $2::date AND $3::date
        ORDER BY received_at, report_id`,
      [kommunenummer, from, to],
    );
    const byReporterCategory = Object.fromEntries(REPORTER_CATEGORIES.map((category) => [category, 0])) as Record<ReporterCategory, number>;
    const byReporterKind: Record<ReporterKind, number> = { public: 0, private: 0 };
    const statuses = new Map<ClockRuleId, DeadlineStatus[]>(RULE_IDS.map((id) => [id, []]));
    let investigationsExtended = 0;
    for (const { state } of rows) {
      byReporterCategory[state.reporterCategory] += 1;
      byReporterKind[state.reporterKind] += 1;
      if (state.extension) investigationsExtended += 1;
      for (const deadline of deadlinesFor(reportStateOf(state), this.rules, now)) statuses.get(deadline.rule.id)?.push(deadline.status);
    }
    const of = (...ids: ClockRuleId[]) => figureOf(ids.flatMap((id) => statuses.get(id) ?? []));
    return {
      kommunenummer,
      from,
      to,
      asOf: osloDateOf(now),
      received: rows.length,
      byReporterCategory,
      byReporterKind,
      review: of('review'),
      investigation: of('investigation', 'investigation-extended'),
      investigationsExtended,
      receiptConfirmation: of('receipt-confirmation'),
      investigationOpenedNotice: of('investigation-opened-notice'),
      outcomeFeedback: of('outcome-feedback'),
      feedback: of('receipt-confirmation', 'outcome-feedback'),
      ...(await this.unprocessed(unitId)),
    };
  }
}

function itemOf(state: ReportClockState, deadline: Deadline, today: IsoDate): IntakeItem {
  const dueOn = deadline.dueOn as IsoDate;
  return {
    reportId: state.reportId,
    kommunenummer: state.kommunenummer,
    reporterCategory: state.reporterCategory,
    reporterKind: state.reporterKind,
    phase: state.phase,
    receivedAt: state.receivedAt,
    receivedOn: osloDateOf(state.receivedAt),
    rule: deadline.rule.id,
    dueOn,
    legalDueOn: deadline.legalDueOn ?? dueOn,
    daysLeft: daysBetween(today, dueOn),
  };
}
