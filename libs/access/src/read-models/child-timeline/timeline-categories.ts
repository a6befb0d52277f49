import type { ConcernEventType } from '@stafett/concern';
import type { ReportEvent } from '@stafett/child-welfare';
import type { InformationCategory } from '../../domain/timeline-entry';

/**
 * The information category of each BTI case event. A `Record` over every event type: a new case
 * event does not compile until someone decides its category here.
 *
 * - Goals are agreed with the family in the stafettlogg, so they count as `agreement`, like agreements.
 * - A linked report to child welfare is `child-welfare-case`, the strictest category: that a report
 *   was sent must not travel further than the policy allows for child welfare matters.
 * - A linked anonymous consultation is `coordination`: the link holds no content of the consultation.
 * - A lysglimt (what went well for the child) is a category of its own, `positive-observation`, so that a
 *   consent can name it, or leave it out, apart from the concerns and the measures.
 */
export const CATEGORY_BY_CONCERN_EVENT: Readonly<Record<ConcernEventType, InformationCategory>> = {
  ConcernRegistered: 'observation',
  NecessaryConversationRecorded: 'observation',
  LevelZeroDecided: 'coordination',
  LevelChanged: 'coordination',
  StafettholderAppointed: 'coordination',
  StafettloggOpened: 'coordination',
  ServiceJoined: 'coordination',
  HandoverProposed: 'coordination',
  HandoverAccepted: 'coordination',
  HandoverDeclined: 'coordination',
  HandoverWithdrawn: 'coordination',
  GoalSet: 'agreement',
  MeasureAdded: 'measure',
  MeasureEvaluated: 'measure',
  MeasureEnded: 'measure',
  MeetingRecorded: 'meeting',
  AgreementRecorded: 'agreement',
  PositiveObservationRecorded: 'positive-observation',
  ReportToChildWelfareLinked: 'child-welfare-case',
  ConsultationLinked: 'coordination',
  CaseClosed: 'coordination',
  CaseReopened: 'coordination',
};

export function categoryOfConcernEvent(type: string): InformationCategory | undefined {
  return Object.prototype.hasOwnProperty.call(CATEGORY_BY_CONCERN_EVENT, type) ? CATEGORY_BY_CONCERN_EVENT[type as ConcernEventType] : undefined;
}

/**
 * The category of one case entry. A level-0 decision to report to child welfare says that a report
 * exists, so it is `child-welfare-case` like the link itself (R1: not even its existence travels).
 */
export function categoryOfConcernEntry(type: string, data: unknown): InformationCategory | undefined {
  if (type === 'LevelZeroDecided' && (data as { outcome?: unknown } | null)?.outcome === 'report-to-child-welfare') return 'child-welfare-case';
  return categoryOfConcernEvent(type);
}

/**
 * The information category of each report-of-concern event (issue 6; stream `report-<id>`). The
 * feedback the law gives the reporter is `child-welfare-feedback`: R2 shows it to the reporter's unit
 * (the entry's statutory recipient) and the sending child-welfare unit only. Everything else about a
 * report is `child-welfare-case`, which R1 keeps inside the owning child-welfare unit.
 */
export const CATEGORY_BY_REPORT_EVENT: Readonly<Record<ReportEvent['type'], InformationCategory>> = {
  ReportReceived: 'child-welfare-case',
  ReviewDecided: 'child-welfare-case',
  InvestigationExtended: 'child-welfare-case',
  InvestigationConcluded: 'child-welfare-case',
  ReceiptExemptionRecorded: 'child-welfare-case',
  ReceiptConfirmationSent: 'child-welfare-feedback',
  InvestigationOpenedNoticeSent: 'child-welfare-feedback',
  OutcomeFeedbackSent: 'child-welfare-feedback',
};

export function categoryOfReportEvent(type: string): InformationCategory | undefined {
  return Object.prototype.hasOwnProperty.call(CATEGORY_BY_REPORT_EVENT, type) ? CATEGORY_BY_REPORT_EVENT[type as ReportEvent['type']] : undefined;
}

/**
 * What the timeline says of a report event: a fixed Norwegian sentence, never the event's data. The
 * reporter is told only that the report was received, whether an investigation was opened, and
 * whether it ended closed or with the child followed up; those two answers pick the sentence.
 */
export function reportTimelineText(event: { readonly type: string; readonly data: unknown }): string | undefined {
  const data = (event.data ?? {}) as { investigationOpened?: unknown; outcome?: unknown };
  switch (event.type) {
    case 'ReceiptConfirmationSent':
      return 'Meldingen er mottatt av barneverntjenesten.';
    case 'InvestigationOpenedNoticeSent':
      return data.investigationOpened === true ? 'Undersøkelse er åpnet.' : 'Det er ikke åpnet undersøkelse.';
    case 'OutcomeFeedbackSent':
      return data.outcome === 'followed-up' ? 'Undersøkelsen er avsluttet, og barneverntjenesten følger opp barnet.' : 'Undersøkelsen er avsluttet.';
    case 'ReportReceived':
      return 'Bekymringsmelding mottatt.';
    case 'ReviewDecided':
      return 'Meldingen er gjennomgått.';
    case 'InvestigationExtended':
      return 'Undersøkelsesfristen er forlenget.';
    case 'InvestigationConcluded':
      return 'Undersøkelsen er avsluttet.';
    case 'ReceiptExemptionRecorded':
      return 'Unntak fra bekreftelse til melderen er registrert.';
    default:
      return undefined;
  }
}
