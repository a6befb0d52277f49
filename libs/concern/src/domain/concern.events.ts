import type { DomainEvent } from '@stafett/kernel';
import type { IsoDate } from '@stafett/kernel';
import type { ChildsVoice, ConcernDescription, MeasureEffect } from './concern.commands';
import type { ActorRef, IsoTimestamp, Level, PractitionerRef, ServiceRef } from './concern.values';
import type { PositiveObservationRecorded } from './positive-observation';

/** One stream per case. */
export const concernStreamId = (caseId: string): string => `concern-${caseId.toLowerCase()}`;

/**
 * Every event carries the case id, who caused it (`by`) and when (`at`, from the command). Free
 * texts are personal data about the child and the family: they live here and in the read models
 * the access policy guards, never in logs or error messages.
 */
type CaseEvent<Type extends string, Data, By = PractitionerRef> = DomainEvent<
  Type,
  { readonly caseId: string; readonly by: By; readonly at: IsoTimestamp } & Data
>;

export type ConcernRegistered = CaseEvent<
  'ConcernRegistered',
  {
    childId: string;
    kommunenummer: string;
    /** The registering unit owns the case. */
    owningUnit: ServiceRef;
    concern: ConcernDescription;
    /** Registration day + the municipality's decisionDeadlineDays. */
    decisionDueOn: IsoDate;
  }
>;

export type NecessaryConversationRecorded = CaseEvent<
  'NecessaryConversationRecorded',
  {
    heldOn: IsoDate;
    participants: string[];
    summarySharedWithGuardians: boolean;
    guardiansInformed: boolean;
    childInformed: boolean;
    notInformedReason?: string;
  }
>;

export type LevelZeroOutcome = 'close' | 'level-1' | 'level-2' | 'report-to-child-welfare';

export type LevelZeroDecided = CaseEvent<
  'LevelZeroDecided',
  { outcome: LevelZeroOutcome; reason: string; decisionDueOn: IsoDate; withinDeadline: boolean }
>;

export type LevelChanged = CaseEvent<'LevelChanged', { from: Level; to: Level; reason: string }>;

export type StafettholderAppointed = CaseEvent<'StafettholderAppointed', { holder: PractitionerRef; familyWish?: string }>;

export type StafettloggOpened = CaseEvent<'StafettloggOpened', { keptBy: ServiceRef; consentId: string }>;

export type ServiceJoined = CaseEvent<
  'ServiceJoined',
  { service: ServiceRef; purpose: 'join-case' | 'take-over-stafettlogg'; consentId: string; task?: string }
>;

export type HandoverProposed = CaseEvent<
  'HandoverProposed',
  { from: PractitionerRef; to: PractitionerRef; familyWish: string; reason?: string }
>;

/** The baton moved: `to` is the stafettholder from now on. */
export type HandoverAccepted = CaseEvent<'HandoverAccepted', { from: PractitionerRef; to: PractitionerRef }>;

/** The old holder keeps the baton. */
export type HandoverDeclined = CaseEvent<'HandoverDeclined', { from: PractitionerRef; to: PractitionerRef; reason: string }>;

export type HandoverWithdrawn = CaseEvent<'HandoverWithdrawn', { from: PractitionerRef; to: PractitionerRef; reason?: string }>;

/**
 * The recording unit marked a log entry as sensitive to an investigation (the police: politiregisterloven
 * § 23 second paragraph). The confidentiality policy then lets no consent release it.
 */
export interface Marked {
  /** Stored only when true. */
  investigationSensitive?: boolean;
}

export type GoalSet = CaseEvent<'GoalSet', { goalId: string; description: string } & Marked>;

export type MeasureAdded = CaseEvent<
  'MeasureAdded',
  {
    measureId: string;
    owner: ServiceRef;
    responsiblePractitionerId: string;
    goal: string;
    goalId?: string;
    startsOn: IsoDate;
    evaluationDates: IsoDate[];
  } & Marked
>;

export type MeasureEvaluated = CaseEvent<
  'MeasureEvaluated',
  { measureId: string; evaluatedOn: IsoDate; effect: MeasureEffect; note: string; nextEvaluationOn?: IsoDate } & Marked
>;

export type MeasureEnded = CaseEvent<'MeasureEnded', { measureId: string; endedOn: IsoDate; reason: string }>;

export type MeetingRecorded = CaseEvent<
  'MeetingRecorded',
  {
    meetingId: string;
    heldOn: IsoDate;
    participants: string[];
    decisions: string[];
    nextMeetingOn?: IsoDate;
    childsVoice: ChildsVoice;
  } & Marked
>;

export type AgreementRecorded = CaseEvent<'AgreementRecorded', { agreementId: string; text: string; responsible?: string; dueOn?: IsoDate } & Marked>;

export type ReportToChildWelfareLinked = CaseEvent<'ReportToChildWelfareLinked', { reportId: string; level: Level }>;

export type ConsultationLinked = CaseEvent<'ConsultationLinked', { consultationId: string }>;

/** Also archives the stafettlogg and drops a pending handover. */
export type CaseClosed = CaseEvent<'CaseClosed', { level: Level; closingNote: string }, ActorRef>;

/** Back to the level the case was closed at; at level 0 with a new decision deadline. */
export type CaseReopened = CaseEvent<'CaseReopened', { level: Level; reason: string; decisionDueOn?: IsoDate }>;

export type ConcernEvent =
  | ConcernRegistered
  | NecessaryConversationRecorded
  | LevelZeroDecided
  | LevelChanged
  | StafettholderAppointed
  | StafettloggOpened
  | ServiceJoined
  | HandoverProposed
  | HandoverAccepted
  | HandoverDeclined
  | HandoverWithdrawn
  | GoalSet
  | MeasureAdded
  | MeasureEvaluated
  | MeasureEnded
  | MeetingRecorded
  | AgreementRecorded
  | PositiveObservationRecorded
  | ReportToChildWelfareLinked
  | ConsultationLinked
  | CaseClosed
  | CaseReopened;

export type ConcernEventType = ConcernEvent['type'];
