import type { ConcernEventType } from '@stafett/concern/domain/concern.events';
import type { InformationCategory } from '../timeline-entry';

/**
 * The information category of each BTI case event. A `Record` over every event type: a new case
 * event does not compile until someone decides its category here.
 *
 * - Goals are agreed with the family in the stafettlogg, so they count as `agreement`, like agreements.
 * - A linked report to child welfare is `child-welfare-case`, the strictest category: that a report
 *   was sent must not travel further than the policy allows for child welfare matters.
 * - A linked anonymous consultation is `coordination`: the link holds no content of the consultation.
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
  ReportToChildWelfareLinked: 'child-welfare-case',
  ConsultationLinked: 'coordination',
  CaseClosed: 'coordination',
  CaseReopened: 'coordination',
};

export function categoryOfConcernEvent(type: string): InformationCategory | undefined {
  return Object.prototype.hasOwnProperty.call(CATEGORY_BY_CONCERN_EVENT, type) ? CATEGORY_BY_CONCERN_EVENT[type as ConcernEventType] : undefined;
}
