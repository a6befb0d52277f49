import type { IsoDate } from '@stafett/kernel';
import type { Actor, IsoTimestamp, Level, PractitionerActor, PractitionerRef, ServiceRef } from './concern.values';
import type { RecordPositiveObservation } from './positive-observation';

// Every command names its case, the acting person and the instant (`at`); the domain never reads a clock.
// Free texts (what was seen, summaries, notes) are personal data: they go into events, never into errors.

interface CaseCommand<Type extends string, A extends Actor = PractitionerActor> {
  readonly type: Type;
  readonly caseId: string;
  readonly actor: A;
  readonly at: IsoTimestamp;
}

/** What made the practitioner wonder, made concrete (domain.md section 2, level 0). */
export interface ConcernDescription {
  /** What was seen or heard. */
  readonly observations: string;
  /** Since when, as the practitioner can tell it (a date or e.g. "since the autumn holiday"). */
  readonly since: string;
  readonly earlierConcerns?: string;
  /** The child's own words, if the child has said something. */
  readonly childsOwnWords?: string;
}

export interface RegisterConcern extends CaseCommand<'RegisterConcern'> {
  /** UUID of the child in the children registry. */
  readonly childId: string;
  /** The child's municipality; the actor's unit must serve it (checked by the application, passed in the context). */
  readonly kommunenummer: string;
  readonly concern: ConcernDescription;
}

/** "Den nødvendige samtalen" with the guardians (and the child). */
export interface RecordNecessaryConversation extends CaseCommand<'RecordNecessaryConversation'> {
  readonly conversation: {
    readonly heldOn: IsoDate;
    /** Who took part, as roles or names (e.g. "mor", "kontaktlærer"). */
    readonly participants: readonly string[];
    readonly summarySharedWithGuardians: boolean;
    readonly guardiansInformed: boolean;
    readonly childInformed: boolean;
    /** Required when the guardians or the child were not informed. */
    readonly notInformedReason?: string;
  };
}

export type LevelZeroDecision =
  | { readonly outcome: 'close'; readonly reason: string }
  | {
      readonly outcome: 'level-1' | 'level-2';
      readonly reason: string;
      /** Required unless a stafettholder was appointed already. */
      readonly stafettholder?: PractitionerRef;
      readonly familyWish?: string;
    }
  | { readonly outcome: 'report-to-child-welfare'; readonly reason: string; readonly reportId?: string };

export interface DecideAtLevelZero extends CaseCommand<'DecideAtLevelZero'> {
  readonly decision: LevelZeroDecision;
}

/** Raise or lower the level within 1-3 (from 0 only after the level-0 decision was to report). */
export interface ChangeLevel extends CaseCommand<'ChangeLevel'> {
  readonly to: Level;
  readonly reason: string;
  /** Required when leaving level 0 without a stafettholder. */
  readonly stafettholder?: PractitionerRef;
  readonly familyWish?: string;
}

/** The first stafettholder; afterwards the baton only moves by handover. */
export interface AppointStafettholder extends CaseCommand<'AppointStafettholder'> {
  readonly holder: PractitionerRef;
  readonly familyWish?: string;
}

/** Needs a consent covering the stafettholder's service (ConsentCheck, purpose `open-stafettlogg`). */
export type OpenStafettlogg = CaseCommand<'OpenStafettlogg'>;

/** Needs a consent covering the joining service (purpose `join-case`). */
export interface AddParticipatingService extends CaseCommand<'AddParticipatingService'> {
  readonly service: ServiceRef;
  /** The service's task in the case. */
  readonly task?: string;
}

export interface ProposeHandover extends CaseCommand<'ProposeHandover'> {
  readonly to: PractitionerRef;
  /** The family's wish about who holds the baton, as they said it. */
  readonly familyWish: string;
  readonly reason?: string;
}

/** Only the proposed receiver; needs a consent (purpose `take-over-stafettlogg`) when their service is not yet in the case. */
export type AcceptHandover = CaseCommand<'AcceptHandover'>;

export interface DeclineHandover extends CaseCommand<'DeclineHandover'> {
  readonly reason: string;
}

/** The holder withdraws a proposal nobody has answered. */
export interface WithdrawHandover extends CaseCommand<'WithdrawHandover'> {
  readonly reason?: string;
}

/** A log entry its unit may mark as sensitive to an investigation (honoured for the police's entries). */
interface Markable {
  readonly investigationSensitive?: boolean;
}

/** Adds a goal or rewrites an existing one (same goalId). */
export interface SetGoal extends CaseCommand<'SetGoal'>, Markable {
  readonly goalId: string;
  readonly description: string;
}

export interface AddMeasure extends CaseCommand<'AddMeasure'>, Markable {
  readonly measureId: string;
  readonly owner: ServiceRef;
  readonly responsiblePractitionerId: string;
  readonly goal: string;
  readonly goalId?: string;
  readonly startsOn: IsoDate;
  /** At least one, none before the start. */
  readonly evaluationDates: readonly IsoDate[];
}

export const MEASURE_EFFECTS = ['better', 'unchanged', 'worse'] as const;
export type MeasureEffect = (typeof MEASURE_EFFECTS)[number];

export interface EvaluateMeasure extends CaseCommand<'EvaluateMeasure'>, Markable {
  readonly measureId: string;
  readonly evaluatedOn: IsoDate;
  readonly effect: MeasureEffect;
  readonly note: string;
  /** Adds an evaluation date. */
  readonly nextEvaluationOn?: IsoDate;
}

export interface EndMeasure extends CaseCommand<'EndMeasure'> {
  readonly measureId: string;
  readonly endedOn: IsoDate;
  readonly reason: string;
}

/** The child's voice must be documented at every stage: what the child said, or why the child was not heard. */
export type ChildsVoice = { readonly kind: 'heard'; readonly said: string } | { readonly kind: 'not-heard'; readonly reason: string };

export interface RecordMeeting extends CaseCommand<'RecordMeeting'>, Markable {
  readonly meetingId: string;
  readonly heldOn: IsoDate;
  readonly participants: readonly string[];
  readonly decisions: readonly string[];
  readonly nextMeetingOn?: IsoDate;
  readonly childsVoice: ChildsVoice;
}

export interface RecordAgreement extends CaseCommand<'RecordAgreement'>, Markable {
  readonly agreementId: string;
  readonly text: string;
  readonly responsible?: string;
  readonly dueOn?: IsoDate;
}

/** Links a report of concern to child welfare (another issue's aggregate). Any level; never needs consent. */
export interface LinkReportToChildWelfare extends CaseCommand<'LinkReportToChildWelfare'> {
  readonly reportId: string;
}

/** Links an anonymous consultation the actor's unit recorded to this named case. */
export interface LinkConsultationToCase extends CaseCommand<'LinkConsultationToCase'> {
  readonly consultationId: string;
}

/** Practitioners close at any level (at level 0 after the decision); guardians may close a level 1+ case. */
export interface CloseCase extends CaseCommand<'CloseCase', Actor> {
  readonly closingNote: string;
}

export interface ReopenCase extends CaseCommand<'ReopenCase'> {
  readonly reason: string;
}

export type ConcernCommand =
  | RegisterConcern
  | RecordNecessaryConversation
  | DecideAtLevelZero
  | ChangeLevel
  | AppointStafettholder
  | OpenStafettlogg
  | AddParticipatingService
  | ProposeHandover
  | AcceptHandover
  | DeclineHandover
  | WithdrawHandover
  | SetGoal
  | AddMeasure
  | EvaluateMeasure
  | EndMeasure
  | RecordMeeting
  | RecordAgreement
  | RecordPositiveObservation
  | LinkReportToChildWelfare
  | LinkConsultationToCase
  | CloseCase
  | ReopenCase;

export type ConcernCommandType = ConcernCommand['type'];
