import { AcceptHandoverHandler } from './commands/accept-handover/accept-handover.handler';
import { AddMeasureHandler } from './commands/add-measure/add-measure.handler';
import { AddParticipatingServiceHandler } from './commands/add-participating-service/add-participating-service.handler';
import { AppointStafettholderHandler } from './commands/appoint-stafettholder/appoint-stafettholder.handler';
import { ChangeLevelHandler } from './commands/change-level/change-level.handler';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { DecideAtLevelZeroHandler } from './commands/decide-at-level-zero/decide-at-level-zero.handler';
import { DeclineHandoverHandler } from './commands/decline-handover/decline-handover.handler';
import { EndMeasureHandler } from './commands/end-measure/end-measure.handler';
import { EvaluateMeasureHandler } from './commands/evaluate-measure/evaluate-measure.handler';
import { LinkConsultationToCaseHandler } from './commands/link-consultation-to-case/link-consultation-to-case.handler';
import { LinkReportToChildWelfareHandler } from './commands/link-report-to-child-welfare/link-report-to-child-welfare.handler';
import { OpenStafettloggHandler } from './commands/open-stafettlogg/open-stafettlogg.handler';
import { ProposeHandoverHandler } from './commands/propose-handover/propose-handover.handler';
import { RecordAgreementHandler } from './commands/record-agreement/record-agreement.handler';
import { RecordConsultationHandler } from './commands/record-consultation/record-consultation.handler';
import { RecordPositiveObservationHandler } from './commands/record-positive-observation/record-positive-observation.handler';
import { RecordMeetingHandler } from './commands/record-meeting/record-meeting.handler';
import { RecordNecessaryConversationHandler } from './commands/record-necessary-conversation/record-necessary-conversation.handler';
import { RegisterConcernHandler } from './commands/register-concern/register-concern.handler';
import { ReopenCaseHandler } from './commands/reopen-case/reopen-case.handler';
import { SetGoalHandler } from './commands/set-goal/set-goal.handler';
import { WithdrawHandoverHandler } from './commands/withdraw-handover/withdraw-handover.handler';
import { ListCasesWithoutStafettholderHandler } from './queries/list-cases-without-stafettholder/list-cases-without-stafettholder.handler';
import { ListEvaluationsDueHandler } from './queries/list-evaluations-due/list-evaluations-due.handler';
import { ListHandoversWaitingHandler } from './queries/list-handovers-waiting/list-handovers-waiting.handler';
import { ListLevelZeroDecisionsHandler } from './queries/list-level-zero-decisions/list-level-zero-decisions.handler';
import { ListOpenCasesHandler } from './queries/list-open-cases/list-open-cases.handler';

/** Every use case of the concern context, for the module's providers (the CQRS bus finds them there). */
export const CONCERN_COMMAND_HANDLERS = [
  RegisterConcernHandler,
  RecordNecessaryConversationHandler,
  DecideAtLevelZeroHandler,
  ChangeLevelHandler,
  AppointStafettholderHandler,
  OpenStafettloggHandler,
  AddParticipatingServiceHandler,
  ProposeHandoverHandler,
  AcceptHandoverHandler,
  DeclineHandoverHandler,
  WithdrawHandoverHandler,
  SetGoalHandler,
  AddMeasureHandler,
  EvaluateMeasureHandler,
  EndMeasureHandler,
  RecordMeetingHandler,
  RecordAgreementHandler,
  LinkReportToChildWelfareHandler,
  LinkConsultationToCaseHandler,
  CloseCaseHandler,
  ReopenCaseHandler,
  RecordConsultationHandler,
  RecordPositiveObservationHandler,
];

export const CONCERN_QUERY_HANDLERS = [
  ListOpenCasesHandler,
  ListLevelZeroDecisionsHandler,
  ListEvaluationsDueHandler,
  ListHandoversWaitingHandler,
  ListCasesWithoutStafettholderHandler,
];
